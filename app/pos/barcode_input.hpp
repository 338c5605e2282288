#pragma once
#include <string>

#include "poscore/input/keyboard_wedge.hpp"
#include "poscore/services/config.hpp"
#include "poscore/services/event_bus.hpp"

namespace pos {

inline constexpr const char* kBarcodeTopic = "scanner.barcode";

// Keyboard-wedge scanners type into whatever has focus. This turns their bursts into
// "scanner.barcode" messages from the host, the same topic serial and USB scanners use.
class BarcodeInput {
 public:
  BarcodeInput(poscore::EventBusCore& bus, poscore::input::WedgeOptions options);
  // The code, when the key ended a scan; it has then been published.
  std::optional<std::string> key(char32_t c, poscore::input::KeyboardWedge::TimePoint at);
  // A code typed by hand (the counter's entry field) goes out the same way, marked as such.
  void publishManual(const std::string& code);
  void reset() { wedge_.reset(); }
  // The longest pause between a scan's keys.
  std::chrono::milliseconds maxGap() const { return maxGap_; }

 private:
  poscore::EventBusCore& bus_;
  poscore::input::KeyboardWedge wedge_;
  std::chrono::milliseconds maxGap_;
};

// shell.scanner.max_gap_ms and shell.scanner.min_length from the settings, else the defaults.
// Throws std::invalid_argument naming the key when a value is not a positive whole number.
poscore::input::WedgeOptions wedgeOptionsFrom(const poscore::Config& config);

// The message body: {"code":"..."} with the code escaped as JSON.
std::string barcodePayload(const std::string& code, bool manual = false);

}  // namespace pos
