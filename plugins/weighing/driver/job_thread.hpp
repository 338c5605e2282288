#pragma once
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace weighing {

// A device's own worker: runs posted jobs one after another, off the UI thread, so a relay pulse
// or a spoken prompt never blocks the screen. stop() lets the running job finish, drops the jobs
// still waiting (their claimant is going away) and joins; start() may follow a stop().
class JobThread {
 public:
  JobThread() = default;
  ~JobThread();
  JobThread(const JobThread&) = delete;
  JobThread& operator=(const JobThread&) = delete;

  void start();
  void stop();
  // False when the thread is not running; the job is then not run.
  bool post(std::function<void()> job);
  // For a long job: waits up to `ms`, returning early when stop() is called. False when it was
  // cut short.
  bool waitFor(std::chrono::milliseconds ms);

 private:
  void run();

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::function<void()>> jobs_;
  bool running_ = false;
  std::thread thread_;
};

}  // namespace weighing
