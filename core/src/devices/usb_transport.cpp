#include "poscore/devices/usb_transport.hpp"

#include <libusb.h>

#include <algorithm>
#include <array>
#include <charconv>

#include "poscore/devices/usb_names.hpp"

namespace poscore {

namespace {

// A device that takes no report for this long has stalled.
constexpr unsigned kWriteTimeoutMs = 5000;

std::string portPathOf(libusb_device* device) {
  std::array<std::uint8_t, 8> ports{};
  const int depth = libusb_get_port_numbers(device, ports.data(), static_cast<int>(ports.size()));
  if (depth <= 0) return {};
  return usbPortPath(libusb_get_bus_number(device), std::span(ports.data(), static_cast<std::size_t>(depth)));
}

std::vector<UsbInterfaceDescriptor> interfacesOf(const libusb_config_descriptor& config) {
  std::vector<UsbInterfaceDescriptor> result;
  for (int i = 0; i < config.bNumInterfaces; ++i) {
    const auto& interface = config.interface[i];
    for (int a = 0; a < interface.num_altsetting; ++a) {
      const auto& alt = interface.altsetting[a];
      UsbInterfaceDescriptor d{alt.bInterfaceNumber, alt.bAlternateSetting, alt.bInterfaceClass, {}};
      for (int e = 0; e < alt.bNumEndpoints; ++e) {
        const auto& ep = alt.endpoint[e];
        d.endpoints.push_back({ep.bEndpointAddress, ep.bmAttributes, ep.wMaxPacketSize});
      }
      result.push_back(std::move(d));
    }
  }
  return result;
}

}  // namespace

UsbTransport::UsbTransport(UsbContext context, possdk::DeviceInfo info)
    : context_(std::move(context)), info_(std::move(info)) {}

UsbTransport::~UsbTransport() { close(); }

possdk::Status UsbTransport::fail(const std::string& what, int libusbError) const {
  return possdk::Status::fail(info_.id + ": " + what + ": " + usbErrorText(libusbError));
}

possdk::Status UsbTransport::open() {
  if (isOpen()) return possdk::Status::ok();
  if (!context_) return possdk::Status::fail(info_.id + ": no USB on this machine (libusb did not start)");
  auto opened = openHandle();
  if (opened) opened = claimInterface();
  if (!opened) close();
  return opened;
}

possdk::Status UsbTransport::openHandle() {
  libusb_device** list = nullptr;
  const ssize_t n = libusb_get_device_list(context_.get(), &list);
  int rc = LIBUSB_ERROR_NO_DEVICE;
  for (ssize_t i = 0; i < n; ++i) {
    if (portPathOf(list[i]) == info_.path) {
      rc = libusb_open(list[i], &handle_);
      break;
    }
  }
  if (list) libusb_free_device_list(list, 1);
  if (rc != 0) return fail("cannot open the device at USB port " + info_.path, rc);
  return possdk::Status::ok();
}

// info.params "interface_class" (decimal, 0..255) limits the claim to interfaces of that class.
possdk::Result<std::optional<std::uint8_t>> UsbTransport::interfaceClassWanted() const {
  using R = possdk::Result<std::optional<std::uint8_t>>;
  auto it = info_.params.find("interface_class");
  if (it == info_.params.end()) return std::optional<std::uint8_t>{};
  int value = -1;
  const auto& text = it->second;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size() || value < 0 || value > 255) {
    return R::fail(info_.id + ": parameter interface_class \"" + text + "\" is not a USB class number 0..255");
  }
  return std::optional<std::uint8_t>(static_cast<std::uint8_t>(value));
}

