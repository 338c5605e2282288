#pragma once
#include <memory>
#include <string>

#include "poscore/devices/usb_context.hpp"
#include "poscore/printer/printer_port.hpp"
#include "possdk/transport.hpp"

namespace poscore::printer {

// An ESC/POS printer behind a byte transport (TCP, USB), with DLE EOT status queries.
class TransportPrinterPort final : public PrinterPort {
 public:
  TransportPrinterPort(std::string description, std::unique_ptr<possdk::Transport> transport);

  std::string describe() const override { return description_; }
  possdk::Status open() override;
  void close() override;
  possdk::Status write(std::span<const std::uint8_t> bytes) override;
  possdk::Result<std::optional<PrinterStatus>> queryStatus(std::chrono::milliseconds timeout) override;

 private:
  possdk::Result<std::uint8_t> ask(std::uint8_t n, std::chrono::milliseconds timeout);

  std::string description_;
  std::unique_ptr<possdk::Transport> transport_;
};

// A network printer on "host:port" (raw port 9100), through the device framework's TcpTransport:
// connect timeout `connectTimeoutMs`, and a send that stalls for 5 s fails.
std::unique_ptr<PrinterPort> makeTcpPrinterPort(const std::string& hostPort, int connectTimeoutMs = 3000);

// A USB printer at port path `portPath` ("1-4.2"), through UsbTransport: it claims the printer-class
// interface (class 7) and writes to its bulk OUT endpoint; status answers come on its bulk IN
// endpoint when the printer has one (a unidirectional printer fails the status query).
std::unique_ptr<PrinterPort> makeUsbPrinterPort(UsbContext context, const std::string& portPath);

}  // namespace poscore::printer
