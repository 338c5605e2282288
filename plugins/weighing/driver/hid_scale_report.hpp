#pragma once
#include <cstdint>
#include <optional>
#include <span>

#include "driver/scale_reading.hpp"
#include "possdk/status.hpp"

namespace weighing {

// The USB HID POS scale's weight report (usage page 0x8D, "Weight Report"), six bytes:
//   [0] report id 3   [1] status   [2] unit   [3] exponent (int8)   [4..5] weight, little-endian
// Status: 1 fault, 2 stable at zero, 3 in motion, 4 stable, 5 under zero, 6 over weight,
// 7 requires calibration, 8 requires re-zeroing. Unit: the HID scale weight units 1..12.
inline constexpr std::uint8_t kHidWeightReportId = 3;
inline constexpr std::size_t kHidWeightReportSize = 6;

// The reading the report says, the weight converted exactly to milligrams (rounded half away
// from zero where the unit is not a whole number of milligrams, e.g. 0.1 oz = 2834.9523125 mg
// -> 2835 mg). Refuses a truncated report, another report id, an unknown status or unit with the
// byte, its value and what was expected.
possdk::Result<ScaleReading> parseHidWeightReport(std::span<const std::uint8_t> report);

}  // namespace weighing
