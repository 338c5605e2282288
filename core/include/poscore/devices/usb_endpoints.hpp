#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "possdk/status.hpp"

namespace poscore {

enum class UsbTransferType { Control, Isochronous, Bulk, Interrupt };

// The fields of a configuration descriptor that endpoint selection needs, as lsusb -v shows them.
struct UsbEndpointDescriptor {
  std::uint8_t address = 0;     // bit 7 set: IN (device to host)
  std::uint8_t attributes = 0;  // bits 0..1: transfer type
  std::uint16_t maxPacketSize = 0;
};

struct UsbInterfaceDescriptor {
  std::uint8_t number = 0;
  std::uint8_t alternateSetting = 0;
  std::uint8_t interfaceClass = 0;
  std::vector<UsbEndpointDescriptor> endpoints;
};

struct UsbEndpoint {
  std::uint8_t address = 0;
  UsbTransferType type = UsbTransferType::Bulk;
  std::uint16_t maxPacketSize = 0;
};

struct UsbEndpointChoice {
  std::uint8_t interfaceNumber = 0;
  std::optional<UsbEndpoint> in;
  std::optional<UsbEndpoint> out;
};

// Picks the interface and endpoints a byte pipe uses: among alternate setting 0 of each
// interface, the one with the most usable directions (interrupt or bulk, IN and OUT), lowest
// number on ties, so a CDC device's data interface wins over its notification endpoint.
// Fails when no interface has an interrupt or bulk endpoint. With `interfaceClass`, only
// interfaces of that class count (a printer's class 7 interface beside its vendor-specific ones).
possdk::Result<UsbEndpointChoice> chooseUsbEndpoints(std::span<const UsbInterfaceDescriptor> interfaces,
                                                     std::optional<std::uint8_t> interfaceClass = std::nullopt);

}  // namespace poscore