possdk::Status UsbTransport::claimInterface() {
  libusb_config_descriptor* config = nullptr;
  int rc = libusb_get_active_config_descriptor(libusb_get_device(handle_), &config);
  if (rc != 0) return fail("cannot read its configuration descriptor", rc);
  const auto interfaces = interfacesOf(*config);
  libusb_free_config_descriptor(config);
  auto wanted = interfaceClassWanted();
  if (!wanted) return possdk::Status::fail(wanted.error());
  auto choice = chooseUsbEndpoints(interfaces, wanted.value());
  if (!choice) return possdk::Status::fail(info_.id + ": " + choice.error());
  endpoints_ = choice.value();
  const int number = endpoints_.interfaceNumber;
  if (libusb_kernel_driver_active(handle_, number) == 1) {
    rc = libusb_detach_kernel_driver(handle_, number);
    if (rc != 0) return fail("cannot detach the kernel driver from interface " + std::to_string(number), rc);
    detachedKernelDriver_ = true;
  }
  rc = libusb_claim_interface(handle_, number);
  if (rc != 0) return fail("cannot claim interface " + std::to_string(number), rc);
  claimed_ = true;
  return possdk::Status::ok();
}

void UsbTransport::close() {
  if (!handle_) return;
  if (claimed_) libusb_release_interface(handle_, endpoints_.interfaceNumber);
  // Give the device back to its kernel driver (a HID scale is a keyboard-like input again).
  if (detachedKernelDriver_) libusb_attach_kernel_driver(handle_, endpoints_.interfaceNumber);
  libusb_close(handle_);
  handle_ = nullptr;
  claimed_ = false;
  detachedKernelDriver_ = false;
}

int UsbTransport::transfer(const UsbEndpoint& endpoint, std::uint8_t* data, int length, int* done, unsigned timeoutMs) {
  if (endpoint.type == UsbTransferType::Interrupt) {
    return libusb_interrupt_transfer(handle_, endpoint.address, data, length, done, timeoutMs);
  }
  return libusb_bulk_transfer(handle_, endpoint.address, data, length, done, timeoutMs);
}

possdk::Status UsbTransport::write(std::span<const std::uint8_t> bytes) {
  if (!isOpen()) return possdk::Status::fail(info_.id + ": write on a closed device; open() it first");
  std::vector<std::uint8_t> data(bytes.begin(), bytes.end());  // libusb wants a mutable buffer
  if (!endpoints_.out) {
    const auto setup = hidSetReportFor(endpoints_, bytes);
    if (!setup) return possdk::Status::fail(info_.id + ": the device has no OUT endpoint; it only sends");
    const int rc = libusb_control_transfer(handle_, setup->requestType, setup->request, setup->value, setup->index,
                                           data.data(), static_cast<std::uint16_t>(data.size()), kWriteTimeoutMs);
    if (rc < 0) return fail("SET_REPORT failed", rc);
    return possdk::Status::ok();
  }
  int done = 0;
  const int rc = transfer(*endpoints_.out, data.data(), static_cast<int>(data.size()), &done, kWriteTimeoutMs);
  if (rc != 0) return fail("write failed", rc);
  if (static_cast<std::size_t>(done) != data.size()) {
    return possdk::Status::fail(info_.id + ": the device took " + std::to_string(done) + " of " +
                                std::to_string(data.size()) + " bytes; reopen it");
  }
  return possdk::Status::ok();
}

possdk::Result<std::size_t> UsbTransport::read(std::span<std::uint8_t> buf, std::chrono::milliseconds timeout) {
  using R = possdk::Result<std::size_t>;
  if (!isOpen()) return R::fail(info_.id + ": read on a closed device; open() it first");
  if (!endpoints_.in) return R::fail(info_.id + ": the device has no IN endpoint; it only receives");
  // libusb reads 0 ms as "wait forever"; the contract says "wait up to timeout".
  const auto ms = static_cast<unsigned>(std::max<std::chrono::milliseconds::rep>(1, timeout.count()));
  int done = 0;
  const int rc = transfer(*endpoints_.in, buf.data(), static_cast<int>(buf.size()), &done, ms);
  if (rc == 0 || rc == LIBUSB_ERROR_TIMEOUT) return static_cast<std::size_t>(done);
  return R::fail(fail("read failed", rc).error());
}

}  // namespace poscore
