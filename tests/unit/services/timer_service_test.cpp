#include "poscore/services/timer_service.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

namespace poscore {
namespace {

using namespace std::chrono_literals;

// A queue dispatcher that counts what was posted, so a test knows a timer has fired without
// running it yet.
class CountingDispatcher final : public Dispatcher {
 public:
  void post(std::function<void()> work) override {
    queue.post(std::move(work));
    ++posted;
  }
  // Waits for the timer thread (a generous bound, not a timing assertion: a loaded machine is slow).
  bool waitForPosts(int count) const {
    for (int i = 0; i < 10'000 && posted < count; ++i) std::this_thread::sleep_for(1ms);
    return posted >= count;
  }
  QueueDispatcher queue;
  std::atomic<int> posted{0};
};

TEST(TimerService, RunsTheWorkOnceOnTheDispatchersThreadAfterItsDelay) {
  CountingDispatcher dispatcher;
  TimerService timers(dispatcher);
  std::vector<std::thread::id> ranOn;
  auto handle = timers.schedule(5ms, [&] { ranOn.push_back(std::this_thread::get_id()); });
  ASSERT_TRUE(dispatcher.waitForPosts(1));
  EXPECT_EQ(dispatcher.queue.drain(), 1u);
  EXPECT_EQ(ranOn, std::vector<std::thread::id>{std::this_thread::get_id()});
  EXPECT_EQ(dispatcher.queue.drain(), 0u);
  EXPECT_EQ(timers.waiting(), 0u);
}

TEST(TimerService, WaitsForTheDeadline) {
  CountingDispatcher dispatcher;
  TimerService timers(dispatcher);
  bool ran = false;
  auto handle = timers.schedule(1h, [&] { ran = true; });
  std::this_thread::sleep_for(20ms);
  EXPECT_EQ(dispatcher.queue.drain(), 0u);
  EXPECT_FALSE(ran);
  EXPECT_EQ(timers.waiting(), 1u);
}

TEST(TimerService, FiresInDeadlineOrderNotInScheduleOrder) {
  CountingDispatcher dispatcher;
  TimerService timers(dispatcher);
  std::string order;
  auto late = timers.schedule(60ms, [&] { order += "late "; });
  auto early = timers.schedule(1ms, [&] { order += "early "; });
  ASSERT_TRUE(dispatcher.waitForPosts(2));
  dispatcher.queue.drain();
  EXPECT_EQ(order, "early late ");
}

TEST(TimerService, DroppingTheHandleBeforeTheDeadlineCancels) {
  CountingDispatcher dispatcher;
  TimerService timers(dispatcher);
  bool ran = false;
  auto handle = timers.schedule(1h, [&] { ran = true; });
  handle.reset();
  EXPECT_EQ(timers.waiting(), 0u);
  dispatcher.queue.drain();
  EXPECT_FALSE(ran);
}

// Due and posted, but the UI thread had not got to it when the handle was dropped.
TEST(TimerService, DroppingTheHandleAfterItIsDueButBeforeItRunsCancels) {
  CountingDispatcher dispatcher;
  TimerService timers(dispatcher);
  bool ran = false;
  auto handle = timers.schedule(1ms, [&] { ran = true; });
  ASSERT_TRUE(dispatcher.waitForPosts(1));
  handle.reset();
  EXPECT_EQ(dispatcher.queue.drain(), 1u);
  EXPECT_FALSE(ran);
}

TEST(TimerService, NothingRunsOnceItsOwnerIsNoLongerAlive) {
  CountingDispatcher dispatcher;
  TimerService timers(dispatcher);
  auto alive = std::make_shared<std::atomic<bool>>(true);
  bool ran = false;
  auto handle = timers.schedule(1ms, [&] { ran = true; }, alive);
  ASSERT_TRUE(dispatcher.waitForPosts(1));
  *alive = false;  // the plugin's stop() has returned
  dispatcher.queue.drain();
  EXPECT_FALSE(ran);
}

TEST(TimerService, WorkMayScheduleMoreWork) {
  CountingDispatcher dispatcher;
  TimerService timers(dispatcher);
  std::unique_ptr<possdk::Subscription> second;
  int ran = 0;
  auto first = timers.schedule(1ms, [&] {
    ++ran;
    second = timers.schedule(1ms, [&] { ++ran; });
  });
  ASSERT_TRUE(dispatcher.waitForPosts(1));
  dispatcher.queue.drain();
  ASSERT_TRUE(dispatcher.waitForPosts(2));
  dispatcher.queue.drain();
  EXPECT_EQ(ran, 2);
}

}  // namespace
}  // namespace poscore
