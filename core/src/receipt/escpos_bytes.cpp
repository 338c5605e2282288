#include "escpos_bytes.hpp"

#include <cstdio>

namespace poscore::receipt {

std::string hexByte(std::uint8_t b) {
  char out[8];
  std::snprintf(out, sizeof out, "0x%02X", b);
  return out;
}

namespace {
std::string printable(char c) {
  const auto b = static_cast<std::uint8_t>(c);
  return (b > 0x20 && b < 0x7F) ? std::string(1, c) : hexByte(b);
}
}  // namespace

std::string describeCommand(std::string_view bytes) {
  const auto b = static_cast<std::uint8_t>(bytes[0]);
  std::string name = b == kEsc ? "ESC" : b == kGs ? "GS" : b == kFs ? "FS" : b == kDle ? "DLE" : hexByte(b);
  if (bytes.size() > 1) name += " " + (b == kDle && bytes[1] == kEot ? std::string("EOT") : printable(bytes[1]));
  if (bytes.size() > 2 && b == kGs && bytes[1] == '(') name += " " + printable(bytes[2]);
  return name;
}

}  // namespace poscore::receipt
