#include "poscore/printer/gb18030.hpp"

#include <iconv.h>

#include <cerrno>
#include <memory>
#include <string>

namespace poscore::printer {

namespace {

struct IconvClose {
  void operator()(iconv_t cd) const { iconv_close(cd); }
};
using Converter = std::unique_ptr<std::remove_pointer_t<iconv_t>, IconvClose>;

}  // namespace

possdk::Result<std::vector<std::uint8_t>> toGb18030(std::string_view utf8) {
  using R = possdk::Result<std::vector<std::uint8_t>>;
  iconv_t raw = iconv_open("GB18030", "UTF-8");
  if (raw == reinterpret_cast<iconv_t>(-1)) {
    return R::fail("cannot convert text to GB18030: this system's iconv lacks it; install the glibc gconv modules");
  }
  Converter cd(raw);
  // GB18030 takes at most 4 bytes for any character, UTF-8 at least 1.
  std::vector<std::uint8_t> out(utf8.size() * 4);
  char* in = const_cast<char*>(utf8.data());  // iconv's signature, it does not write there
  std::size_t inLeft = utf8.size();
  char* to = reinterpret_cast<char*>(out.data());
  std::size_t outLeft = out.size();
  if (iconv(cd.get(), &in, &inLeft, &to, &outLeft) == static_cast<std::size_t>(-1)) {
    const auto offset = utf8.size() - inLeft;
    return R::fail("text is not valid UTF-8 at byte " + std::to_string(offset) + " (" +
                   (errno == EINVAL ? "a character is cut short" : "an invalid sequence") +
                   "); fix the text at its source (catalog or settings)");
  }
  out.resize(out.size() - outLeft);
  return out;
}

}  // namespace poscore::printer
