#include "poscore/devices/tcp_transport.hpp"

#include <sys/socket.h>

#include <Poco/Exception.h>
#include <Poco/Net/SocketAddress.h>

namespace poscore {

namespace {
constexpr std::chrono::milliseconds kDefaultConnectTimeout{3000};
// A printer that accepts nothing for this long has stalled (paper out, cover open).
constexpr std::chrono::milliseconds kSendTimeout{5000};

Poco::Timespan timespanOf(std::chrono::milliseconds ms) {
  return Poco::Timespan(static_cast<Poco::Timespan::TimeDiff>(ms.count()) * 1000);
}
}  // namespace

TcpTransport::TcpTransport(possdk::DeviceInfo info) : info_(std::move(info)) {}

TcpTransport::~TcpTransport() { close(); }

std::chrono::milliseconds TcpTransport::connectTimeout() const {
  auto it = info_.params.find("connect_timeout_ms");
  if (it == info_.params.end()) return kDefaultConnectTimeout;
  try {
    return std::chrono::milliseconds(std::stoi(it->second));
  } catch (const std::exception&) {
    return kDefaultConnectTimeout;
  }
}

possdk::Status TcpTransport::open() {
  if (open_) return possdk::Status::ok();
  try {
    socket_ = Poco::Net::StreamSocket();
    socket_.connect(Poco::Net::SocketAddress(info_.path), timespanOf(connectTimeout()));
    socket_.setNoDelay(true);
    socket_.setSendTimeout(timespanOf(kSendTimeout));
    open_ = true;
    return possdk::Status::ok();
  } catch (const Poco::Exception& e) {
    return possdk::Status::fail(info_.id + ": cannot connect to " + info_.path + ": " + e.displayText() +
                                "; check that the device is on, reachable and listening on that port");
  }
}

void TcpTransport::close() {
  if (!open_) return;
  open_ = false;
  try {
    socket_.close();
  } catch (const Poco::Exception&) {
    // Closing a socket the peer already dropped has nothing left to report.
  }
}

possdk::Status TcpTransport::write(std::span<const std::uint8_t> bytes) {
  if (!open_) return possdk::Status::fail(info_.id + ": write on a closed connection; open() it first");
  try {
    while (!bytes.empty()) {
      // MSG_NOSIGNAL: a peer that hung up must give an error, not kill the process with SIGPIPE.
      const int sent = socket_.sendBytes(bytes.data(), static_cast<int>(bytes.size()), MSG_NOSIGNAL);
      if (sent <= 0) break;
      bytes = bytes.subspan(static_cast<std::size_t>(sent));
    }
  } catch (const Poco::Exception& e) {
    return possdk::Status::fail(info_.id + ": write failed: " + e.displayText() +
                                "; check the device (paper, cover, power) and reopen it");
  }
  if (!bytes.empty()) return possdk::Status::fail(info_.id + ": write stopped with bytes unsent; reopen it");
  return possdk::Status::ok();
}

possdk::Result<std::size_t> TcpTransport::read(std::span<std::uint8_t> buf, std::chrono::milliseconds timeout) {
  using R = possdk::Result<std::size_t>;
  if (!open_) return R::fail(info_.id + ": read on a closed connection; open() it first");
  try {
    if (!socket_.poll(timespanOf(timeout), Poco::Net::Socket::SELECT_READ | Poco::Net::Socket::SELECT_ERROR)) {
      return std::size_t{0};
    }
    const int n = socket_.receiveBytes(buf.data(), static_cast<int>(buf.size()));
    if (n > 0) return static_cast<std::size_t>(n);
  } catch (const Poco::Exception& e) {
    return R::fail(info_.id + ": read failed: " + e.displayText() + "; reopen the connection");
  }
  return R::fail(info_.id + ": the device closed the connection; check that it is on, then reopen it");
}

}  // namespace poscore
