#pragma once
#include "possdk/transport.hpp"

namespace poscore {

// A serial port through termios, waiting with poll(). info.path is the device node
// ("/dev/ttyUSB0"); info.params carry the line settings (see serial_params.hpp).
class SerialTransport final : public possdk::Transport {
 public:
  explicit SerialTransport(possdk::DeviceInfo info);
  ~SerialTransport() override;
  SerialTransport(const SerialTransport&) = delete;
  SerialTransport& operator=(const SerialTransport&) = delete;

  const possdk::DeviceInfo& info() const override { return info_; }
  possdk::Status open() override;
  void close() override;
  bool isOpen() const override { return fd_ >= 0; }
  possdk::Status write(std::span<const std::uint8_t> bytes) override;
  possdk::Result<std::size_t> read(std::span<std::uint8_t> buf, std::chrono::milliseconds timeout) override;

 private:
  std::string failure(const std::string& what, int error) const;
  possdk::Status configure();

  possdk::DeviceInfo info_;
  int fd_ = -1;
};

}  // namespace poscore
