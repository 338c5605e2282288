// Device events reach the claimant only through the dispatcher, in order; Error events and
// running commands show in the device's state.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace {

using namespace devtest;
using ::testing::HasSubstr;

class Events : public ::testing::Test {
 protected:
  void SetUp() override {
    log = std::make_shared<CallLog>();
    driver = std::make_shared<FakeDriver>(DriverSpec{.name = "bell-driver"}, log);
    manager = std::make_unique<poscore::DeviceManager>(dispatcher, simulatorConfig(dir, {"sim:bell"}));
    manager->registerDriver("bells", driver);
    manager->scan();
    dispatcher.drain();
    auto claimed = manager->claim("points", "sim:bell", recorder.sink());
    ASSERT_TRUE(claimed) << claimed.error();
    handle = claimed.value();
    dispatcher.drain();
  }
  possdk::DeviceStatus bell() const { return manager->list().at(0); }

  TempDir dir;
  poscore::QueueDispatcher dispatcher;
  std::shared_ptr<CallLog> log;
  std::shared_ptr<FakeDriver> driver;
  std::unique_ptr<poscore::DeviceManager> manager;
  EventRecorder recorder;
  std::shared_ptr<possdk::DeviceHandle> handle;
};

TEST_F(Events, NothingIsDeliveredUntilTheDispatcherDrains) {
  driver->lastDevice()->emit(possdk::DeviceEventKind::Data, "button.pressed");
  EXPECT_TRUE(recorder.events.empty());
  dispatcher.drain();
  ASSERT_EQ(recorder.events.size(), 1u);
  EXPECT_EQ(recorder.events[0].deviceId, "sim:bell");
  EXPECT_EQ(recorder.events[0].name, "button.pressed");
}

TEST_F(Events, EventsFromADeviceThreadArriveInTheOrderEmitted) {
  constexpr int kCount = 200;
  driver->lastDevice()->emitFromThread(kCount);
  ASSERT_TRUE(waitUntil([&] { return recorder.events.size() == kCount; }, &dispatcher));
  for (int i = 0; i < kCount; ++i) {
    EXPECT_EQ(recorder.events[static_cast<std::size_t>(i)].payload, "{\"n\":" + std::to_string(i) + "}");
  }
}

TEST_F(Events, AnErrorEventMovesTheDeviceToError) {
  driver->lastDevice()->emit(possdk::DeviceEventKind::Error, "paper.jam", R"({"tray":1})");
  EXPECT_EQ(handle->state(), possdk::DeviceState::Error);
  EXPECT_EQ(bell().state, possdk::DeviceState::Error);
  EXPECT_THAT(bell().error, HasSubstr("paper.jam"));
  dispatcher.drain();
  ASSERT_EQ(recorder.events.size(), 1u);
  EXPECT_EQ(recorder.events[0].kind, possdk::DeviceEventKind::Error);
}

TEST_F(Events, AStatusUpdateLeavesTheStateAlone) {
  driver->lastDevice()->emit(possdk::DeviceEventKind::StatusUpdate, "weight.unstable");
  EXPECT_EQ(handle->state(), possdk::DeviceState::Idle);
}

TEST_F(Events, TheDeviceIsBusyWhileACommandRuns) {
  possdk::DeviceState during = possdk::DeviceState::Closed;
  driver->lastDevice()->onExecute = [&] { during = bell().state; };
  EXPECT_TRUE(handle->execute("ring", "{}"));
  EXPECT_EQ(during, possdk::DeviceState::Busy);
  EXPECT_EQ(handle->state(), possdk::DeviceState::Idle);
}

TEST_F(Events, EventsQueuedBeforeReleaseAreNotDeliveredAfterIt) {
  driver->lastDevice()->emit(possdk::DeviceEventKind::Data, "late");
  handle.reset();
  dispatcher.drain();
  EXPECT_TRUE(recorder.events.empty());
}

TEST_F(Events, AClaimantThatThrowsIsReportedNotFatal) {
  handle.reset();
  dispatcher.drain();
  auto claimed =
      manager->claim("rude", "sim:bell", [](const possdk::DeviceEvent&) { throw std::runtime_error("handler broke"); });
  ASSERT_TRUE(claimed);
  driver->lastDevice()->emit(possdk::DeviceEventKind::Data, "button.pressed");
  dispatcher.drain();
  EXPECT_EQ(bell().state, possdk::DeviceState::Error);
  EXPECT_THAT(bell().error, HasSubstr("claimant 'rude'"));
  EXPECT_THAT(bell().error, HasSubstr("handler broke"));
}

TEST_F(Events, ChangesReachOnChangeHandlersThroughTheDispatcher) {
  int changes = 0;
  manager->onChange([&] { ++changes; });
  handle.reset();
  EXPECT_EQ(changes, 0);
  dispatcher.drain();
  EXPECT_GE(changes, 1);
}

}  // namespace
