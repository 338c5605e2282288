// The EAS deactivator on an LCUS relay board: the exact frames, the pulse bounds, the parameters
// as data, and an honest probe that never writes.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "driver/eas_deactivator_device.hpp"
#include "driver/eas_deactivator_driver.hpp"
#include "driver/lcus_relay_protocol.hpp"
#include "fake_device_io.hpp"

namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using Bytes = std::vector<std::uint8_t>;
using weightest::EventLog;
using weightest::FakeTransport;

possdk::DeviceInfo relayInfo(std::map<std::string, std::string> params = {{"protocol", "lcus-relay"}}) {
  possdk::DeviceInfo info;
  info.id = "serial:/dev/ttyUSB3";
  info.transport = possdk::TransportKind::Serial;
  info.params = std::move(params);
  return info;
}

class Deactivator : public ::testing::Test {
 protected:
  void make(possdk::DeviceInfo info) {
    auto transport = std::make_unique<FakeTransport>(std::move(info));
    wire = transport.get();
    device = std::make_unique<weighing::EasDeactivatorDevice>(
        std::move(transport), [this](std::chrono::milliseconds ms) { held.push_back(ms.count()); });
  }
  void SetUp() override { make(relayInfo()); }

  FakeTransport* wire = nullptr;
  std::vector<long> held;  // pulse lengths, written by the device's worker before it emits
  EventLog log;
  std::unique_ptr<weighing::EasDeactivatorDevice> device;
};

TEST(LcusFrame, ChecksumIsTheSumOfTheFirstThreeBytes) {
  EXPECT_EQ(weighing::lcus::frame(1, true), (weighing::lcus::Frame{0xA0, 0x01, 0x01, 0xA2}));
  EXPECT_EQ(weighing::lcus::frame(1, false), (weighing::lcus::Frame{0xA0, 0x01, 0x00, 0xA1}));
  EXPECT_EQ(weighing::lcus::frame(8, true), (weighing::lcus::Frame{0xA0, 0x08, 0x01, 0xA9}));
}

TEST_F(Deactivator, OpeningSwitchesTheRelayOff) {
  ASSERT_TRUE(device->open(log.sink()));
  EXPECT_THAT(wire->writes(), ElementsAre(Bytes{0xA0, 0x01, 0x00, 0xA1}));
}

TEST_F(Deactivator, DeactivateClosesTheRelayForThePulseThenOpensItAndReports) {
  ASSERT_TRUE(device->open(log.sink()));
  ASSERT_TRUE(device->execute("deactivate", R"({"ms":500})"));
  ASSERT_TRUE(log.waitFor(1));
  EXPECT_THAT(wire->writes(), ElementsAre(Bytes{0xA0, 0x01, 0x00, 0xA1}, Bytes{0xA0, 0x01, 0x01, 0xA2},
                                          Bytes{0xA0, 0x01, 0x00, 0xA1}));
  EXPECT_THAT(held, ElementsAre(500));
  const auto e = log.events().at(0);
  EXPECT_EQ(e.name, "eas.deactivated");
  EXPECT_EQ(e.kind, possdk::DeviceEventKind::StatusUpdate);
  EXPECT_EQ(e.payload, R"({"ms":500})");
  EXPECT_EQ(e.deviceId, "serial:/dev/ttyUSB3");
}

TEST_F(Deactivator, ChannelAndDefaultPulseComeFromTheParams) {
  make(relayInfo({{"protocol", "lcus-relay"}, {"channel", "2"}, {"pulse_ms", "800"}}));
  ASSERT_TRUE(device->open(log.sink()));
  ASSERT_TRUE(device->execute("deactivate", ""));
  ASSERT_TRUE(log.waitFor(1));
  EXPECT_THAT(wire->writes(), ElementsAre(Bytes{0xA0, 0x02, 0x00, 0xA2}, Bytes{0xA0, 0x02, 0x01, 0xA3},
                                          Bytes{0xA0, 0x02, 0x00, 0xA2}));
  EXPECT_THAT(held, ElementsAre(800));
}

