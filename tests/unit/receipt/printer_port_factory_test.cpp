// The receipt printer from the settings: each kind of connection, and the refusals.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "poscore/printer/printer_port_factory.hpp"
#include "temp_dir.hpp"

namespace {

using poscore::printer::printerPortFrom;
using ::testing::HasSubstr;

class PortFromSettings : public ::testing::Test {
 protected:
  possdk::Result<std::unique_ptr<poscore::printer::PrinterPort>> portFor(const std::string& printerJson) {
    return printerPortFrom(poscore::Config::load(dir.write("pos.json", R"({"printer": )" + printerJson + "}")), nullptr);
  }
  postest::TempDir dir;
};

TEST_F(PortFromSettings, EachKindOfConnection) {
  auto tcp = portFor(R"({"connection": "tcp:192.168.1.50:9100"})");
  ASSERT_TRUE(tcp) << tcp.error();
  EXPECT_EQ(tcp.value()->describe(), "printer at tcp 192.168.1.50:9100");
  auto usb = portFor(R"({"connection": "usb:1-4.2"})");
  ASSERT_TRUE(usb) << usb.error();
  EXPECT_EQ(usb.value()->describe(), "printer at usb 1-4.2");
  auto file = portFor(R"({"connection": "file:out/receipts.bin"})");
  ASSERT_TRUE(file) << file.error();
  EXPECT_EQ(file.value()->describe(), "printer file " + (dir.path() / "out/receipts.bin").string());
}

TEST_F(PortFromSettings, MalformedConnectionsAreRefusedWithTheForms) {
  for (const char* bad : {R"("tcp:printer")", R"("tcp:host:99999")", R"("usb:")", R"("serial:/dev/ttyS0")", R"("file")"}) {
    auto port = portFor(std::string(R"({"connection": )") + bad + "}");
    ASSERT_FALSE(port) << bad;
    EXPECT_THAT(port.error(), HasSubstr("printer.connection"));
    EXPECT_THAT(port.error(), HasSubstr("tcp:HOST:PORT"));
  }
}

TEST_F(PortFromSettings, MissingConnectionAndBadTimeoutAreRefused) {
  auto missing = portFor("{}");
  ASSERT_FALSE(missing);
  EXPECT_THAT(missing.error(), HasSubstr("printer.connection is missing"));
  auto timeout = portFor(R"({"connection": "tcp:10.0.0.9:9100", "connect_timeout_ms": 5})");
  ASSERT_FALSE(timeout);
  EXPECT_THAT(timeout.error(), HasSubstr("printer.connect_timeout_ms"));
}

}  // namespace
