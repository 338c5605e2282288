#include "poscore/printer/printer_port_factory.hpp"

#include <charconv>

#include "poscore/printer/file_printer_port.hpp"
#include "poscore/printer/transport_printer_port.hpp"

namespace poscore::printer {

namespace {

using R = possdk::Result<std::unique_ptr<PrinterPort>>;

constexpr const char* kForms = "\"tcp:HOST:PORT\", \"usb:PORT-PATH\" or \"file:PATH\"";

bool validHostPort(const std::string& hostPort) {
  const auto colon = hostPort.rfind(':');
  if (colon == std::string::npos || colon == 0) return false;
  int port = 0;
  const char* first = hostPort.data() + colon + 1;
  const char* last = hostPort.data() + hostPort.size();
  const auto [end, ec] = std::from_chars(first, last, port);
  return ec == std::errc{} && end == last && port >= 1 && port <= 65535;
}

possdk::Result<int> connectTimeout(const Config& config) {
  const auto text = config.get("printer.connect_timeout_ms").value_or("3000");
  int ms = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), ms);
  if (ec != std::errc{} || end != text.data() + text.size() || ms < 100 || ms > 60000) {
    return possdk::Result<int>::fail("setting printer.connect_timeout_ms = \"" + text +
                                     "\" is not valid; it must be a whole number of milliseconds from 100 to 60000");
  }
  return ms;
}

}  // namespace

R printerPortFrom(const Config& config, UsbContext usb) {
  const auto connection = config.get("printer.connection");
  if (!connection) return R::fail("setting printer.connection is missing; set it to " + std::string(kForms));
  const auto colon = connection->find(':');
  const std::string kind = connection->substr(0, colon);
  const std::string where = colon == std::string::npos ? "" : connection->substr(colon + 1);
  if (kind == "tcp" && validHostPort(where)) {
    auto timeout = connectTimeout(config);
    if (!timeout) return R::fail(timeout.error());
    return makeTcpPrinterPort(where, timeout.value());
  }
  if (kind == "usb" && !where.empty()) return makeUsbPrinterPort(std::move(usb), where);
  if (kind == "file" && !where.empty()) {
    return std::unique_ptr<PrinterPort>(std::make_unique<FilePrinterPort>(config.resolvePath(where)));
  }
  return R::fail("setting printer.connection = \"" + *connection + "\" is not valid; it must be " + kForms);
}

}  // namespace poscore::printer
