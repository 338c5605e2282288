#pragma once
#include <cstddef>

// The EAS exit gate controller speaks lines of ASCII ending in CR LF, on a serial port:
//   host -> gate: "STATUS?"  (probe; the gate answers "READY")
//                 "SILENCE"  (stop the alarm sounding; the gate answers "OK")
//   gate -> host: "ALARM"    a live tag passed through the gate
//                 "OK"       the gate is quiet again (after an alarm or a SILENCE)
//                 "READY"    its answer to STATUS?
// Anything else is garbage: reported, then skipped.
namespace weighing::gate {

inline constexpr const char* kProtocol = "eas-gate";  // DeviceInfo.params["protocol"] on serial ports
inline constexpr const char* kSimPrefix = "sim:eas-gate";
inline constexpr const char* kEnd = "\r\n";
inline constexpr const char* kStatus = "STATUS?\r\n";
inline constexpr const char* kSilence = "SILENCE\r\n";
inline constexpr const char* kReady = "READY";
inline constexpr const char* kAlarm = "ALARM";
inline constexpr const char* kOk = "OK";
// A gate line is a word; this many bytes without a CR LF is line noise, not a line.
inline constexpr std::size_t kLongestLine = 64;

}  // namespace weighing::gate
