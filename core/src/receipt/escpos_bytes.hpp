#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "../util/escpos_codes.hpp"

// Byte-level helpers shared by the ESC/POS decoder's files.
namespace poscore::receipt {

using namespace escpos_codes;  // NOLINT: the decoder's files name the control bytes throughout

inline int byteAt(std::string_view bytes, std::size_t i) { return static_cast<std::uint8_t>(bytes[i]); }

// ESC/POS takes most modes both as 0..count-1 and as ASCII '0'.. ('0' = 48).
inline std::optional<int> modeOf(int n, int count) {
  if (n >= 0 && n < count) return n;
  if (n >= 48 && n < 48 + count) return n - 48;
  return std::nullopt;
}

std::string hexByte(std::uint8_t b);

// "ESC d", "GS ( k", "DLE EOT"... for the command at the front of `bytes`, for warnings.
std::string describeCommand(std::string_view bytes);

}  // namespace poscore::receipt
