// Claim arbitration, the lifecycle a claim runs, and what plugin manifests allow.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace {

using namespace devtest;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

class Claims : public ::testing::Test {
 protected:
  void SetUp() override {
    log = std::make_shared<CallLog>();
    manager = std::make_unique<poscore::DeviceManager>(dispatcher, simulatorConfig(dir, {"sim:bell", "sim:drawer"}));
    manager->registerDriver("bells", std::make_shared<FakeDriver>(DriverSpec{.name = "bell-driver"}, log));
    manager->scan();
    log->clear();
  }
  possdk::DeviceStatus status(const std::string& id) const {
    for (const auto& s : manager->list()) {
      if (s.info.id == id) return s;
    }
    return {};
  }
  static void ignore(const possdk::DeviceEvent&) {}

  TempDir dir;
  poscore::QueueDispatcher dispatcher;
  std::shared_ptr<CallLog> log;
  std::unique_ptr<poscore::DeviceManager> manager;
};

TEST_F(Claims, AClaimOpensAndEnablesAndShowsTheClaimant) {
  auto handle = manager->claim("points", "sim:bell", ignore);
  ASSERT_TRUE(handle) << handle.error();
  EXPECT_THAT(log->entries(), ElementsAre("bell-driver.create", "sim:bell.open", "sim:bell.enable"));
  EXPECT_EQ(status("sim:bell").claimant, "points");
  EXPECT_EQ(status("sim:bell").state, possdk::DeviceState::Idle);
  EXPECT_EQ(handle.value()->state(), possdk::DeviceState::Idle);
  EXPECT_EQ(handle.value()->info().id, "sim:bell");
}

TEST_F(Claims, ASecondClaimantIsRefusedAndToldWhoHoldsIt) {
  auto first = manager->claim("points", "sim:bell", ignore);
  ASSERT_TRUE(first);
  auto second = manager->claim("weighing", "sim:bell", ignore);
  ASSERT_FALSE(second);
  EXPECT_THAT(second.error(), HasSubstr("device 'sim:bell' is already claimed by plugin 'points'"));
  auto again = manager->claim("points", "sim:bell", ignore);
  EXPECT_FALSE(again) << "a claimant cannot hold one device twice either";
}

TEST_F(Claims, DestroyingTheHandleDisablesReleasesAndClosesSoAnotherMayClaim) {
  auto first = manager->claim("points", "sim:bell", ignore);
  ASSERT_TRUE(first);
  log->clear();
  first.value().reset();
  EXPECT_THAT(log->entries(), ElementsAre("sim:bell.disable", "sim:bell.close"));
  EXPECT_EQ(status("sim:bell").claimant, "");
  EXPECT_EQ(status("sim:bell").state, possdk::DeviceState::Closed);
  auto second = manager->claim("weighing", "sim:bell", ignore);
  ASSERT_TRUE(second) << second.error();
  EXPECT_EQ(status("sim:bell").claimant, "weighing");
}

TEST_F(Claims, AnUnknownIdSaysHowToListDevices) {
  auto claimed = manager->claim("points", "sim:nothing", ignore);
  ASSERT_FALSE(claimed);
  EXPECT_EQ(claimed.error(), "no device 'sim:nothing'; run `posctl devices` to list what is attached");
}

TEST_F(Claims, APluginMayClaimOnlyWhatItsManifestDeclares) {
  auto weighing = manager->facadeFor("weighing", {"usb:0eb8:f000", "sim:scale*"});
  auto refused = weighing->claim("sim:bell", ignore);
  ASSERT_FALSE(refused);
  EXPECT_THAT(refused.error(), HasSubstr("plugin 'weighing' may not claim device 'sim:bell'"));
  EXPECT_THAT(refused.error(), HasSubstr("\"devices\" in its plugin.json"));
  EXPECT_EQ(status("sim:bell").claimant, "");

  auto points = manager->facadeFor("points", {"sim:b*"});
  auto allowed = points->claim("sim:bell", ignore);
  ASSERT_TRUE(allowed) << allowed.error();
  EXPECT_EQ(status("sim:bell").claimant, "points");
}

TEST_F(Claims, APluginsDriversAreRegisteredUnderItsId) {
  auto facade = manager->facadeFor("drawers", {"sim:drawer"});
  facade->registerDriver(std::make_shared<FakeDriver>(
      DriverSpec{.name = "drawer-driver", .priority = 5, .idPrefix = "sim:drawer", .throws = Throws::InCreate}, log));
  manager->scan();
  auto claimed = facade->claim("sim:drawer", ignore);
  ASSERT_FALSE(claimed);
  EXPECT_THAT(claimed.error(), HasSubstr("driver 'drawer-driver' of plugin 'drawers'"));
  EXPECT_EQ(facade->list().size(), 2u);
}

TEST_F(Claims, HandlesAndPluginViewsOutliveTheManagerSafely) {
  auto facade = manager->facadeFor("points", {"sim:*"});
  auto handle = facade->claim("sim:bell", ignore);
  ASSERT_TRUE(handle);
  manager.reset();
  EXPECT_FALSE(facade->claim("sim:drawer", ignore));
  handle.value().reset();
  EXPECT_TRUE(log->contains("sim:bell.close"));
}

}  // namespace
