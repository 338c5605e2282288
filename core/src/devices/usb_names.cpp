#include "poscore/devices/usb_names.hpp"

#include <libusb.h>

#include <cstdio>

namespace poscore {

std::string usbPortPath(std::uint8_t bus, std::span<const std::uint8_t> ports) {
  std::string path = std::to_string(bus);
  for (std::size_t i = 0; i < ports.size(); ++i) path += (i == 0 ? "-" : ".") + std::to_string(ports[i]);
  return path;
}

std::string usbDeviceId(std::uint16_t vendorId, std::uint16_t productId, const std::string& portPath) {
  char ids[16];
  std::snprintf(ids, sizeof ids, "%04x:%04x", vendorId, productId);
  return "usb:" + std::string(ids) + "@" + portPath;
}

std::string usbErrorText(int libusbError) {
  std::string text = std::string(libusb_error_name(libusbError)) + " (" + libusb_strerror(libusbError) + ")";
  switch (libusbError) {
    case LIBUSB_ERROR_ACCESS:
      return text + "; install the lane's udev rules or add this user to the 'plugdev' group";
    case LIBUSB_ERROR_NO_DEVICE:
      return text + "; the device was unplugged, plug it back in";
    case LIBUSB_ERROR_BUSY:
      return text + "; another program holds the device, close it";
    default:
      return text;
  }
}

}  // namespace poscore
