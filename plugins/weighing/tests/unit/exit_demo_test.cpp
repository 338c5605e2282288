// The demo exit lane's settings (app/pos/demo/exit-lane.json) load, read as a valid exit lane, and
// name only devices the same file configures.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>

#include "poscore/devices/device_manager.hpp"
#include "poscore/services/config.hpp"
#include "src/exit/weighing_settings.hpp"

namespace {

using ::testing::Contains;

// The plugin's view of the lane's settings file: keys below plugins.weighing.
class PluginSettings final : public possdk::Settings {
 public:
  explicit PluginSettings(const poscore::Config& config) : config_(config) {}
  std::optional<std::string> get(const std::string& key) const override {
    return config_.get("plugins.weighing." + key);
  }
  possdk::Status set(const std::string&, const std::string&) override { return possdk::Status::fail("read only"); }

 private:
  const poscore::Config& config_;
};

TEST(ExitDemo, IsAnExitLaneWithEveryDeviceItNames) {
  const auto config = poscore::Config::load(POS_SOURCE_DIR "/app/pos/demo/exit-lane.json");
  EXPECT_EQ(config.get("shell.mode"), "self-checkout");
  auto settings = weighing::readWeighingSettings(PluginSettings(config));
  ASSERT_TRUE(settings) << settings.error();
  EXPECT_EQ(settings->role, "exit");

  const auto devices = poscore::parseDeviceConfig(*config.section("devices"), config.baseDir());
  std::set<std::string> ids;
  for (const auto* list : {&devices.serial, &devices.simulators}) {
    for (const auto& d : *list) ids.insert(d.id);
  }
  for (const auto& id : {settings->scale, settings->easDeactivator, settings->easGate, settings->sound}) {
    EXPECT_THAT(ids, Contains(id));
  }
}

}  // namespace
