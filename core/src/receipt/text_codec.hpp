#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace poscore::receipt {

// Printer text bytes to UTF-8 through glibc's iconv. A byte sequence the encoding does not know
// becomes U+FFFD and is counted, so a bad character costs one character, not the line.
struct Utf8Text {
  std::string text;
  std::size_t invalidSequences = 0;
  std::size_t firstInvalidAt = 0;  // index in the input of the first one
};

// `encoding` is an iconv name such as "GB18030" or "CP437".
Utf8Text toUtf8(std::string_view bytes, const char* encoding);

}  // namespace poscore::receipt
