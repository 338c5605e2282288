#pragma once
#include <cstdint>

// The ESC/POS control bytes, shared by the encoder (printer/) and the decoder of the virtual
// printer (receipt/), so both speak of the same bytes.
namespace poscore::escpos_codes {

constexpr std::uint8_t kLf = 0x0A;
constexpr std::uint8_t kCr = 0x0D;
constexpr std::uint8_t kEsc = 0x1B;
constexpr std::uint8_t kGs = 0x1D;
constexpr std::uint8_t kFs = 0x1C;
constexpr std::uint8_t kDle = 0x10;
constexpr std::uint8_t kEot = 0x04;

}  // namespace poscore::escpos_codes
