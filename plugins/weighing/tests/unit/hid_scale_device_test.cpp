// The HID scale device over a scripted transport: the stale first report, one event per change,
// the zero report, and an unplug that goes offline until the host reopens the device.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "driver/hid_scale_device.hpp"
#include "driver/hid_scale_driver.hpp"
#include "scripted_transport.hpp"

namespace weighing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using test::EventLog;
using test::ScriptedTransport;

possdk::DeviceInfo dymo(std::map<std::string, std::string> params = {}) {
  possdk::DeviceInfo info;
  info.id = "usb:0922:8003@1-4";
  info.transport = possdk::TransportKind::Usb;
  info.vendorId = 0x0922;
  info.productId = 0x8003;
  info.params = std::move(params);
  return info;
}

struct Rig {
  explicit Rig(possdk::DeviceInfo info = dymo()) {
    auto t = std::make_unique<ScriptedTransport>(std::move(info));
    transport = t.get();
    device = std::make_unique<HidScaleDevice>(std::move(t));
  }
  void start() {
    ASSERT_TRUE(device->open(log.sink()));
    ASSERT_TRUE(device->enable());
  }
  ScriptedTransport* transport;
  std::unique_ptr<HidScaleDevice> device;
  EventLog log;
};

std::int64_t mgOf(const possdk::DeviceEvent& e) { return readingFrom(e)->milligrams; }

TEST(HidScaleDevice, DropsTheStaleFirstReportAfterOpen) {
  Rig rig;
  rig.start();
  rig.transport->queueRead({3, 4, 2, 0, 9, 0});  // what the scale held before anyone listened
  rig.transport->queueRead({3, 4, 2, 0, 2, 0});
  ASSERT_TRUE(rig.log.waitFor(1));
  rig.device->close();
  const auto events = rig.log.events();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].name, "weight.stable");
  EXPECT_EQ(mgOf(events[0]), 2000);
}

