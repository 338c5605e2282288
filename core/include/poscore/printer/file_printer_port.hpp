#pragma once
#include <filesystem>

#include "poscore/printer/printer_port.hpp"

namespace poscore::printer {

// Appends every job's bytes to a file (a printer's device node such as /dev/usb/lp0, or a capture
// for the virtual printer). Each write is flushed before it counts as delivered. It has no status
// to report, so the queue treats it as always ready.
class FilePrinterPort final : public PrinterPort {
 public:
  explicit FilePrinterPort(std::filesystem::path file);
  ~FilePrinterPort() override;
  FilePrinterPort(const FilePrinterPort&) = delete;
  FilePrinterPort& operator=(const FilePrinterPort&) = delete;

  std::string describe() const override { return "printer file " + file_.string(); }
  possdk::Status open() override;
  void close() override;
  possdk::Status write(std::span<const std::uint8_t> bytes) override;
  possdk::Result<std::optional<PrinterStatus>> queryStatus(std::chrono::milliseconds timeout) override;

 private:
  std::filesystem::path file_;
  int fd_ = -1;
};

}  // namespace poscore::printer
