#include "poscore/receipt/text_width.hpp"

#include <Poco/UTF8Encoding.h>

namespace poscore::receipt {

namespace {

// East Asian Width W and F blocks (Unicode's EastAsianWidth.txt, folded into ranges): what a
// GB18030 printer prints with its double-width font.
bool isWide(int cp) {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF) ||
         (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
         (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
         (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

struct Glyph {
  std::size_t offset = 0;
  std::size_t length = 1;
  int width = 1;
};

std::vector<Glyph> glyphsOf(std::string_view text) {
  static const Poco::UTF8Encoding utf8;
  std::vector<Glyph> glyphs;
  std::size_t at = 0;
  while (at < text.size()) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data() + at);
    const int left = static_cast<int>(text.size() - at);
    const int length = utf8.sequenceLength(bytes, left);
    Glyph g{at, 1, 1};
    if (length > 0 && length <= left) {
      const int cp = utf8.queryConvert(bytes, length);
      if (cp >= 0) g = Glyph{at, static_cast<std::size_t>(length), isWide(cp) ? 2 : 1};
    }
    glyphs.push_back(g);
    at += g.length;
  }
  return glyphs;
}

}  // namespace

int displayWidth(std::string_view utf8) {
  int width = 0;
  for (const auto& g : glyphsOf(utf8)) width += g.width;
  return width;
}

std::vector<std::string> wrapToWidth(std::string_view utf8, int columns) {
  std::vector<std::string> pieces;
  const auto glyphs = glyphsOf(utf8);
  std::size_t first = 0;  // glyph index where the current piece starts
  while (first < glyphs.size()) {
    std::size_t end = first;
    int width = 0;
    std::size_t lastSpace = 0;  // glyph index of a space inside the piece, 0 for none
    while (end < glyphs.size() && (end == first || width + glyphs[end].width <= columns)) {
      if (end > first && utf8[glyphs[end].offset] == ' ') lastSpace = end;
      width += glyphs[end].width;
      ++end;
    }
    const bool breakAtSpace = end < glyphs.size() && lastSpace != 0 && utf8[glyphs[end].offset] != ' ';
    const std::size_t cut = breakAtSpace ? lastSpace : end;
    const std::size_t from = glyphs[first].offset;
    const std::size_t to = cut < glyphs.size() ? glyphs[cut].offset : utf8.size();
    pieces.emplace_back(utf8.substr(from, to - from));
    first = cut;
    while (first < glyphs.size() && utf8[glyphs[first].offset] == ' ') ++first;  // no piece starts with a space
  }
  if (pieces.empty()) pieces.emplace_back();
  return pieces;
}

}  // namespace poscore::receipt
