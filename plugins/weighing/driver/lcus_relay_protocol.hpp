#pragma once
#include <array>
#include <cstdint>

// The CH340 "LCUS" USB serial relay boards (LCUS-1 has one relay, larger boards up to eight), at
// 9600 8N1. The host sends a 4-byte frame and the board never answers:
//   A0 <channel 1..8> <state 0 open | 1 closed> <checksum = sum of the first three bytes mod 256>
//   e.g. A0 01 01 A2 closes relay 1, A0 01 00 A1 opens it.
// The EAS deactivator pad is wired to a relay: closing it for a pulse deactivates the tags on it.
namespace weighing::lcus {

inline constexpr std::uint8_t kStart = 0xA0;
inline constexpr std::int64_t kMinChannel = 1;
inline constexpr std::int64_t kMaxChannel = 8;
inline constexpr const char* kProtocol = "lcus-relay";  // DeviceInfo.params["protocol"]

using Frame = std::array<std::uint8_t, 4>;

constexpr Frame frame(std::uint8_t channel, bool closed) {
  const std::uint8_t state = closed ? 1 : 0;
  return {kStart, channel, state, static_cast<std::uint8_t>(kStart + channel + state)};
}

}  // namespace weighing::lcus
