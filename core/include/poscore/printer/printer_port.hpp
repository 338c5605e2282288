#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "poscore/printer/printer_status.hpp"
#include "possdk/status.hpp"

namespace poscore::printer {

// Where receipt bytes go: a network printer, a USB printer, or a file. The print queue opens the
// port for each delivery and closes it after, so a printer that was switched off and on again is
// simply reached anew.
class PrinterPort {
 public:
  virtual ~PrinterPort() = default;
  // "tcp 192.168.1.50:9100", "usb 1-4.2", "file /var/lib/pos/receipts.bin": for messages.
  virtual std::string describe() const = 0;
  virtual possdk::Status open() = 0;
  virtual void close() = 0;
  virtual possdk::Status write(std::span<const std::uint8_t> bytes) = 0;
  // The printer's real-time status, waiting up to `timeout` for each answer; nullopt for a port
  // that cannot answer (a file). Fails when the printer does not answer in time or the link breaks.
  virtual possdk::Result<std::optional<PrinterStatus>> queryStatus(std::chrono::milliseconds timeout) = 0;
};

}  // namespace poscore::printer
