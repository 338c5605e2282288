// The Toledo 8217 device through core's serial transport on a pseudo-terminal, 9600 7E1, with the
// simulator answering on the other side: readings, zero, a weight that never settles, and a
// simulator that dies and comes back.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <thread>

#include "driver/sim/toledo_pty.hpp"
#include "driver/toledo_device.hpp"
#include "driver/toledo_driver.hpp"
#include "poscore/devices/serial_transport.hpp"
#include "scripted_transport.hpp"
#include "temp_dir.hpp"

namespace weighing {
namespace {

using ::testing::Each;
using ::testing::HasSubstr;
using test::EventLog;

possdk::DeviceInfo portInfo(const std::filesystem::path& path, bool sevenBit = true) {
  possdk::DeviceInfo info;
  info.id = "serial:" + path.string();
  info.transport = possdk::TransportKind::Serial;
  info.path = path.string();
  info.params = {{"baud", "9600"}, {"data_bits", sevenBit ? "7" : "8"}, {"parity", sevenBit ? "even" : "none"},
                 {"stop_bits", "1"}, {"protocol", "mt8217"}, {"poll_ms", "30"}, {"reply_timeout_ms", "300"},
                 {"missed_replies", "2"}};
  return info;
}

class ToledoOverPty : public ::testing::Test {
 protected:
  void startScale(std::int64_t grams, bool sevenBit = true) {
    scale = std::make_unique<ToledoPty>(ToledoSimulator(grams));
    ASSERT_TRUE(scale->start(link));
    device = std::make_unique<ToledoDevice>(std::make_unique<poscore::SerialTransport>(portInfo(link, sevenBit)));
    ASSERT_TRUE(device->open(log.sink()));
    ASSERT_TRUE(device->enable());
  }
  void TearDown() override {
    if (device) device->close();
    if (scale) scale->stop();
  }
  ScaleReading lastReading() const { return *readingFrom(log.events().back()); }

