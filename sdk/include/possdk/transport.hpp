#pragma once
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <span>
#include <string>

#include "possdk/status.hpp"

namespace possdk {

enum class TransportKind { Usb, Serial, Tcp, Simulator, KeyboardWedge, Camera };

// What is known about an attached device before any driver talks to it.
struct DeviceInfo {
  std::string id;  // "usb:0eb8:f000@1-4", "serial:/dev/ttyUSB0", "tcp:127.0.0.1:9100", "sim:hello"
  TransportKind transport = TransportKind::Simulator;
  std::uint16_t vendorId = 0;  // USB only
  std::uint16_t productId = 0;
  std::uint8_t usbClass = 0;
  std::string path;         // device node, host:port or simulator script
  std::string description;  // product string, or what the settings call it
  std::map<std::string, std::string> params;  // protocol parameters from the settings (baud, parity)
};

// A byte pipe to a device. Reads return what has arrived, at most buf.size() bytes, waiting up to
// `timeout`; 0 bytes means nothing arrived in time. A USB transport reads and writes whole reports.
class Transport {
 public:
  virtual ~Transport() = default;
  virtual const DeviceInfo& info() const = 0;
  virtual Status open() = 0;
  virtual void close() = 0;
  virtual bool isOpen() const = 0;
  virtual Status write(std::span<const std::uint8_t> bytes) = 0;
  virtual Result<std::size_t> read(std::span<std::uint8_t> buf, std::chrono::milliseconds timeout) = 0;
};

}  // namespace possdk
