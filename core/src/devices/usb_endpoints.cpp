#include "poscore/devices/usb_endpoints.hpp"

#include <string>

namespace poscore {

namespace {

UsbTransferType typeOf(const UsbEndpointDescriptor& e) { return static_cast<UsbTransferType>(e.attributes & 0x03); }

bool isIn(const UsbEndpointDescriptor& e) { return (e.address & 0x80) != 0; }

bool usable(const UsbEndpointDescriptor& e) {
  return typeOf(e) == UsbTransferType::Bulk || typeOf(e) == UsbTransferType::Interrupt;
}

UsbEndpointChoice choiceFor(const UsbInterfaceDescriptor& interface) {
  UsbEndpointChoice choice;
  choice.interfaceNumber = interface.number;
  choice.interfaceClass = interface.interfaceClass;
  for (const auto& e : interface.endpoints) {
    if (!usable(e)) continue;
    auto& slot = isIn(e) ? choice.in : choice.out;
    if (!slot) slot = UsbEndpoint{e.address, typeOf(e), e.maxPacketSize};
  }
  return choice;
}

int directions(const UsbEndpointChoice& c) { return (c.in ? 1 : 0) + (c.out ? 1 : 0); }

}  // namespace

possdk::Result<UsbEndpointChoice> chooseUsbEndpoints(std::span<const UsbInterfaceDescriptor> interfaces,
                                                     std::optional<std::uint8_t> interfaceClass) {
  std::optional<UsbEndpointChoice> best;
  for (const auto& interface : interfaces) {
    if (interface.alternateSetting != 0) continue;
    if (interfaceClass && interface.interfaceClass != *interfaceClass) continue;
    auto candidate = choiceFor(interface);
    const bool better =
        !best || directions(candidate) > directions(*best) ||
        (directions(candidate) == directions(*best) && candidate.interfaceNumber < best->interfaceNumber);
    if (directions(candidate) > 0 && better) best = candidate;
  }
  if (!best && interfaceClass) {
    return possdk::Result<UsbEndpointChoice>::fail(
        "no interface of class " + std::to_string(*interfaceClass) +
        " has an interrupt or bulk endpoint; check that the device is the kind its settings say");
  }
  if (!best) {
    return possdk::Result<UsbEndpointChoice>::fail(
        "no interface has an interrupt or bulk endpoint, so it cannot be used as a byte pipe; "
        "it needs a driver that talks to it another way");
  }
  return *best;
}

std::optional<UsbControlSetup> hidSetReportFor(const UsbEndpointChoice& choice, std::span<const std::uint8_t> report) {
  if (choice.interfaceClass != kUsbClassHid || report.empty()) return std::nullopt;
  constexpr std::uint8_t kHostToInterfaceClassRequest = 0x21;
  constexpr std::uint8_t kSetReport = 0x09;
  constexpr std::uint16_t kOutputReport = 0x02;
  return UsbControlSetup{kHostToInterfaceClassRequest, kSetReport,
                         static_cast<std::uint16_t>(kOutputReport << 8 | report[0]), choice.interfaceNumber};
}

}  // namespace poscore
