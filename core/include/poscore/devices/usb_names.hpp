#pragma once
#include <cstdint>
#include <span>
#include <string>

namespace poscore {

// Where a device is plugged: "<bus>-<port>.<port>...", e.g. "1-4.2". Stable across replugging
// into the same socket, unlike the device address.
std::string usbPortPath(std::uint8_t bus, std::span<const std::uint8_t> ports);

// "usb:0eb8:f000@1-4.2"
std::string usbDeviceId(std::uint16_t vendorId, std::uint16_t productId, const std::string& portPath);

// libusb's error name and text with what to do about the usual ones:
// "LIBUSB_ERROR_ACCESS (Access denied (insufficient permissions)); install the lane's udev rules ..."
std::string usbErrorText(int libusbError);

}  // namespace poscore
