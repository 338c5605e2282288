#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "driver/scale_reading.hpp"
#include "src/tolerance/tolerance_model.hpp"

// Everything the exit lane's screen shows, in one value: the lane fills it, the screen builder
// (exit_screens.hpp) turns it into a possdk::Screen in the lane's language.
namespace weighing::exit {

enum class ExitStage {
  Scan,       // "scan your order QR"
  Verifying,  // the server is checking the QR
  Weighing,   // "place your bag on the scale", waiting for a stable weight
  Passed,     // pass or attendant-approved; back to Scan by itself
  Alarm,      // the bag does not match: expected vs measured, attendant button
  Attendant,  // supervisor id and PIN to override; also where every fault ends up
  Rejected,   // the QR was refused (unknown, used, unpaid, forged); back to Scan by itself
};

struct ExitView {
  ExitStage stage = ExitStage::Scan;
  std::string message;  // English msgid: the main prompt or why the lane stopped
  std::string detail;   // untranslated: the host's or the server's own words, missing skus
  std::string notice;   // English msgid: a device problem beside the outcome (EAS not deactivated)
  std::string orderNo;
  std::optional<Band> band;
  ScaleReading scale;            // the latest reading, live grams while weighing
  bool scaleOffline = false;
  std::optional<std::int64_t> measuredMg;  // the stable weight that was judged
  std::string supervisorId;      // typed so far on the attendant screen
  std::string devices;           // untranslated: optional devices that are missing (EAS, sound)
};

}  // namespace weighing::exit
