#pragma once
// The hello bell speaks lines of ASCII ending in CR LF:
//   host -> bell: "PING" (probe; the bell answers "PONG"), "RING" (the bell answers "ACK")
//   bell -> host: "PRESS" each time its button is pressed
namespace hello::bell {
inline constexpr const char* kPing = "PING\r\n";
inline constexpr const char* kPong = "PONG";
inline constexpr const char* kRing = "RING\r\n";
inline constexpr const char* kAck = "ACK";
inline constexpr const char* kPress = "PRESS";
}  // namespace hello::bell
