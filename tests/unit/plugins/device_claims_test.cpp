// Two plugins that both want one device: the first to start holds it, the second fails naming
// the holder, and the lane carries on.
#include <gtest/gtest.h>

#include "lane_fixture.hpp"

namespace {

TEST(PluginDeviceClaims, SecondClaimantFailsNamingTheHolder) {
  postest::LaneFixture lane;
  lane.addPlugin("claimer_a");
  lane.addPlugin("claimer_b");
  lane.addPlugin("good_base");
  lane.dir.write("shared.json", R"({"steps": [{"expect": "PING", "reply": "PONG"}]})");
  lane.writeConfig(R"({"devices": {"usb": false, "simulators": [{"id": "sim:test-shared", "script": "shared.json"}]}})");
  auto rt = lane.start();

  EXPECT_EQ(rt->plugins().find("claimer_a")->state, poscore::PluginState::Running) << rt->plugins().find("claimer_a")->error;
  const auto* b = rt->plugins().find("claimer_b");
  EXPECT_EQ(b->state, poscore::PluginState::Failed);
  EXPECT_NE(b->error.find("start: "), std::string::npos) << b->error;
  EXPECT_NE(b->error.find("already claimed by plugin 'claimer_a'"), std::string::npos) << b->error;
  EXPECT_EQ(rt->plugins().find("good_base")->state, poscore::PluginState::Running);

  bool listed = false;
  for (const auto& d : rt->devices().list()) {
    if (d.info.id == "sim:test-shared") {
      listed = true;
      EXPECT_EQ(d.claimant, "claimer_a");
    }
  }
  EXPECT_TRUE(listed);
}

}  // namespace
