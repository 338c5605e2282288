#include "driver/hid_scale_report.hpp"

#include <array>
#include <string>

#include "driver/mass_units.hpp"

namespace weighing {

namespace {

using R = possdk::Result<ScaleReading>;

// HID POS usage tables, "Scale Weight Unit" values 1..12 in order; 5 (taels) has several
// national definitions, so it is refused rather than guessed.
constexpr std::array<const MassUnit*, 13> kUnits{nullptr,     &kMilligram, &kGram,        &kKilogram,  &kCarat,
                                                 nullptr,     &kGrain,     &kPennyweight, &kMetricTon, &kShortTon,
                                                 &kTroyOunce, &kOunce,     &kPound};

std::string byteText(std::uint8_t b) { return std::to_string(static_cast<int>(b)); }

R refuse(std::size_t index, const std::string& field, std::uint8_t value, const std::string& expected) {
  return R::fail("HID scale report byte " + std::to_string(index) + " (" + field + ") is " + byteText(value) +
                 "; expected " + expected);
}

struct StatusMeaning {
  ScaleStatus status;
  const char* detail;
};

// HID POS "Scale Status" values 1..8 in order.
constexpr std::array<StatusMeaning, 8> kStatuses{{
    {ScaleStatus::Fault, "the scale reports a fault"},
    {ScaleStatus::Zero, ""},
    {ScaleStatus::Unstable, ""},
    {ScaleStatus::Stable, ""},
    {ScaleStatus::Under, ""},
    {ScaleStatus::Over, ""},
    {ScaleStatus::NotReady, "the scale requires calibration"},
    {ScaleStatus::NotReady, "the scale requires re-zeroing; empty the platter and zero it"},
}};

}  // namespace

possdk::Result<ScaleReading> parseHidWeightReport(std::span<const std::uint8_t> report) {
  if (report.size() < kHidWeightReportSize) {
    return R::fail("HID scale report is " + std::to_string(report.size()) + " bytes; a weight report has " +
                   std::to_string(kHidWeightReportSize) + " (truncated)");
  }
  if (report[0] != kHidWeightReportId) return refuse(0, "report id", report[0], "3 (weight report)");
  if (report[1] < 1 || report[1] > kStatuses.size()) {
    return refuse(1, "status", report[1], "1..8 (fault, zero, motion, stable, under, over, calibrate, re-zero)");
  }
  const StatusMeaning& meaning = kStatuses[report[1] - 1];
  const MassUnit* unit = report[2] < kUnits.size() ? kUnits[report[2]] : nullptr;
  if (!unit) {
    return refuse(2, "unit", report[2], "a HID scale weight unit 1..4 or 6..12 (2 grams, 11 ounces, 12 pounds)");
  }
  const int exponent = static_cast<std::int8_t>(report[3]);
  const std::int64_t raw = report[4] | (report[5] << 8);
  const auto magnitude = toMilligrams(raw, exponent, *unit);
  const auto division = toMilligrams(1, exponent, *unit);
  if (!magnitude || !division) return refuse(3, "exponent", report[3], "a power of ten from -9 to 9");

  ScaleReading reading;
  reading.status = meaning.status;
  reading.detail = meaning.detail;
  // The report carries the magnitude; under zero the scale shows it negative.
  reading.milligrams = meaning.status == ScaleStatus::Under ? -*magnitude : *magnitude;
  reading.resolutionMg = *division;
  if (reading.status == ScaleStatus::Stable && reading.milligrams == 0) reading.status = ScaleStatus::Zero;
  return reading;
}

}  // namespace weighing
