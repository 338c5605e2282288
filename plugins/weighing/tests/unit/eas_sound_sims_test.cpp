// The plugin's simulator scripts (sim/*.json) played by core's SimTransport drive the real drivers,
// so the demo runs the deactivator, the gate and the sound device with no hardware.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "driver/drivers.hpp"
#include "fake_device_io.hpp"
#include "poscore/devices/sim_transport.hpp"
#include "temp_dir.hpp"

namespace {

using weightest::EventLog;

possdk::DeviceInfo sim(const std::string& id, const std::string& script, std::map<std::string, std::string> params) {
  possdk::DeviceInfo info;
  info.id = id;
  info.transport = possdk::TransportKind::Simulator;
  info.path = std::string(POS_SOURCE_DIR) + "/plugins/weighing/sim/" + script;
  info.params = std::move(params);
  return info;
}

// The driver weighingDrivers() would pick for `info`, as the host chooses: matching, then probed.
std::shared_ptr<possdk::DeviceDriver> driverFor(const possdk::DeviceInfo& info) {
  for (const auto& driver : weighing::weighingDrivers()) {
    if (!driver->matches(info)) continue;
    poscore::SimTransport probe(info);
    if (!probe.open()) return nullptr;
    const bool yes = driver->supported(probe);
    probe.close();
    if (yes) return driver;
  }
  return nullptr;
}

TEST(EasSims, TheRelaySimulatorTakesEveryFrameTheDeactivatorWrites) {
  const auto info = sim("sim:eas-relay", "eas-relay.json", {{"protocol", "lcus-relay"}});
  auto driver = driverFor(info);
  ASSERT_NE(driver, nullptr);
  EXPECT_EQ(driver->name(), "eas-lcus-relay");
  auto transport = std::make_unique<poscore::SimTransport>(info);
  auto* wire = transport.get();
  auto device = driver->create(std::move(transport));
  EventLog log;
  ASSERT_TRUE(device->open(log.sink()));
  ASSERT_TRUE(device->execute("deactivate", R"({"ms":50})"));
  ASSERT_TRUE(log.waitFor(1));
  EXPECT_EQ(log.events()[0].name, "eas.deactivated");
  EXPECT_TRUE(wire->unmatched().empty());
  device->close();
}

TEST(EasSims, TheRelaySimulatorWithoutTheProtocolSettingHasNoDriver) {
  EXPECT_EQ(driverFor(sim("sim:eas-relay", "eas-relay.json", {})), nullptr);
}

TEST(EasSims, TheGateSimulatorAnswersTheProbeAndSilence) {
  const auto info = sim("sim:eas-gate", "eas-gate.json", {});
  auto driver = driverFor(info);
  ASSERT_NE(driver, nullptr);
  EXPECT_EQ(driver->name(), "eas-gate");
  auto device = driver->create(std::make_unique<poscore::SimTransport>(info));
  EventLog log;
  ASSERT_TRUE(device->open(log.sink()));
  ASSERT_TRUE(device->enable());
  ASSERT_TRUE(device->execute("silence", "{}"));
  ASSERT_TRUE(log.waitFor(1));
  EXPECT_EQ(log.events()[0].name, "eas.quiet");
  device->close();
}

TEST(EasSims, TheSoundSimulatorWritesPromptsToItsFolder) {
  postest::TempDir dir;
  const auto info = sim("sim:sound", "sound.json", {{"dir", dir.path().string()}});
  auto driver = driverFor(info);
  ASSERT_NE(driver, nullptr);
  EXPECT_EQ(driver->name(), "espeak-sound");
  auto device = driver->create(std::make_unique<poscore::SimTransport>(info));
  EventLog log;
  ASSERT_TRUE(device->open(log.sink()));
  ASSERT_TRUE(device->execute("say", R"({"text":"谢谢","lang":"zh"})"));
  ASSERT_TRUE(log.waitFor(1));
  EXPECT_EQ(log.events()[0].name, "sound.played");
  EXPECT_TRUE(std::filesystem::exists(dir / "1-zh.wav"));
  device->close();
}

}  // namespace
