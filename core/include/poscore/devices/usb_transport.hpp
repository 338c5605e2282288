#pragma once
#include "poscore/devices/usb_context.hpp"
#include "poscore/devices/usb_endpoints.hpp"
#include "possdk/transport.hpp"

struct libusb_device_handle;

namespace poscore {

// A USB device as a byte pipe: opened by its port path (info.path, "1-4.2"), the kernel driver
// detached, one interface claimed, reports read and written on the endpoints
// chooseUsbEndpoints() picks. Reads need a buffer of at least one whole report.
class UsbTransport final : public possdk::Transport {
 public:
  UsbTransport(UsbContext context, possdk::DeviceInfo info);
  ~UsbTransport() override;
  UsbTransport(const UsbTransport&) = delete;
  UsbTransport& operator=(const UsbTransport&) = delete;

  const possdk::DeviceInfo& info() const override { return info_; }
  possdk::Status open() override;
  void close() override;
  bool isOpen() const override { return handle_ != nullptr; }
  possdk::Status write(std::span<const std::uint8_t> bytes) override;
  possdk::Result<std::size_t> read(std::span<std::uint8_t> buf, std::chrono::milliseconds timeout) override;

 private:
  possdk::Status fail(const std::string& what, int libusbError) const;
  possdk::Status openHandle();
  possdk::Status claimInterface();
  possdk::Result<std::optional<std::uint8_t>> interfaceClassWanted() const;
  int transfer(const UsbEndpoint& endpoint, std::uint8_t* data, int length, int* done, unsigned timeoutMs);

  UsbContext context_;
  possdk::DeviceInfo info_;
  libusb_device_handle* handle_ = nullptr;
  UsbEndpointChoice endpoints_;
  bool claimed_ = false;
  bool detachedKernelDriver_ = false;
};

}  // namespace poscore
