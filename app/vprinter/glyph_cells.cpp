#include "glyph_cells.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>

namespace vprinter {

namespace {

// East Asian Wide and Fullwidth blocks (Unicode UAX #11), coarse but covering what receipts use.
constexpr std::array<std::pair<char32_t, char32_t>, 12> kWide{{
    {0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA000, 0xA4CF},
    {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE30, 0xFE4F}, {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x20000, 0x3FFFD},
}};

bool isWide(char32_t cp) {
  return std::any_of(kWide.begin(), kWide.end(), [cp](const auto& r) { return cp >= r.first && cp <= r.second; });
}

// The length of the UTF-8 sequence at the front of `s` and its code point, or {0, 0} if malformed.
std::pair<std::size_t, char32_t> decodeOne(std::string_view s) {
  const auto b0 = static_cast<std::uint8_t>(s[0]);
  const std::size_t len = b0 < 0x80 ? 1 : (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || len > s.size()) return {0, 0};
  char32_t cp = len == 1 ? b0 : (b0 & (0x7F >> len));
  for (std::size_t i = 1; i < len; ++i) {
    const auto b = static_cast<std::uint8_t>(s[i]);
    if ((b & 0xC0) != 0x80) return {0, 0};
    cp = (cp << 6) | (b & 0x3F);
  }
  return {len, cp};
}

}  // namespace

std::vector<Glyph> glyphsOf(std::string_view utf8) {
  std::vector<Glyph> glyphs;
  while (!utf8.empty()) {
    auto [len, cp] = decodeOne(utf8);
    if (len == 0) {
      glyphs.push_back({"\xEF\xBF\xBD", 1});
      utf8.remove_prefix(1);
      continue;
    }
    glyphs.push_back({std::string(utf8.substr(0, len)), isWide(cp) ? 2 : 1});
    utf8.remove_prefix(len);
  }
  return glyphs;
}

int cellsOf(const std::vector<Glyph>& glyphs) {
  int cells = 0;
  for (const auto& g : glyphs) cells += g.cells;
  return cells;
}

}  // namespace vprinter
