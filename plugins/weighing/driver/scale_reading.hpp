#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "possdk/device.hpp"

namespace weighing {

// What a scale says, whatever its protocol, in UnifiedPOS terms (ScaleStatus values). Every scale
// driver of this plugin emits one DeviceEvent per change of reading, named by `eventName()`, with
// the payload `toPayload()` writes; whoever claims a scale reads it back with `readingFrom()`.
enum class ScaleStatus {
  Stable,     // "weight.stable"     Data: a settled weight above zero
  Zero,       // "weight.zero"       Data: settled at zero (nothing on the platter)
  Unstable,   // "weight.unstable"   StatusUpdate: in motion; no weight may be used
  Over,       // "weight.over"       StatusUpdate: above capacity
  Under,      // "weight.under"      StatusUpdate: below zero (platter lifted, needs re-zeroing)
  NotReady,   // "weight.not_ready"  StatusUpdate: calibration or re-zeroing needed, warming up
  Fault,      // "scale.fault"       Error: the scale reports a fault
  Offline,    // "offline"           Error: unplugged or not answering; "online" follows its return
};

struct ScaleReading {
  ScaleStatus status = ScaleStatus::Unstable;
  std::int64_t milligrams = 0;     // the weight shown, also while unstable; 0 when not known
  std::int64_t resolutionMg = 0;   // one scale division (e = d), 0 when the protocol does not say
  std::string detail;              // why, for Fault, NotReady and Offline; empty otherwise
  bool net = false;                // the scale has a tare set and shows the weight less it
};

const char* eventName(ScaleStatus status);
possdk::DeviceEventKind eventKind(ScaleStatus status);
// {"status":"stable","mg":1234000,"grams":1234,"resolution_mg":2000,"detail":"","net":false}; grams
// rounded half away from zero, for the counter's "scale.weight" topic.
std::string toPayload(const ScaleReading& reading);
possdk::DeviceEvent toEvent(const std::string& deviceId, const ScaleReading& reading);
// nullopt when the event is not a scale reading (a different device's event, bad payload).
std::optional<ScaleReading> readingFrom(const possdk::DeviceEvent& event);

// A net weight leaves out whatever the tare took off, so neither a bag nor the bagging area may be
// judged on it: such a reading comes back NotReady (net still set) with a detail saying to clear
// the tare; any other reading comes back as it is.
ScaleReading grossOnly(ScaleReading reading);

}  // namespace weighing
