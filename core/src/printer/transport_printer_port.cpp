#include "poscore/printer/transport_printer_port.hpp"

#include <array>

#include "poscore/devices/tcp_transport.hpp"
#include "poscore/devices/usb_transport.hpp"
#include "poscore/printer/escpos_encoder.hpp"

namespace poscore::printer {

namespace {
constexpr std::uint8_t kUsbPrinterClass = 0x07;
}  // namespace

TransportPrinterPort::TransportPrinterPort(std::string description, std::unique_ptr<possdk::Transport> transport)
    : description_(std::move(description)), transport_(std::move(transport)) {}

possdk::Status TransportPrinterPort::open() { return transport_->open(); }

void TransportPrinterPort::close() { transport_->close(); }

possdk::Status TransportPrinterPort::write(std::span<const std::uint8_t> bytes) { return transport_->write(bytes); }

possdk::Result<std::uint8_t> TransportPrinterPort::ask(std::uint8_t n, std::chrono::milliseconds timeout) {
  using R = possdk::Result<std::uint8_t>;
  if (auto sent = transport_->write(escpos::statusQuery(n)); !sent) return R::fail(sent.error());
  // A USB read takes a whole packet; the answer is its first byte.
  std::array<std::uint8_t, 64> buf{};
  auto got = transport_->read(buf, timeout);
  if (!got) return R::fail(got.error());
  if (got.value() == 0) {
    return R::fail(description_ + " did not answer the status query DLE EOT " + std::to_string(n) + " within " +
                   std::to_string(timeout.count()) + " ms; check that it is on and connected");
  }
  return buf[got.value() - 1];  // the latest answer, should an earlier late one still be waiting
}

possdk::Result<std::optional<PrinterStatus>> TransportPrinterPort::queryStatus(std::chrono::milliseconds timeout) {
  using R = possdk::Result<std::optional<PrinterStatus>>;
  std::array<std::uint8_t, 3> answers{};
  const std::array<std::uint8_t, 3> queries{1, 2, 4};
  for (std::size_t i = 0; i < queries.size(); ++i) {
    auto answer = ask(queries[i], timeout);
    if (!answer) return R::fail(answer.error());
    answers[i] = answer.value();
  }
  auto status = decodePrinterStatus(answers[0], answers[1], answers[2]);
  if (!status) return R::fail(description_ + ": " + status.error());
  return std::optional<PrinterStatus>(status.value());
}

std::unique_ptr<PrinterPort> makeTcpPrinterPort(const std::string& hostPort, int connectTimeoutMs) {
  possdk::DeviceInfo info;
  info.id = "tcp:" + hostPort;
  info.transport = possdk::TransportKind::Tcp;
  info.path = hostPort;
  info.params["connect_timeout_ms"] = std::to_string(connectTimeoutMs);
  return std::make_unique<TransportPrinterPort>("printer at tcp " + hostPort,
                                                std::make_unique<TcpTransport>(std::move(info)));
}

std::unique_ptr<PrinterPort> makeUsbPrinterPort(UsbContext context, const std::string& portPath) {
  possdk::DeviceInfo info;
  info.id = "usb:printer@" + portPath;
  info.transport = possdk::TransportKind::Usb;
  info.path = portPath;
  info.usbClass = kUsbPrinterClass;
  info.params["interface_class"] = std::to_string(kUsbPrinterClass);
  return std::make_unique<TransportPrinterPort>("printer at usb " + portPath,
                                                std::make_unique<UsbTransport>(std::move(context), std::move(info)));
}

}  // namespace poscore::printer
