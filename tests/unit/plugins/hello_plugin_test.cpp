// The SDK template end to end, headless: the host loads it, it claims its simulated bell through
// the SDK, counts presses into its own table, shows its screen and rings the bell.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "lane_fixture.hpp"

namespace {

const possdk::Element* element(const possdk::Screen& s, const std::string& id) {
  for (const auto& e : s.elements) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

class HelloPlugin : public ::testing::Test {
 protected:
  void SetUp() override {
    lane.addPlugin("hello", POS_PLUGIN_DIR);
    lane.dir.write("bell.json", R"({"repeat": true, "steps": [
      {"expect": "PING\r\n", "reply": "PONG\r\n"},
      {"expect": "RING\r\n", "reply": "ACK\r\n"},
      {"after_ms": 50, "send": "PRESS\r\n"}]})");
    lane.writeConfig(R"({"plugins": {"hello": {"greeting": "Welcome to lane 7"}},
      "devices": {"usb": false, "simulators": [{"id": "sim:hello-bell", "script": "bell.json"}]}})");
  }

  // Drains the dispatcher until `done` holds; device events arrive from the simulator's thread.
  template <typename Pred>
  bool waitFor(Pred done) {
    for (int i = 0; i < 500 && !done(); ++i) {
      lane.dispatcher.drain();
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return done();
  }

  const possdk::Screen& lastScreen() const { return lane.ui.shown.back().screen; }

  postest::LaneFixture lane;
};

TEST_F(HelloPlugin, ClaimsItsBellCountsPressesAndRingsIt) {
  auto rt = lane.start();
  const auto* r = rt->plugins().find("hello");
  ASSERT_EQ(r->state, poscore::PluginState::Running) << r->error;
  ASSERT_EQ(lane.ui.actions.size(), 1u);
  EXPECT_EQ(lane.ui.labels[0], "Hello");

  ASSERT_TRUE(rt->ui().trigger("hello", "hello"));
  ASSERT_FALSE(lane.ui.shown.empty());
  EXPECT_EQ(element(lastScreen(), "greeting")->text, "Welcome to lane 7");
  EXPECT_TRUE(element(lastScreen(), "ring")->enabled);

  ASSERT_TRUE(waitFor([&] { return element(lastScreen(), "presses")->text.find(": 2") != std::string::npos; }))
      << element(lastScreen(), "presses")->text;
  auto rows = rt->laneDb().query("SELECT COUNT(*) FROM hello_presses");
  ASSERT_TRUE(rows);
  EXPECT_GE(std::get<std::int64_t>(rows.value()[0][0]), 2);

  possdk::UiEvent ring;
  ring.screen = "hello";
  ring.element = "ring";
  ASSERT_TRUE(rt->ui().dispatch("hello", ring));
  EXPECT_TRUE(waitFor([&] { return element(lastScreen(), "bell")->text.find("rang") != std::string::npos; }));
  auto audit = rt->laneDb().query("SELECT actor, action FROM audit WHERE action = 'hello.ring'");
  ASSERT_TRUE(audit);
  ASSERT_EQ(audit.value().size(), 1u);
  EXPECT_EQ(std::get<std::string>(audit.value()[0][0]), "hello");
}

TEST_F(HelloPlugin, FollowsTheScannerAndTheLanguage) {
  auto rt = lane.start();
  ASSERT_TRUE(rt->ui().trigger("hello", "hello"));
  rt->bus().publish("host", "scanner.barcode", R"({"code":"4006381333931"})");
  lane.dispatcher.drain();
  EXPECT_EQ(element(lastScreen(), "scan")->text, "Last scan: 4006381333931");

  ASSERT_TRUE(rt->catalogs().setLanguage("zh_CN"));
  EXPECT_EQ(lastScreen().title, "来自插件的问候");
  EXPECT_EQ(element(lastScreen(), "ring")->text, "按响门铃");
  EXPECT_EQ(lane.ui.labels.back(), "你好") << "the action follows the language too";
  EXPECT_EQ(element(lastScreen(), "bell")->text, "门铃 sim:hello-bell: 就绪");
}

TEST_F(HelloPlugin, RunsWithoutItsBellAndSaysSo) {
  lane.writeConfig(R"({"devices": {"usb": false}})");
  auto rt = lane.start();
  ASSERT_EQ(rt->plugins().find("hello")->state, poscore::PluginState::Running);
  ASSERT_TRUE(rt->ui().trigger("hello", "hello"));
  EXPECT_EQ(element(lastScreen(), "bell")->text, "No bell attached");
  EXPECT_FALSE(element(lastScreen(), "ring")->enabled);
}

}  // namespace
