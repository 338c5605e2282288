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
  std::uint8_t interfaceClass = 0;
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

inline constexpr std::uint8_t kUsbClassHid = 0x03;

// A control request's setup fields (USB 2.0, 9.3).
struct UsbControlSetup {
  std::uint8_t requestType = 0;
  std::uint8_t request = 0;
  std::uint16_t value = 0;
  std::uint16_t index = 0;
};

// How `report` reaches a HID interface that has no OUT endpoint (a Dymo scale's zero report):
// the class request SET_REPORT (HID 1.11, 7.2.2) for an output report whose id is the report's
// first byte. nullopt for other interfaces or an empty report.
std::optional<UsbControlSetup> hidSetReportFor(const UsbEndpointChoice& choice, std::span<const std::uint8_t> report);

}  // namespace poscore
