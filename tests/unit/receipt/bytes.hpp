#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace receipttest {

using Bytes = std::vector<std::uint8_t>;

// Bytes from a string literal that may hold NULs: bytes("\x1b@", 2) or bytes("text").
inline Bytes bytes(const char* text, std::size_t length) {
  return Bytes(reinterpret_cast<const std::uint8_t*>(text), reinterpret_cast<const std::uint8_t*>(text) + length);
}
inline Bytes bytes(const std::string& text) { return Bytes(text.begin(), text.end()); }

inline Bytes concat(std::initializer_list<Bytes> parts) {
  Bytes out;
  for (const auto& p : parts) out.insert(out.end(), p.begin(), p.end());
  return out;
}

}  // namespace receipttest
