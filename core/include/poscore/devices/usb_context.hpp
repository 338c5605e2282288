#pragma once
#include <memory>

struct libusb_context;

namespace poscore {

// One libusb context, shared by the bus and every USB transport so it outlives them all.
using UsbContext = std::shared_ptr<libusb_context>;

}  // namespace poscore
