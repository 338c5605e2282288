#include "poscore/devices/serial_params.hpp"

#include <array>
#include <stdexcept>
#include <utility>

namespace poscore {

namespace {

constexpr std::array<std::pair<int, speed_t>, 8> kBauds{{{1200, B1200},
                                                         {2400, B2400},
                                                         {4800, B4800},
                                                         {9600, B9600},
                                                         {19200, B19200},
                                                         {38400, B38400},
                                                         {57600, B57600},
                                                         {115200, B115200}}};

std::optional<int> wholeNumber(const std::string& text) {
  if (text.empty() || text.size() > 9) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

speed_t speedOf(int baud) {
  for (const auto& [rate, speed] : kBauds) {
    if (rate == baud) return speed;
  }
  throw std::invalid_argument("baud: expected one of 1200..115200");
}

Parity parityOf(const std::string& text) {
  if (text == "even") return Parity::Even;
  if (text == "odd") return Parity::Odd;
  return Parity::None;
}

}  // namespace

std::optional<std::string> serialParamExpectation(const std::string& key, const std::string& value) {
  const auto number = wholeNumber(value);
  if (key == "baud") {
    for (const auto& [rate, speed] : kBauds) {
      if (number == rate) return std::nullopt;
    }
    return "one of 1200..115200 (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)";
  }
  if (key == "data_bits" && number != 7 && number != 8) return "7 or 8";
  if (key == "parity" && value != "none" && value != "even" && value != "odd") {
    return "\"none\", \"even\" or \"odd\"";
  }
  if (key == "stop_bits" && number != 1 && number != 2) return "1 or 2";
  return std::nullopt;
}

SerialParams parseSerialParams(const std::map<std::string, std::string>& params) {
  for (const auto& [key, value] : params) {
    if (auto expected = serialParamExpectation(key, value)) {
      throw std::invalid_argument(key + " '" + value + "': expected " + *expected);
    }
  }
  SerialParams result;
  auto text = [&](const char* key) -> const std::string* {
    auto it = params.find(key);
    return it == params.end() ? nullptr : &it->second;
  };
  if (auto* v = text("baud")) result.baud = *wholeNumber(*v);
  if (auto* v = text("data_bits")) result.dataBits = *wholeNumber(*v);
  if (auto* v = text("parity")) result.parity = parityOf(*v);
  if (auto* v = text("stop_bits")) result.stopBits = *wholeNumber(*v);
  return result;
}

void applySerialParams(termios& tio, const SerialParams& params) {
  cfmakeraw(&tio);
  const speed_t speed = speedOf(params.baud);
  cfsetispeed(&tio, speed);
  cfsetospeed(&tio, speed);
  tio.c_cflag &= ~static_cast<tcflag_t>(CSIZE | PARENB | PARODD | CSTOPB | CRTSCTS);
  tio.c_cflag |= (params.dataBits == 7 ? CS7 : CS8) | CLOCAL | CREAD;
  if (params.parity != Parity::None) tio.c_cflag |= PARENB;
  if (params.parity == Parity::Odd) tio.c_cflag |= PARODD;
  if (params.stopBits == 2) tio.c_cflag |= CSTOPB;
  tio.c_cc[VMIN] = 0;
  tio.c_cc[VTIME] = 0;
}

}  // namespace poscore