  postest::TempDir dir;
  std::filesystem::path link = dir / "scale";
  std::unique_ptr<ToledoPty> scale;
  std::unique_ptr<ToledoDevice> device;
  EventLog log;
};

TEST_F(ToledoOverPty, StableWeight) {
  startScale(1250);
  ASSERT_TRUE(log.waitForName("weight.stable"));
  EXPECT_EQ(lastReading().milligrams, 1'250'000);
  EXPECT_EQ(lastReading().resolutionMg, 1000);
}

TEST_F(ToledoOverPty, WorksOnAnEightBitPortToo) {
  startScale(20, false);
  ASSERT_TRUE(log.waitForName("weight.stable"));
  EXPECT_EQ(lastReading().milligrams, 20'000);
}

TEST_F(ToledoOverPty, MotionOverAndUnderThenSettled) {
  startScale(300);
  ASSERT_TRUE(log.waitForName("weight.stable"));
  scale->update([](ToledoSimulator& s) { s.setMotion(true); });
  ASSERT_TRUE(log.waitForName("weight.unstable"));
  scale->update([](ToledoSimulator& s) { s.setOver(true); });
  ASSERT_TRUE(log.waitForName("weight.over"));
  scale->update([](ToledoSimulator& s) {
    s.setOver(false);
    s.setMotion(false);
    s.setUnder(true);
  });
  ASSERT_TRUE(log.waitForName("weight.under"));
  scale->update([](ToledoSimulator& s) {
    s.setUnder(false);
    s.setGrams(450);
  });
  ASSERT_TRUE(log.waitForName("weight.stable"));
  EXPECT_EQ(lastReading().milligrams, 450'000);
}

TEST_F(ToledoOverPty, ZeroCommand) {
  startScale(40);
  ASSERT_TRUE(log.waitForName("weight.stable"));
  ASSERT_TRUE(device->execute("zero", "{}"));
  ASSERT_TRUE(log.waitForName("weight.zero"));
  scale->update([](ToledoSimulator& s) { s.setMotion(true); });
  ASSERT_TRUE(log.waitForName("weight.unstable"));
  auto refused = device->execute("zero", "{}");
  EXPECT_THAT(refused.error(), HasSubstr("did not zero: the scale is in motion"));
  EXPECT_THAT(device->execute("weigh", "{}").error(), HasSubstr("unknown command 'weigh'"));
}

TEST_F(ToledoOverPty, TareCommandGivesNetWeights) {
  startScale(200);
  ASSERT_TRUE(log.waitForName("weight.stable"));
  ASSERT_TRUE(device->execute("tare", "{}"));
  ASSERT_TRUE(log.waitForName("weight.zero"));
  scale->update([](ToledoSimulator& s) { s.setGrams(700); });
  ASSERT_TRUE(log.waitForName("weight.stable"));
  EXPECT_EQ(lastReading().milligrams, 500'000);
}

TEST_F(ToledoOverPty, AWeightThatNeverSettlesStaysUnstable) {
  startScale(0);
  ASSERT_TRUE(log.waitForName("weight.zero"));
  scale->update([](ToledoSimulator& s) { s.setMotion(true); });
  ASSERT_TRUE(log.waitForName("weight.unstable"));
  // Many polls with the weight changing under motion: no stable reading may come out of it.
  for (int g = 1; g <= 20; ++g) {
    scale->update([g](ToledoSimulator& s) { s.setGrams(g * 37); });
    std::this_thread::sleep_for(std::chrono::milliseconds(30));
  }
  const auto before = log.events().size();
  scale->update([](ToledoSimulator& s) { s.setMotion(false); });
  ASSERT_TRUE(log.waitForName("weight.stable"));
  auto events = log.events();
  events.resize(before);
  std::vector<std::string> afterZero;
  for (std::size_t i = 1; i < events.size(); ++i) afterZero.push_back(events[i].name);
  EXPECT_THAT(afterZero, Each(std::string("weight.unstable")));
  EXPECT_EQ(lastReading().milligrams, 740'000);
}

TEST_F(ToledoOverPty, SimulatorKilledGoesOfflineAndRestartedResumes) {
  startScale(100);
  ASSERT_TRUE(log.waitForName("weight.stable"));
  scale->stop();
  ASSERT_TRUE(log.waitForName("offline"));
  EXPECT_THAT(lastReading().detail, HasSubstr("serial:" + link.string()));  // the port failed
  EXPECT_THAT(device->execute("zero", "{}").error(), HasSubstr("offline"));

  scale = std::make_unique<ToledoPty>(ToledoSimulator(250));
  ASSERT_TRUE(scale->start(link));  // the same path, a new pty behind it
  ASSERT_TRUE(log.waitForName("online"));
  ASSERT_TRUE(log.waitForName("weight.stable"));
  EXPECT_EQ(lastReading().milligrams, 250'000);
}

TEST_F(ToledoOverPty, DriverProbesWithoutClaiming) {
  scale = std::make_unique<ToledoPty>(ToledoSimulator(5));
  ASSERT_TRUE(scale->start(link));
  ToledoDriver driver;
  poscore::SerialTransport port(portInfo(link));
  ASSERT_TRUE(port.open());
  EXPECT_TRUE(driver.supported(port));
  port.close();

  // Silence, noise and a malformed reply are not a Toledo scale.
  test::ScriptedTransport mute(portInfo(dir / "mute"));
  ASSERT_TRUE(mute.open());
  EXPECT_FALSE(driver.supported(mute));
  mute.queueRead({'x', 'y', '\r'});
  EXPECT_FALSE(driver.supported(mute));
  mute.queueRead({0x02, '1', '2', '\r'});
  EXPECT_FALSE(driver.supported(mute));
}

TEST(ToledoDriver, MatchesSerialPortsForItOrWithoutAProtocol) {
  ToledoDriver driver;
  auto info = portInfo("/dev/ttyS9");
  EXPECT_TRUE(driver.matches(info));
  info.params.erase("protocol");
  EXPECT_TRUE(driver.matches(info));
  info.params["protocol"] = "hello-bell";
  EXPECT_FALSE(driver.matches(info));
  info.params.erase("protocol");
  info.transport = possdk::TransportKind::Usb;
  EXPECT_FALSE(driver.matches(info));
}

TEST(ToledoTiming, ParametersAreCheckedWithTheirRange) {
  auto t = toledoTimingOf({{"poll_ms", "100"}});
  ASSERT_TRUE(t);
  EXPECT_EQ(t->poll, std::chrono::milliseconds(100));
  EXPECT_EQ(t->replyTimeout, std::chrono::milliseconds(500));
  EXPECT_THAT(toledoTimingOf({{"poll_ms", "5"}}).error(), HasSubstr("poll_ms '5': expected a whole number 20..60000"));
  EXPECT_THAT(toledoTimingOf({{"reply_timeout_ms", "x"}}).error(), HasSubstr("reply_timeout_ms 'x'"));
}

}  // namespace
}  // namespace weighing