TEST_F(Deactivator, PulsesOutsideTheBoundsAreRefusedAndNothingIsWritten) {
  make(relayInfo({{"protocol", "lcus-relay"}, {"max_pulse_ms", "1000"}}));
  ASSERT_TRUE(device->open(log.sink()));
  const auto tooLong = device->execute("deactivate", R"({"ms":1001})");
  EXPECT_THAT(tooLong.error(), HasSubstr("\"ms\" is 1001, expected 50..1000"));
  EXPECT_THAT(device->execute("deactivate", R"({"ms":49})").error(), HasSubstr("expected 50..1000"));
  EXPECT_THAT(device->execute("deactivate", R"({"ms":"500"})").error(), HasSubstr("whole number of milliseconds"));
  EXPECT_THAT(device->execute("deactivate", R"({"ms":2.5})").error(), HasSubstr("whole number of milliseconds"));
  EXPECT_THAT(device->execute("deactivate", "[500]").error(), HasSubstr("must be a JSON object"));
  EXPECT_THAT(device->execute("deactivate", "{ms:").error(), HasSubstr("not valid JSON"));
  EXPECT_THAT(device->execute("beep", "{}").error(), HasSubstr("unknown command 'beep'; it knows: deactivate"));
  EXPECT_EQ(wire->writes().size(), 1u);  // only the "off" frame of the open
  EXPECT_EQ(log.size(), 0u);
}

TEST_F(Deactivator, BadParamsFailTheOpenNamingTheParam) {
  make(relayInfo({{"protocol", "lcus-relay"}, {"channel", "9"}}));
  EXPECT_THAT(device->open(log.sink()).error(), HasSubstr("params.channel is '9', expected a whole number 1..8"));
  make(relayInfo({{"protocol", "lcus-relay"}, {"pulse_ms", "5000"}}));
  EXPECT_THAT(device->open(log.sink()).error(), HasSubstr("params.pulse_ms is '5000', expected a whole number 50..3000"));
  make(relayInfo({{"protocol", "lcus-relay"}, {"max_pulse_ms", "lots"}}));
  EXPECT_THAT(device->open(log.sink()).error(), HasSubstr("params.max_pulse_ms is 'lots'"));
  EXPECT_TRUE(wire->writes().empty());
}

TEST_F(Deactivator, AFailedWriteIsReportedAsAnError) {
  ASSERT_TRUE(device->open(log.sink()));
  wire->failWrites("write failed: I/O error");
  ASSERT_TRUE(device->execute("deactivate", R"({"ms":500})"));
  ASSERT_TRUE(log.waitFor(1));
  const auto e = log.events().at(0);
  EXPECT_EQ(e.kind, possdk::DeviceEventKind::Error);
  EXPECT_EQ(e.name, "eas.relay_failed");
  EXPECT_THAT(e.payload, HasSubstr("I/O error"));
}

TEST(DeactivatorWithoutInjectedHold, ClosingDuringAPulseStillOpensTheRelay) {
  auto transport = std::make_unique<FakeTransport>(relayInfo({{"protocol", "lcus-relay"}, {"max_pulse_ms", "10000"}}));
  auto* wire = transport.get();
  weighing::EasDeactivatorDevice device(std::move(transport));
  EventLog log;
  ASSERT_TRUE(device.open(log.sink()));
  ASSERT_TRUE(device.execute("deactivate", R"({"ms":10000})"));
  ASSERT_TRUE(weightest::waitUntil([&] { return wire->writes().size() == 2; }));
  device.close();
  EXPECT_THAT(wire->writes(), ElementsAre(Bytes{0xA0, 0x01, 0x00, 0xA1}, Bytes{0xA0, 0x01, 0x01, 0xA2},
                                          Bytes{0xA0, 0x01, 0x00, 0xA1}));
  EXPECT_EQ(log.size(), 0u);  // cut short: not reported as a deactivation
}

TEST(DeactivatorDriver, MatchesOnlyWhenTheSettingsSayLcusRelayAndProbesWithoutWriting) {
  weighing::EasDeactivatorDriver driver;
  EXPECT_TRUE(driver.matches(relayInfo()));
  EXPECT_FALSE(driver.matches(relayInfo({})));
  EXPECT_FALSE(driver.matches(relayInfo({{"protocol", "mt8217"}})));
  auto sim = relayInfo();
  sim.id = "sim:eas-relay";
  sim.transport = possdk::TransportKind::Simulator;
  EXPECT_TRUE(driver.matches(sim));
  auto usb = relayInfo();
  usb.transport = possdk::TransportKind::Usb;
  EXPECT_FALSE(driver.matches(usb));

  FakeTransport probed(relayInfo());
  EXPECT_TRUE(driver.supported(probed));
  FakeTransport other(relayInfo({}));
  EXPECT_FALSE(driver.supported(other));
  EXPECT_TRUE(probed.writes().empty());
  EXPECT_TRUE(other.writes().empty());
}

}  // namespace
