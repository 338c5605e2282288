#pragma once
#include <Poco/Net/StreamSocket.h>

#include "possdk/transport.hpp"

namespace poscore {

// A raw TCP byte stream (port-9100 printers). info.path is "host:port"; info.params may set
// "connect_timeout_ms" (default 3000).
class TcpTransport final : public possdk::Transport {
 public:
  explicit TcpTransport(possdk::DeviceInfo info);
  ~TcpTransport() override;
  TcpTransport(const TcpTransport&) = delete;
  TcpTransport& operator=(const TcpTransport&) = delete;

  const possdk::DeviceInfo& info() const override { return info_; }
  possdk::Status open() override;
  void close() override;
  bool isOpen() const override { return open_; }
  possdk::Status write(std::span<const std::uint8_t> bytes) override;
  possdk::Result<std::size_t> read(std::span<std::uint8_t> buf, std::chrono::milliseconds timeout) override;

 private:
  std::chrono::milliseconds connectTimeout() const;

  possdk::DeviceInfo info_;
  Poco::Net::StreamSocket socket_;
  bool open_ = false;
};

}  // namespace poscore
