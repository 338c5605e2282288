#pragma once
#include <memory>

#include "poscore/devices/usb_context.hpp"
#include "poscore/printer/printer_port.hpp"
#include "poscore/services/config.hpp"
#include "possdk/status.hpp"

namespace poscore::printer {

// The receipt printer the settings name in "printer.connection":
//   "tcp:192.168.1.50:9100"  a network printer (printer.connect_timeout_ms, default 3000)
//   "usb:1-4.2"              a USB printer at that port path (`usb` is the lane's libusb context)
//   "file:receipts.bin"      append to a file; a relative path resolves against the settings folder
// Fails naming the setting and what it may be when it is missing or malformed.
possdk::Result<std::unique_ptr<PrinterPort>> printerPortFrom(const Config& config, UsbContext usb);

}  // namespace poscore::printer
