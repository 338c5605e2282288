// Which driver a device gets: matches(), priority, registration order, the supported() probe,
// and drivers that throw.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace {

using namespace devtest;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

class DriverSelection : public ::testing::Test {
 protected:
  void SetUp() override {
    log = std::make_shared<CallLog>();
    manager = std::make_unique<poscore::DeviceManager>(dispatcher, simulatorConfig(dir, {"sim:bell"}));
  }
  void add(const std::string& owner, DriverSpec spec) {
    manager->registerDriver(owner, std::make_shared<FakeDriver>(std::move(spec), log));
  }
  possdk::DeviceStatus bell() const { return manager->list().at(0); }
  std::vector<std::string> probes() const {
    std::vector<std::string> result;
    for (const auto& e : log->entries()) {
      if (e.find(".supported") != std::string::npos) result.push_back(e);
    }
    return result;
  }

  TempDir dir;
  poscore::QueueDispatcher dispatcher;
  std::shared_ptr<CallLog> log;
  std::unique_ptr<poscore::DeviceManager> manager;
};

TEST_F(DriverSelection, ProbesHighestPriorityFirstAndTakesTheFirstThatSaysYes) {
  add("p", {.name = "low", .priority = 1, .supported = true});
  add("p", {.name = "high-no", .priority = 9, .supported = false});
  add("p", {.name = "mid", .priority = 5, .supported = true});
  add("p", {.name = "other-bus", .priority = 99, .idPrefix = "usb:"});
  manager->scan();
  EXPECT_EQ(bell().driver, "mid");
  // The transport is open while probed; the lower-priority driver is never asked.
  EXPECT_THAT(probes(), ElementsAre("high-no.supported(open)", "mid.supported(open)"));
}

TEST_F(DriverSelection, EqualPrioritiesGoInRegistrationOrder) {
  add("p", {.name = "first", .priority = 3});
  add("q", {.name = "second", .priority = 3});
  manager->scan();
  EXPECT_EQ(bell().driver, "first");
  EXPECT_THAT(probes(), ElementsAre("first.supported(open)"));
}

TEST_F(DriverSelection, NoDriverWhenNoneSaysYes) {
  add("p", {.name = "shy", .supported = false});
  manager->scan();
  EXPECT_EQ(bell().driver, "");
  auto claimed = manager->claim("p", "sim:bell", [](const possdk::DeviceEvent&) {});
  ASSERT_FALSE(claimed);
  EXPECT_THAT(claimed.error(), HasSubstr("device 'sim:bell' has no driver"));
}

TEST_F(DriverSelection, ADriverThrowingInSupportedIsReportedAndSkipped) {
  add("weighing", {.name = "bomb", .priority = 10, .throws = Throws::InSupported});
  add("points", {.name = "steady", .priority = 1});
  manager->scan();
  EXPECT_EQ(bell().driver, "steady");
  EXPECT_THAT(bell().error, HasSubstr("driver 'bomb' of plugin 'weighing' in supported() threw: probe exploded"));
}

TEST_F(DriverSelection, ADriverThrowingInMatchesIsReportedAndSkipped) {
  add("weighing", {.name = "bomb", .priority = 10, .throws = Throws::InMatches});
  add("points", {.name = "steady", .priority = 1});
  manager->scan();
  EXPECT_EQ(bell().driver, "steady");
  EXPECT_THAT(bell().error, HasSubstr("driver 'bomb' of plugin 'weighing' in matches() threw: matches exploded"));
}

TEST_F(DriverSelection, ADriverThrowingInCreateFailsTheClaimAndSaysWhich) {
  add("weighing", {.name = "bomb", .throws = Throws::InCreate});
  manager->scan();
  auto claimed = manager->claim("weighing", "sim:bell", [](const possdk::DeviceEvent&) {});
  ASSERT_FALSE(claimed);
  EXPECT_THAT(claimed.error(), HasSubstr("driver 'bomb' of plugin 'weighing' in create() for 'sim:bell' threw"));
  EXPECT_THAT(bell().error, HasSubstr("create exploded"));
  EXPECT_EQ(bell().claimant, "");
  EXPECT_EQ(bell().state, possdk::DeviceState::Closed);
}

TEST_F(DriverSelection, ScanningAgainProbesOnlyWhenThereAreNewDrivers) {
  add("p", {.name = "shy", .supported = false});
  manager->scan();
  manager->scan();
  EXPECT_THAT(probes(), ElementsAre("shy.supported(open)"));
  add("q", {.name = "keen"});
  manager->scan();
  EXPECT_EQ(bell().driver, "keen");
}

TEST_F(DriverSelection, AnUnreadableSimulatorScriptShowsInTheStatus) {
  poscore::DeviceConfig config = simulatorConfig(dir, {"sim:broken"});
  config.simulators[0].path = dir.write("broken.json", R"({"steps": [{"after_ms": 5}]})").string();
  poscore::DeviceManager broken(dispatcher, config);
  broken.registerDriver("p", std::make_shared<FakeDriver>(DriverSpec{}, log));
  broken.scan();
  const auto status = broken.list().at(0);
  EXPECT_EQ(status.driver, "");
  EXPECT_THAT(status.error, HasSubstr("could not open it to probe drivers: "));
  EXPECT_THAT(status.error, HasSubstr("broken.json: steps[0].send: expected"));
}

}  // namespace
