#include "poscore/devices/usb_bus.hpp"

#include <libusb.h>

#include <array>

#include "poscore/devices/usb_names.hpp"
#include "poscore/devices/usb_transport.hpp"

namespace poscore {

namespace {

constexpr std::uint8_t kHubClass = 9;

UsbContext openContext(std::string& unavailable) {
  libusb_context* context = nullptr;
  const int rc = libusb_init(&context);
  if (rc != 0) {
    unavailable = "libusb_init failed: " + usbErrorText(rc);
    return nullptr;
  }
  return UsbContext(context, libusb_exit);
}

// Device class 0 means "per interface"; the first interface's class says what it is.
std::uint8_t classOf(libusb_device* device, const libusb_device_descriptor& descriptor) {
  if (descriptor.bDeviceClass != 0) return descriptor.bDeviceClass;
  libusb_config_descriptor* config = nullptr;
  if (libusb_get_active_config_descriptor(device, &config) != 0 || !config) return 0;
  std::uint8_t cls = 0;
  if (config->bNumInterfaces > 0 && config->interface[0].num_altsetting > 0) {
    cls = config->interface[0].altsetting[0].bInterfaceClass;
  }
  libusb_free_config_descriptor(config);
  return cls;
}

// The device list, freed when it goes out of scope.
class DeviceList {
 public:
  explicit DeviceList(libusb_context* context) {
    const ssize_t n = context ? libusb_get_device_list(context, &list_) : 0;
    size_ = n > 0 ? static_cast<std::size_t>(n) : 0;
  }
  ~DeviceList() {
    if (list_) libusb_free_device_list(list_, 1);
  }
  DeviceList(const DeviceList&) = delete;
  DeviceList& operator=(const DeviceList&) = delete;
  std::span<libusb_device*> devices() const { return {list_, size_}; }

 private:
  libusb_device** list_ = nullptr;
  std::size_t size_ = 0;
};

// Only a note here: libusb forbids most calls inside the callback, so the event thread reports
// the change once the callback has returned. `pending` is the bus's flag.
int LIBUSB_CALL noteHotplug(libusb_context*, libusb_device*, libusb_hotplug_event, void* pending) {
  static_cast<std::atomic<bool>*>(pending)->store(true);
  return 0;
}

}  // namespace

UsbBus::UsbBus() : context_(openContext(unavailable_)) {
  DeviceList list(context_.get());
  sawBus_ = !list.devices().empty();
}

UsbBus::~UsbBus() { unwatch(); }

std::string UsbBus::state() const {
  std::lock_guard lock(mutex_);
  if (!unavailable_.empty()) return "no USB: " + unavailable_;
  if (!sawBus_) return "no USB: libusb found no USB bus on this machine";
  return std::to_string(lastCount_) + (lastCount_ == 1 ? " USB device" : " USB devices");
}

std::string UsbBus::describe(libusb_device* device, const std::string& id) {
  if (auto known = descriptions_.find(id); known != descriptions_.end()) return known->second;
  libusb_device_descriptor descriptor{};
  libusb_get_device_descriptor(device, &descriptor);
  std::string text;
  libusb_device_handle* handle = nullptr;
  if (descriptor.iProduct != 0 && libusb_open(device, &handle) == 0) {
    std::array<unsigned char, 128> product{};
    const int n = libusb_get_string_descriptor_ascii(handle, descriptor.iProduct, product.data(),
                                                     static_cast<int>(product.size()));
    if (n > 0) text.assign(reinterpret_cast<const char*>(product.data()), static_cast<std::size_t>(n));
    libusb_close(handle);
  }
  // Without permission to open it (yet: udev may still be at work) the product string is
  // unreadable, so only a string that was read is kept; the id still says what the device is.
  if (text.empty()) return "USB device " + id.substr(4, 9);
  descriptions_[id] = text;
  return text;
}

std::vector<possdk::DeviceInfo> UsbBus::enumerate() {
  std::vector<possdk::DeviceInfo> found;
  DeviceList list(context_.get());
  std::lock_guard lock(mutex_);
  sawBus_ = sawBus_ || !list.devices().empty();
  for (libusb_device* device : list.devices()) {
    libusb_device_descriptor descriptor{};
    if (libusb_get_device_descriptor(device, &descriptor) != 0 || descriptor.bDeviceClass == kHubClass) continue;
    std::array<std::uint8_t, 8> ports{};
    const int depth = libusb_get_port_numbers(device, ports.data(), static_cast<int>(ports.size()));
    if (depth <= 0) continue;
    possdk::DeviceInfo info;
    info.transport = possdk::TransportKind::Usb;
    info.vendorId = descriptor.idVendor;
    info.productId = descriptor.idProduct;
    info.usbClass = classOf(device, descriptor);
    info.path = usbPortPath(libusb_get_bus_number(device), std::span(ports.data(), static_cast<std::size_t>(depth)));
    info.id = usbDeviceId(info.vendorId, info.productId, info.path);
    info.description = describe(device, info.id);
    found.push_back(std::move(info));
  }
  lastCount_ = found.size();
  return found;
}

std::unique_ptr<possdk::Transport> UsbBus::transportFor(const possdk::DeviceInfo& info) {
  return std::make_unique<UsbTransport>(context_, info);
}

void UsbBus::watch(std::function<void()> changed) {
  if (!context_ || events_.joinable() || !libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG)) return;
  const int events = LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED | LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT;
  if (libusb_hotplug_register_callback(context_.get(), events, 0, LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY,
                                       LIBUSB_HOTPLUG_MATCH_ANY, noteHotplug, &pending_,
                                       &hotplugHandle_) != LIBUSB_SUCCESS) {
    return;  // enumeration on each scan still works; only live updates are lost
  }
  changed_ = std::move(changed);
  stopping_ = false;
  events_ = std::thread([this] { handleEvents(); });
}

void UsbBus::handleEvents() {
  while (!stopping_) {
    timeval tick{0, 250000};
    libusb_handle_events_timeout_completed(context_.get(), &tick, nullptr);
    if (pending_.exchange(false) && !stopping_) changed_();
  }
}

void UsbBus::unwatch() {
  if (!events_.joinable()) return;
  stopping_ = true;
  libusb_hotplug_deregister_callback(context_.get(), hotplugHandle_);
  libusb_interrupt_event_handler(context_.get());
  events_.join();
}

}  // namespace poscore
