#pragma once
#include <iconv.h>

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

// One open conversion, kept for the decoder's life: opening one costs far more than a line.
class TextCodec {
 public:
  // `encoding` is an iconv name such as "GB18030" or "CP437".
  explicit TextCodec(const char* encoding);
  ~TextCodec();
  TextCodec(const TextCodec&) = delete;
  TextCodec& operator=(const TextCodec&) = delete;

  const char* encoding() const { return encoding_; }
  Utf8Text toUtf8(std::string_view bytes);

 private:
  const char* encoding_;
  iconv_t cd_;
};

}  // namespace poscore::receipt