TEST(HidScaleDevice, EmitsOncePerChangeOfReading) {
  Rig rig;
  rig.start();
  rig.transport->queueRead({3, 2, 2, 0, 0, 0});  // stale
  rig.transport->queueRead({3, 3, 2, 0, 100, 0});
  rig.transport->queueRead({3, 3, 2, 0, 100, 0});
  rig.transport->queueRead({3, 4, 2, 0, 120, 0});
  rig.transport->queueRead({3, 4, 2, 0, 120, 0});
  rig.transport->queueRead({3, 2, 2, 0, 0, 0});
  ASSERT_TRUE(rig.log.waitFor(3));
  rig.device->close();
  EXPECT_THAT(rig.log.names(), ElementsAre("weight.unstable", "weight.stable", "weight.zero"));
  EXPECT_EQ(mgOf(rig.log.events()[1]), 120'000);
}

TEST(HidScaleDevice, EnablingDeliversTheReadingOfTheMoment) {
  Rig rig;
  ASSERT_TRUE(rig.device->open(rig.log.sink()));
  rig.transport->queueRead({3, 2, 2, 0, 0, 0});  // stale
  rig.transport->queueRead({3, 4, 2, 0, 2, 0});  // while disabled: no event
  ASSERT_TRUE(rig.transport->waitUntilRead());
  ASSERT_TRUE(rig.device->enable());
  rig.transport->queueRead({3, 4, 2, 0, 2, 0});  // the same reading, now told
  ASSERT_TRUE(rig.log.waitFor(1));
  rig.device->close();
  EXPECT_THAT(rig.log.names(), ElementsAre("weight.stable"));
}

TEST(HidScaleDevice, AGarbledWeightReportIsAFaultWithTheReason) {
  Rig rig;
  rig.start();
  rig.transport->queueRead({3, 2, 2, 0, 0, 0});  // stale
  rig.transport->queueRead({3, 9, 2, 0, 0, 0});
  ASSERT_TRUE(rig.log.waitFor(1));
  rig.device->close();
  const auto events = rig.log.events();
  EXPECT_EQ(events[0].name, "scale.fault");
  EXPECT_THAT(readingFrom(events[0])->detail, HasSubstr("byte 1 (status) is 9"));
}

TEST(HidScaleDevice, ZeroSendsTheScaleControlReport) {
  Rig rig;
  rig.start();
  ASSERT_TRUE(rig.device->execute("zero", "{}"));
  rig.device->close();
  EXPECT_THAT(rig.transport->written(), ElementsAre(std::vector<std::uint8_t>{0x02, 0x02}));
}

TEST(HidScaleDevice, ZeroReportIsAParameter) {
  Rig rig(dymo({{"zero_report", "04 01"}}));
  rig.start();
  ASSERT_TRUE(rig.device->execute("zero", "{}"));
  EXPECT_THAT(rig.transport->written(), ElementsAre(std::vector<std::uint8_t>{0x04, 0x01}));
  rig.device->close();

  Rig bad(dymo({{"zero_report", "zz"}}));
  bad.start();
  auto s = bad.device->execute("zero", "{}");
  EXPECT_THAT(s.error(), HasSubstr("parameter zero_report"));
}

TEST(HidScaleDevice, TareAndUnknownCommandsAreRefused) {
  Rig rig;
  rig.start();
  EXPECT_THAT(rig.device->execute("tare", "{}").error(), HasSubstr("no tare control"));
  EXPECT_THAT(rig.device->execute("ring", "{}").error(), HasSubstr("unknown command 'ring'"));
  EXPECT_TRUE(rig.transport->written().empty());
}

TEST(HidScaleDevice, UnplugGoesOfflineAndReopeningResumes) {
  Rig rig;
  rig.start();
  rig.transport->queueRead({3, 4, 2, 0, 7, 0});  // stale
  rig.transport->queueRead({3, 4, 2, 0, 5, 0});
  rig.transport->queueFailure("usb:0922:8003@1-4: read failed: LIBUSB_ERROR_NO_DEVICE");
  ASSERT_TRUE(rig.log.waitForName("offline"));
  EXPECT_THAT(readingFrom(rig.log.events().back())->detail, HasSubstr("NO_DEVICE"));

  // The host closes the device and opens it again when it is back on the same port.
  rig.device->disable();
  rig.device->close();
  ASSERT_TRUE(rig.device->open(rig.log.sink()));
  ASSERT_TRUE(rig.device->enable());
  rig.transport->queueRead({3, 4, 2, 0, 5, 0});  // stale again after the reopen
  rig.transport->queueRead({3, 4, 2, 0, 6, 0});
  ASSERT_TRUE(rig.log.waitFor(3));
  rig.device->close();
  EXPECT_THAT(rig.log.names(), ElementsAre("weight.stable", "offline", "weight.stable"));
  EXPECT_EQ(mgOf(rig.log.events()[2]), 6000);
  EXPECT_EQ(rig.transport->opens(), 2);
}

TEST(HidScaleDriver, MatchesKnownScalesAndTheProtocolParameter) {
  HidScaleDriver driver;
  EXPECT_TRUE(driver.matches(dymo()));
  auto stamps = dymo();
  stamps.vendorId = 0x1446;
  stamps.productId = 0x6a73;
  EXPECT_TRUE(driver.matches(stamps));
  for (const auto& model : knownHidScales()) {
    auto known = dymo();
    known.vendorId = model.vendorId;
    known.productId = model.productId;
    EXPECT_TRUE(driver.matches(known)) << model.name;
  }
  auto other = dymo();
  other.productId = 0x1234;
  EXPECT_FALSE(driver.matches(other));
  other.params["protocol"] = "hid-scale";
  EXPECT_TRUE(driver.matches(other));
  auto serial = dymo();
  serial.transport = possdk::TransportKind::Serial;
  EXPECT_FALSE(driver.matches(serial));
}

TEST(HidScaleDriver, ProbeRefusesAnInterfaceThatSendsSomethingElse) {
  HidScaleDriver driver;
  ScriptedTransport silent(dymo());
  EXPECT_TRUE(driver.supported(silent));
  ScriptedTransport scale(dymo());
  scale.queueRead({3, 2, 11, 255, 0, 0});
  EXPECT_TRUE(driver.supported(scale));
  ScriptedTransport keyboard(dymo());
  keyboard.queueRead({0, 0, 4, 0, 0, 0, 0, 0});
  EXPECT_FALSE(driver.supported(keyboard));
}

}  // namespace
}  // namespace weighing
