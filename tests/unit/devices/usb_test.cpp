// USB: endpoint choice from recorded descriptors, ids and error texts, and a machine without USB.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <libusb.h>

#include <filesystem>

#include "poscore/devices/device_manager.hpp"
#include "poscore/devices/usb_bus.hpp"
#include "poscore/devices/usb_endpoints.hpp"
#include "poscore/devices/usb_names.hpp"
#include "poscore/devices/usb_transport.hpp"

namespace {

using poscore::UsbInterfaceDescriptor;
using poscore::UsbTransferType;
using ::testing::AnyOf;
using ::testing::HasSubstr;
using ::testing::StartsWith;

// bmAttributes transfer types, as lsusb -v prints them.
constexpr std::uint8_t kBulk = 0x02;
constexpr std::uint8_t kInterrupt = 0x03;
constexpr std::uint8_t kIsochronous = 0x01;

// A HID POS scale: one HID interface, one interrupt IN endpoint with 6-byte reports.
const std::vector<UsbInterfaceDescriptor> kHidScale{{0, 0, 0x03, {{0x81, kInterrupt, 6}}}};
// A receipt printer: one printer-class interface, bulk OUT 0x01 and bulk IN 0x82.
const std::vector<UsbInterfaceDescriptor> kPrinter{{0, 0, 0x07, {{0x01, kBulk, 64}, {0x82, kBulk, 64}}}};

bool machineHasUsb() { return std::filesystem::exists("/dev/bus/usb"); }

TEST(UsbEndpoints, AHidScaleReadsItsInterruptInEndpointAndHasNoOut) {
  auto choice = poscore::chooseUsbEndpoints(kHidScale);
  ASSERT_TRUE(choice) << choice.error();
  EXPECT_EQ(choice.value().interfaceNumber, 0);
  ASSERT_TRUE(choice.value().in);
  EXPECT_EQ(choice.value().in->address, 0x81);
  EXPECT_EQ(choice.value().in->type, UsbTransferType::Interrupt);
  EXPECT_EQ(choice.value().in->maxPacketSize, 6);
  EXPECT_FALSE(choice.value().out);
}

TEST(UsbEndpoints, AHidScaleTakesItsOutputReportAsASetReportRequest) {
  auto choice = poscore::chooseUsbEndpoints(kHidScale);
  ASSERT_TRUE(choice) << choice.error();
  const std::vector<std::uint8_t> zero{0x02, 0x02};
  const auto setup = poscore::hidSetReportFor(choice.value(), zero);
  ASSERT_TRUE(setup);
  EXPECT_EQ(setup->requestType, 0x21);  // host to device, class, interface
  EXPECT_EQ(setup->request, 0x09);      // SET_REPORT
  EXPECT_EQ(setup->value, 0x0202);      // output report, id 2
  EXPECT_EQ(setup->index, 0);           // the interface
  EXPECT_FALSE(poscore::hidSetReportFor(choice.value(), {}));

  auto printer = poscore::chooseUsbEndpoints(kPrinter);
  ASSERT_TRUE(printer) << printer.error();
  EXPECT_FALSE(poscore::hidSetReportFor(printer.value(), zero));
}

TEST(UsbEndpoints, APrinterUsesItsBulkPair) {
  auto choice = poscore::chooseUsbEndpoints(kPrinter);
  ASSERT_TRUE(choice);
  ASSERT_TRUE(choice.value().out);
  ASSERT_TRUE(choice.value().in);
  EXPECT_EQ(choice.value().out->address, 0x01);
  EXPECT_EQ(choice.value().out->type, UsbTransferType::Bulk);
  EXPECT_EQ(choice.value().in->address, 0x82);
  EXPECT_EQ(choice.value().in->type, UsbTransferType::Bulk);
}

TEST(UsbEndpoints, ACdcDevicesDataInterfaceWinsOverItsNotifications) {
  const std::vector<UsbInterfaceDescriptor> cdc{{0, 0, 0x02, {{0x83, kInterrupt, 8}}},
                                                {1, 0, 0x0a, {{0x02, kBulk, 64}, {0x81, kBulk, 64}}}};
  auto choice = poscore::chooseUsbEndpoints(cdc);
  ASSERT_TRUE(choice);
  EXPECT_EQ(choice.value().interfaceNumber, 1);
  EXPECT_EQ(choice.value().in->address, 0x81);
  EXPECT_EQ(choice.value().out->address, 0x02);
}

TEST(UsbEndpoints, AlternateSettingsAndIsochronousEndpointsAreIgnored) {
  const std::vector<UsbInterfaceDescriptor> camera{{0, 0, 0x0e, {}}, {1, 1, 0x0e, {{0x81, kIsochronous, 1024}}}};
  auto choice = poscore::chooseUsbEndpoints(camera);
  ASSERT_FALSE(choice);
  EXPECT_THAT(choice.error(), HasSubstr("no interface has an interrupt or bulk endpoint"));
}

TEST(UsbNames, IdsCarryVendorProductAndPortPath) {
  const std::uint8_t ports[] = {4, 2};
  EXPECT_EQ(poscore::usbPortPath(1, ports), "1-4.2");
  EXPECT_EQ(poscore::usbDeviceId(0x0eb8, 0xf000, "1-4"), "usb:0eb8:f000@1-4");
}

TEST(UsbNames, ErrorsCarryLibusbsNameAndWhatToDo) {
  const auto text = poscore::usbErrorText(LIBUSB_ERROR_ACCESS);
  EXPECT_THAT(text, StartsWith("LIBUSB_ERROR_ACCESS ("));
  EXPECT_THAT(text, HasSubstr("udev"));
  EXPECT_THAT(poscore::usbErrorText(LIBUSB_ERROR_TIMEOUT), StartsWith("LIBUSB_ERROR_TIMEOUT"));
}

TEST(UsbBus, WithoutAUsbBusItListsNothingAndSaysSo) {
  if (machineHasUsb()) GTEST_SKIP() << "this machine has a USB bus";
  poscore::UsbBus bus;
  bus.watch([] {});
  EXPECT_TRUE(bus.enumerate().empty());
  EXPECT_THAT(bus.state(), StartsWith("no USB: "));
  bus.unwatch();
}

TEST(UsbBus, WatchingStartsAndStopsItsEventThreadCleanly) {
  poscore::UsbBus bus;
  for (int i = 0; i < 3; ++i) {
    bus.watch([] {});
    bus.unwatch();
  }
  bus.watch([] {});  // the destructor stops this one
}

TEST(UsbBus, TheDeviceManagerReportsTheUsbState) {
  poscore::QueueDispatcher dispatcher;
  poscore::DeviceManager manager(dispatcher, poscore::DeviceConfig{});
  manager.scan();
  if (!machineHasUsb()) {
    EXPECT_THAT(manager.usbState(), StartsWith("no USB: "));
    EXPECT_TRUE(manager.list().empty());
  }
  poscore::DeviceConfig off;
  off.usb = false;
  poscore::DeviceManager withoutUsb(dispatcher, off);
  EXPECT_EQ(withoutUsb.usbState(), "no USB: turned off in the settings (devices.usb is false)");
}

TEST(UsbTransport, OpeningAnAbsentDeviceNamesItAndLibusbsError) {
  poscore::UsbBus bus;
  possdk::DeviceInfo info;
  info.id = "usb:0eb8:f000@9-9";
  info.transport = possdk::TransportKind::Usb;
  info.path = "9-9";
  auto transport = bus.transportFor(info);
  auto opened = transport->open();
  ASSERT_FALSE(opened);
  EXPECT_THAT(opened.error(), StartsWith("usb:0eb8:f000@9-9: "));
  EXPECT_THAT(opened.error(), AnyOf(HasSubstr("LIBUSB_ERROR_NO_DEVICE"), HasSubstr("no USB on this machine")));
  EXPECT_FALSE(transport->isOpen());
}

}  // namespace
