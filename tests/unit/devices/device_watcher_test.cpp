// posctl devices watch, without the command line: what it claims and what it prints.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "poscore/devices/device_watcher.hpp"
#include "test_support.hpp"

namespace {

using namespace devtest;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::MatchesRegex;

TEST(DeviceWatcher, ClaimsDevicesWithDriversAndPrintsTheirEvents) {
  TempDir dir;
  poscore::QueueDispatcher dispatcher;
  auto log = std::make_shared<CallLog>();
  auto config = simulatorConfig(dir, {"sim:bell", "sim:taken", "sim:orphan"});
  poscore::DeviceManager manager(dispatcher, config);
  auto bells = std::make_shared<FakeDriver>(DriverSpec{.name = "bell", .idPrefix = "sim:bell"}, log);
  manager.registerDriver("bells", bells);
  manager.registerDriver("other", std::make_shared<FakeDriver>(DriverSpec{.name = "t", .idPrefix = "sim:taken"}, log));
  manager.scan();
  auto taken = manager.claim("points", "sim:taken", [](const possdk::DeviceEvent&) {});
  ASSERT_TRUE(taken);

  std::vector<std::string> printed;
  poscore::DeviceWatcher watcher(manager, "posctl", [&](const std::string& line) { printed.push_back(line); });
  watcher.claimAvailable();
  EXPECT_THAT(watcher.watching(), ElementsAre("sim:bell"));
  EXPECT_EQ(manager.list().at(0).claimant, "posctl");

  bells->lastDevice()->emit(possdk::DeviceEventKind::Data, "button.pressed", R"({"button":1})");
  EXPECT_TRUE(printed.empty());
  dispatcher.drain();
  ASSERT_EQ(printed.size(), 1u);
  EXPECT_THAT(printed[0],
              MatchesRegex(
                  R"([0-9][0-9]:[0-9][0-9]:[0-9][0-9]\.[0-9][0-9][0-9] sim:bell Data button\.pressed \{"button":1\})"));
}

TEST(DeviceWatcher, ReportsADeviceItCannotClaimOnce) {
  TempDir dir;
  poscore::QueueDispatcher dispatcher;
  auto log = std::make_shared<CallLog>();
  poscore::DeviceManager manager(dispatcher, simulatorConfig(dir, {"sim:bomb"}));
  manager.registerDriver("p", std::make_shared<FakeDriver>(DriverSpec{.name = "b", .throws = Throws::InCreate}, log));
  manager.scan();
  std::vector<std::string> printed;
  poscore::DeviceWatcher watcher(manager, "posctl", [&](const std::string& line) { printed.push_back(line); });
  watcher.claimAvailable();
  dispatcher.drain();
  watcher.claimAvailable();
  ASSERT_EQ(printed.size(), 1u);
  EXPECT_THAT(printed[0], HasSubstr("sim:bomb: not watched: driver 'b' of plugin 'p'"));
  EXPECT_TRUE(watcher.watching().empty());
}

}  // namespace
