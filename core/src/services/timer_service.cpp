#include "poscore/services/timer_service.hpp"

#include <algorithm>

namespace poscore {

struct TimerService::Timer {
  std::uint64_t id = 0;
  std::function<void()> work;
  Alive alive;
  std::atomic<bool> cancelled{false};
};

class TimerService::Handle final : public possdk::Subscription {
 public:
  Handle(TimerService& service, std::shared_ptr<Timer> timer) : service_(service), timer_(std::move(timer)) {}
  ~Handle() override {
    timer_->cancelled = true;
    service_.cancel(timer_->id);
  }

 private:
  TimerService& service_;
  std::shared_ptr<Timer> timer_;
};

TimerService::TimerService(Dispatcher& dispatcher) : dispatcher_(dispatcher), thread_([this] { run(); }) {}

TimerService::~TimerService() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    for (auto& [due, timer] : deadlines_) timer->cancelled = true;
    deadlines_.clear();
  }
  wake_.notify_all();
  thread_.join();
}

std::unique_ptr<possdk::Subscription> TimerService::schedule(std::chrono::milliseconds delay, std::function<void()> work,
                                                             Alive alive) {
  auto timer = std::make_shared<Timer>();
  timer->work = std::move(work);
  timer->alive = std::move(alive);
  {
    std::lock_guard lock(mutex_);
    timer->id = ++nextId_;
    deadlines_.emplace(Clock::now() + std::max(delay, std::chrono::milliseconds(0)), timer);
  }
  wake_.notify_all();
  return std::make_unique<Handle>(*this, timer);
}

std::size_t TimerService::waiting() const {
  std::lock_guard lock(mutex_);
  return deadlines_.size();
}

void TimerService::cancel(std::uint64_t id) {
  std::lock_guard lock(mutex_);
  for (auto it = deadlines_.begin(); it != deadlines_.end(); ++it) {
    if (it->second->id == id) {
      deadlines_.erase(it);
      return;
    }
  }
}

void TimerService::run() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    if (deadlines_.empty()) {
      wake_.wait(lock);
      continue;
    }
    const auto next = deadlines_.begin();
    if (Clock::now() < next->first) {
      wake_.wait_until(lock, next->first);
      continue;
    }
    auto timer = next->second;
    deadlines_.erase(next);
    // The flags are read again on the UI thread: the handle may be dropped, or the plugin
    // stopped, between this post and the moment the work would run.
    dispatcher_.post([timer] {
      if (timer->cancelled || (timer->alive && !*timer->alive)) return;
      timer->work();
    });
  }
}

}  // namespace poscore
