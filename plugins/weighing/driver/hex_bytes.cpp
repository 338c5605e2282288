#include "driver/hex_bytes.hpp"

#include <Poco/Exception.h>
#include <Poco/HexBinaryDecoder.h>

#include <iterator>
#include <sstream>

namespace weighing {

possdk::Result<std::vector<std::uint8_t>> parseHexBytes(const std::string& text) {
  using R = possdk::Result<std::vector<std::uint8_t>>;
  std::istringstream in(text);
  Poco::HexBinaryDecoder decoder(in);
  try {
    std::vector<std::uint8_t> bytes;
    for (int c = decoder.get(); c != std::char_traits<char>::eof(); c = decoder.get()) {
      bytes.push_back(static_cast<std::uint8_t>(c));
    }
    if (bytes.empty()) return R::fail("\"" + text + "\" holds no bytes; expected pairs of hex digits, e.g. \"02 02\"");
    return bytes;
  } catch (const Poco::Exception&) {
    return R::fail("\"" + text + "\" is not pairs of hex digits; expected e.g. \"02 02\"");
  }
}

}  // namespace weighing
