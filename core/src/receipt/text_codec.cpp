#include "text_codec.hpp"

#include <cerrno>
#include <stdexcept>

namespace poscore::receipt {

namespace {
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
}  // namespace

TextCodec::TextCodec(const char* encoding) : encoding_(encoding), cd_(iconv_open("UTF-8", encoding)) {
  if (cd_ == reinterpret_cast<iconv_t>(-1)) {
    throw std::runtime_error(std::string("iconv cannot convert from ") + encoding + "; check the glibc gconv modules");
  }
}

TextCodec::~TextCodec() { iconv_close(cd_); }

Utf8Text TextCodec::toUtf8(std::string_view bytes) {
  Utf8Text out;
  char* in = const_cast<char*>(bytes.data());  // iconv's signature; it does not write the input
  std::size_t inLeft = bytes.size();
  char buf[256];
  while (inLeft > 0) {
    char* dst = buf;
    std::size_t dstLeft = sizeof buf;
    const std::size_t rc = iconv(cd_, &in, &inLeft, &dst, &dstLeft);
    out.text.append(buf, static_cast<std::size_t>(dst - buf));
    if (rc != static_cast<std::size_t>(-1) || errno == E2BIG) continue;
    // EILSEQ or EINVAL (a sequence cut short): replace one byte and go on after it.
    if (out.invalidSequences++ == 0) out.firstInvalidAt = bytes.size() - inLeft;
    out.text += kReplacement;
    ++in;
    --inLeft;
    iconv(cd_, nullptr, nullptr, nullptr, nullptr);
  }
  return out;
}

}  // namespace poscore::receipt
