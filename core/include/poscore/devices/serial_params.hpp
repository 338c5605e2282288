#pragma once
#include <map>
#include <optional>
#include <string>

#include <termios.h>

namespace poscore {

enum class Parity { None, Even, Odd };

// Line settings of a serial port: DeviceInfo.params "baud", "data_bits", "parity", "stop_bits".
struct SerialParams {
  int baud = 9600;
  int dataBits = 8;
  Parity parity = Parity::None;
  int stopBits = 1;
};

// What a parameter should be ("one of 1200..115200") when its value is wrong; nullopt when it is
// fine or not a serial parameter. Shared by the settings reader and the transport.
std::optional<std::string> serialParamExpectation(const std::string& key, const std::string& value);

// Absent keys keep the 9600 8N1 defaults. Throws std::invalid_argument "<key>: expected ...".
SerialParams parseSerialParams(const std::map<std::string, std::string>& params);

// Raw mode (no echo, no line editing, no CR/LF translation) with the given line settings;
// reads never block inside the kernel because the transport waits with poll().
void applySerialParams(termios& tio, const SerialParams& params);

}  // namespace poscore
