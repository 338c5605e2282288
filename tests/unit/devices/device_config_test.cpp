// The "devices" settings section: what it yields and how it refuses bad input.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <Poco/JSON/Parser.h>

#include "poscore/devices/device_manager.hpp"

namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

poscore::DeviceConfig parse(const std::string& json, const std::filesystem::path& base = "/lane") {
  auto object = Poco::JSON::Parser().parse(json).extract<Poco::JSON::Object::Ptr>();
  return poscore::parseDeviceConfig(*object, base);
}

std::string errorOf(const std::string& json) {
  try {
    parse(json);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(DeviceConfig, ReadsEveryKindOfDevice) {
  const auto config = parse(R"({
    "usb": false,
    "serial": [{"path": "/dev/ttyS0"},
               {"path": "/dev/ttyUSB0", "baud": 19200, "data_bits": 7, "parity": "even", "stop_bits": 2,
                "name": "Deli scale"}],
    "tcp": [{"host": "127.0.0.1", "port": 9100, "name": "Kitchen printer"}],
    "simulators": [{"id": "sim:hello-bell", "script": "sims/bell.json"},
                   {"id": "sim:abs", "script": "/opt/pos/abs.json", "name": "Absolute"}]
  })");
  EXPECT_FALSE(config.usb);
  ASSERT_EQ(config.serial.size(), 2u);
  EXPECT_EQ(config.serial[0].id, "serial:/dev/ttyS0");
  EXPECT_EQ(config.serial[0].params.at("baud"), "9600");
  EXPECT_EQ(config.serial[0].params.at("parity"), "none");
  EXPECT_EQ(config.serial[1].path, "/dev/ttyUSB0");
  EXPECT_EQ(config.serial[1].transport, possdk::TransportKind::Serial);
  EXPECT_EQ(config.serial[1].params.at("baud"), "19200");
  EXPECT_EQ(config.serial[1].params.at("data_bits"), "7");
  EXPECT_EQ(config.serial[1].params.at("parity"), "even");
  EXPECT_EQ(config.serial[1].params.at("stop_bits"), "2");
  EXPECT_EQ(config.serial[1].description, "Deli scale");
  ASSERT_EQ(config.tcp.size(), 1u);
  EXPECT_EQ(config.tcp[0].id, "tcp:127.0.0.1:9100");
  EXPECT_EQ(config.tcp[0].path, "127.0.0.1:9100");
  ASSERT_EQ(config.simulators.size(), 2u);
  EXPECT_EQ(config.simulators[0].id, "sim:hello-bell");
  EXPECT_EQ(config.simulators[0].path, "/lane/sims/bell.json");
  EXPECT_EQ(config.simulators[1].path, "/opt/pos/abs.json");
  EXPECT_EQ(config.simulators[1].description, "Absolute");
}

TEST(DeviceConfig, ProtocolParametersAreDataForTheDrivers) {
  const auto config = parse(R"({
    "serial": [{"path": "/dev/ttyS1", "protocol": "hello-bell", "params": {"unit": "g", "address": 3, "beep": true}}],
    "tcp": [{"host": "printer.local", "protocol": "escpos", "connect_timeout_ms": 500}]
  })");
  EXPECT_EQ(config.serial[0].params.at("protocol"), "hello-bell");
  EXPECT_EQ(config.serial[0].params.at("unit"), "g");
  EXPECT_EQ(config.serial[0].params.at("address"), "3");
  EXPECT_EQ(config.serial[0].params.at("beep"), "true");
  EXPECT_EQ(config.tcp[0].id, "tcp:printer.local:9100") << "port 9100 unless told";
  EXPECT_EQ(config.tcp[0].params.at("protocol"), "escpos");
  EXPECT_EQ(config.tcp[0].params.at("connect_timeout_ms"), "500");
  EXPECT_THAT(errorOf(R"({"serial": [{"path": "/dev/a", "params": {"baud": 9600}}]})"),
              StartsWith("devices.serial[0].params.baud: expected to be set once"));
  EXPECT_THAT(errorOf(R"({"serial": [{"path": "/dev/a", "params": {"unit": [1]}}]})"),
              StartsWith("devices.serial[0].params.unit: expected a number, a string or true/false"));
  EXPECT_THAT(errorOf(R"({"tcp": [{"host": "a", "params": 5}]})"),
              StartsWith("devices.tcp[0].params: expected an object"));
}

TEST(DeviceConfig, UsbIsOnUnlessTurnedOff) { EXPECT_TRUE(parse("{}").usb); }

TEST(DeviceConfig, BadSerialSettingsNameTheKey) {
  EXPECT_THAT(errorOf(R"({"serial": [{"path": "/dev/a"}, {"path": "/dev/b", "baud": 9601}]})"),
              StartsWith("devices.serial[1].baud: expected one of 1200..115200"));
  EXPECT_THAT(errorOf(R"({"serial": [{"path": "/dev/a", "data_bits": 6}]})"),
              StartsWith("devices.serial[0].data_bits: expected 7 or 8"));
  EXPECT_THAT(errorOf(R"({"serial": [{"path": "/dev/a", "parity": "mark"}]})"),
              StartsWith("devices.serial[0].parity: expected \"none\", \"even\" or \"odd\""));
  EXPECT_THAT(errorOf(R"({"serial": [{"path": "/dev/a", "stop_bits": 3}]})"),
              StartsWith("devices.serial[0].stop_bits: expected 1 or 2"));
  EXPECT_THAT(errorOf(R"({"serial": [{"baud": 9600}]})"), StartsWith("devices.serial[0].path: expected"));
  EXPECT_THAT(errorOf(R"({"serial": [{"path": "/dev/a", "bauds": 9600}]})"),
              StartsWith("devices.serial[0].bauds: unknown key; expected one of path, baud"));
  EXPECT_THAT(errorOf(R"({"serial": ["/dev/a"]})"), StartsWith("devices.serial[0]: expected an object"));
  EXPECT_THAT(errorOf(R"({"serial": {"path": "/dev/a"}})"), StartsWith("devices.serial: expected an array"));
}

TEST(DeviceConfig, BadTcpAndSimulatorSettingsNameTheKey) {
  EXPECT_THAT(errorOf(R"({"tcp": [{"host": "10.0.0.9", "port": 0}]})"),
              StartsWith("devices.tcp[0].port: expected a port number 1..65535"));
  EXPECT_THAT(errorOf(R"({"tcp": [{"port": 9100}]})"), StartsWith("devices.tcp[0].host: expected"));
  EXPECT_THAT(errorOf(R"({"simulators": [{"id": "bell", "script": "b.json"}]})"),
              StartsWith("devices.simulators[0].id: expected an id like \"sim:hello-bell\""));
  EXPECT_THAT(errorOf(R"({"simulators": [{"id": "sim:bell"}]})"), StartsWith("devices.simulators[0].script: expected"));
  EXPECT_THAT(errorOf(R"({"usb": "yes"})"), StartsWith("devices.usb: expected true or false"));
  EXPECT_THAT(errorOf(R"({"printers": []})"), StartsWith("devices.printers: unknown key"));
}

TEST(DeviceConfig, TheSameDeviceTwiceIsRefused) {
  EXPECT_THAT(errorOf(R"({"serial": [{"path": "/dev/a"}, {"path": "/dev/a"}]})"),
              HasSubstr("devices.serial[1]: device 'serial:/dev/a' is listed twice"));
}

}  // namespace
