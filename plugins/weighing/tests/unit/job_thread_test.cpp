// A device's worker thread: jobs run in order off the caller's thread; stopping cuts a waiting job
// short, drops the jobs still queued, and refuses new ones until it starts again.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>
#include <future>

#include "driver/job_thread.hpp"
#include "fake_device_io.hpp"

namespace {

using ::testing::ElementsAre;

TEST(JobThread, RunsJobsInOrderOffTheCallersThread) {
  weighing::JobThread worker;
  worker.start();
  std::mutex mutex;
  std::vector<int> ran;
  std::thread::id where;
  for (int i = 1; i <= 3; ++i) {
    ASSERT_TRUE(worker.post([&, i] {
      std::lock_guard lock(mutex);
      ran.push_back(i);
      where = std::this_thread::get_id();
    }));
  }
  ASSERT_TRUE(weightest::waitUntil([&] {
    std::lock_guard lock(mutex);
    return ran.size() == 3;
  }));
  std::lock_guard lock(mutex);
  EXPECT_THAT(ran, ElementsAre(1, 2, 3));
  EXPECT_NE(where, std::this_thread::get_id());
}

TEST(JobThread, StopCutsAWaitShortAndDropsQueuedJobs) {
  weighing::JobThread worker;
  worker.start();
  std::promise<bool> waited;
  std::atomic<bool> started{false};
  std::atomic<bool> secondRan{false};
  ASSERT_TRUE(worker.post([&] {
    started = true;
    waited.set_value(worker.waitFor(std::chrono::hours(1)));
  }));
  ASSERT_TRUE(worker.post([&] { secondRan = true; }));
  ASSERT_TRUE(weightest::waitUntil([&] { return started.load(); }));
  worker.stop();
  EXPECT_FALSE(waited.get_future().get());  // cut short, not an hour
  EXPECT_FALSE(secondRan);
  EXPECT_FALSE(worker.post([] {}));
}

TEST(JobThread, RunsAgainAfterARestart) {
  weighing::JobThread worker;
  worker.start();
  worker.stop();
  worker.start();
  std::atomic<bool> ran{false};
  ASSERT_TRUE(worker.post([&] { ran = true; }));
  EXPECT_TRUE(weightest::waitUntil([&] { return ran.load(); }));
  EXPECT_TRUE(worker.waitFor(std::chrono::milliseconds(1)));  // running: the wait is not cut short
}

}  // namespace
