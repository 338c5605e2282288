#include "driver/job_thread.hpp"

namespace weighing {

JobThread::~JobThread() { stop(); }

void JobThread::start() {
  std::lock_guard lock(mutex_);
  if (running_) return;
  running_ = true;
  thread_ = std::thread([this] { run(); });
}

void JobThread::stop() {
  {
    std::lock_guard lock(mutex_);
    running_ = false;
    jobs_.clear();
  }
  changed_.notify_all();
  if (thread_.joinable() && thread_.get_id() != std::this_thread::get_id()) thread_.join();
}

bool JobThread::post(std::function<void()> job) {
  {
    std::lock_guard lock(mutex_);
    if (!running_) return false;
    jobs_.push_back(std::move(job));
  }
  changed_.notify_all();
  return true;
}

bool JobThread::waitFor(std::chrono::milliseconds ms) {
  std::unique_lock lock(mutex_);
  return !changed_.wait_for(lock, ms, [this] { return !running_; });
}

void JobThread::run() {
  for (;;) {
    std::function<void()> job;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [this] { return !running_ || !jobs_.empty(); });
      if (!running_) return;
      job = std::move(jobs_.front());
      jobs_.pop_front();
    }
    job();
  }
}

}  // namespace weighing
