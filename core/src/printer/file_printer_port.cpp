#include "poscore/printer/file_printer_port.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace poscore::printer {

FilePrinterPort::FilePrinterPort(std::filesystem::path file) : file_(std::move(file)) {}

FilePrinterPort::~FilePrinterPort() { close(); }

possdk::Status FilePrinterPort::open() {
  if (fd_ >= 0) return possdk::Status::ok();
  fd_ = ::open(file_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd_ < 0) {
    return possdk::Status::fail("cannot open " + describe() + ": " + std::strerror(errno) +
                                "; check that its folder exists and the lane may write there");
  }
  return possdk::Status::ok();
}

void FilePrinterPort::close() {
  if (fd_ < 0) return;
  ::close(fd_);
  fd_ = -1;
}

possdk::Status FilePrinterPort::write(std::span<const std::uint8_t> bytes) {
  if (fd_ < 0) return possdk::Status::fail(describe() + ": write before open(); open it first");
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      return possdk::Status::fail("cannot write to " + describe() + ": " + std::strerror(errno) +
                                  "; check the disk space and the file's permissions");
    }
    bytes = bytes.subspan(static_cast<std::size_t>(n));
  }
  // A device node (a printer) may refuse fsync: the bytes are with the driver, which is what counts.
  if (::fsync(fd_) != 0 && errno != EINVAL && errno != EROFS) {
    return possdk::Status::fail("cannot flush " + describe() + ": " + std::strerror(errno));
  }
  return possdk::Status::ok();
}

possdk::Result<std::optional<PrinterStatus>> FilePrinterPort::queryStatus(std::chrono::milliseconds) {
  return std::optional<PrinterStatus>{};
}

}  // namespace poscore::printer
