#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace vprinter {

// One character of printed text and how many character cells it takes: CJK and other East Asian
// wide characters take two (a 24-dot-wide Chinese character beside 12-dot Latin ones).
struct Glyph {
  std::string utf8;
  int cells = 1;
};

// Splits UTF-8 text into characters; a malformed byte becomes U+FFFD.
std::vector<Glyph> glyphsOf(std::string_view utf8);

int cellsOf(const std::vector<Glyph>& glyphs);

}  // namespace vprinter
