// A USB printer: the printer-class interface is the one claimed, and no USB is a clear error.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "poscore/devices/usb_endpoints.hpp"
#include "poscore/printer/transport_printer_port.hpp"

namespace {

using poscore::UsbInterfaceDescriptor;
using ::testing::HasSubstr;

constexpr std::uint8_t kBulk = 0x02;

// A composite printer: a vendor interface with a bulk pair first, the printer-class interface
// (bulk OUT only, unidirectional) second.
const std::vector<UsbInterfaceDescriptor> kComposite{
    {0, 0, 0xFF, {{0x01, kBulk, 64}, {0x81, kBulk, 64}}},
    {1, 0, 0x07, {{0x02, kBulk, 64}}},
};

TEST(UsbPrinter, ThePrinterClassInterfaceIsChosenOverABusierVendorOne) {
  auto any = poscore::chooseUsbEndpoints(kComposite);
  ASSERT_TRUE(any);
  EXPECT_EQ(any.value().interfaceNumber, 0);  // without a class: the most directions win
  auto printer = poscore::chooseUsbEndpoints(kComposite, 0x07);
  ASSERT_TRUE(printer) << printer.error();
  EXPECT_EQ(printer.value().interfaceNumber, 1);
  ASSERT_TRUE(printer.value().out);
  EXPECT_EQ(printer.value().out->address, 0x02);
  EXPECT_FALSE(printer.value().in);
}

TEST(UsbPrinter, ADeviceWithoutAPrinterInterfaceIsRefused) {
  const std::vector<UsbInterfaceDescriptor> scale{{0, 0, 0x03, {{0x81, 0x03, 6}}}};
  auto choice = poscore::chooseUsbEndpoints(scale, 0x07);
  ASSERT_FALSE(choice);
  EXPECT_THAT(choice.error(), HasSubstr("no interface of class 7"));
}

TEST(UsbPrinter, WithoutUsbTheOpenFailsNamingThePort) {
  auto port = poscore::printer::makeUsbPrinterPort(nullptr, "1-4.2");
  EXPECT_EQ(port->describe(), "printer at usb 1-4.2");
  auto opened = port->open();
  ASSERT_FALSE(opened);
  EXPECT_THAT(opened.error(), HasSubstr("usb:printer@1-4.2"));
}

}  // namespace
