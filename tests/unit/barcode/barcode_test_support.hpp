#pragma once
#include <chrono>
#include <memory>

#include "poscore/barcode/decode.hpp"
#include "poscore/services/clocks.hpp"

namespace bartest {

// Settings with the default layouts and a clock on 15 March 2026, so two-digit years are fixed.
inline poscore::barcode::DecodeSettings settingsIn2026() {
  using namespace std::chrono;
  poscore::barcode::DecodeSettings settings;
  settings.clock = std::make_shared<poscore::ManualClock>(sys_days{year{2026} / March / 15});
  return settings;
}

inline const char* const kGs = "\x1d";

}  // namespace bartest
