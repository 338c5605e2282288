#include "poscore/devices/serial_transport.hpp"

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "poscore/devices/serial_params.hpp"

namespace poscore {

namespace {
// A write that cannot drain in this time means flow control is stuck or the cable is out.
constexpr int kWriteTimeoutMs = 5000;
}  // namespace

SerialTransport::SerialTransport(possdk::DeviceInfo info) : info_(std::move(info)) {}

SerialTransport::~SerialTransport() { close(); }

std::string SerialTransport::failure(const std::string& what, int error) const {
  return info_.id + ": " + what + ": " + std::strerror(error);
}

possdk::Status SerialTransport::open() {
  if (isOpen()) return possdk::Status::ok();
  fd_ = ::open(info_.path.c_str(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
  if (fd_ < 0) {
    const int error = errno;
    return possdk::Status::fail(failure("cannot open " + info_.path, error) +
                                "; check the path and that this user may use it (group 'dialout')");
  }
  auto configured = configure();
  if (!configured) close();
  return configured;
}

possdk::Status SerialTransport::configure() {
  SerialParams params;
  try {
    params = parseSerialParams(info_.params);
  } catch (const std::invalid_argument& e) {
    return possdk::Status::fail(info_.id + ": " + e.what() + "; fix it in the settings' devices.serial");
  }
  termios tio{};
  if (tcgetattr(fd_, &tio) != 0) return possdk::Status::fail(failure("not a serial port", errno));
  applySerialParams(tio, params);
  if (tcsetattr(fd_, TCSANOW, &tio) != 0) {
    return possdk::Status::fail(failure("cannot apply the line settings", errno));
  }
  tcflush(fd_, TCIOFLUSH);  // drop what arrived before anyone listened
  return possdk::Status::ok();
}

void SerialTransport::close() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
}

possdk::Status SerialTransport::write(std::span<const std::uint8_t> bytes) {
  if (!isOpen()) return possdk::Status::fail(info_.id + ": write on a closed port; open() it first");
  while (!bytes.empty()) {
    pollfd p{fd_, POLLOUT, 0};
    const int ready = ::poll(&p, 1, kWriteTimeoutMs);
    if (ready == 0) {
      return possdk::Status::fail(info_.id + ": write timed out after " + std::to_string(kWriteTimeoutMs) +
                                  " ms; check the cable and the device's flow control");
    }
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) return possdk::Status::fail(failure("write failed", errno));
    const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) continue;
    if (n < 0) return possdk::Status::fail(failure("write failed", errno));
    bytes = bytes.subspan(static_cast<std::size_t>(n));
  }
  return possdk::Status::ok();
}

possdk::Result<std::size_t> SerialTransport::read(std::span<std::uint8_t> buf, std::chrono::milliseconds timeout) {
  using R = possdk::Result<std::size_t>;
  if (!isOpen()) return R::fail(info_.id + ": read on a closed port; open() it first");
  pollfd p{fd_, POLLIN, 0};
  int ready = ::poll(&p, 1, static_cast<int>(timeout.count()));
  if (ready < 0 && errno == EINTR) return std::size_t{0};
  if (ready < 0) return R::fail(failure("read failed", errno));
  if (ready == 0) return std::size_t{0};
  const ssize_t n = ::read(fd_, buf.data(), buf.size());
  if (n > 0) return static_cast<std::size_t>(n);
  if (n < 0 && errno == EAGAIN) return std::size_t{0};
  if (n < 0 && errno != EIO) return R::fail(failure("read failed", errno));
  return R::fail(info_.id + ": the port hung up; check that the device is still connected, then reopen it");
}

}  // namespace poscore
