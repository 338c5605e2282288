#pragma once
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "poscore/dispatcher.hpp"
#include "possdk/event_bus.hpp"

namespace poscore {

// Work that runs once on the UI thread after a delay (Host::schedule), for every plugin of the
// lane: one thread waits on the steady clock for the earliest deadline and posts what is due to
// the dispatcher. Whether the work still runs is decided on the UI thread, just before it would:
// not when its handle was dropped, nor when its owner's `alive` flag has been cleared, even if it
// was already due and posted.
class TimerService {
 public:
  using Alive = std::shared_ptr<const std::atomic<bool>>;

  explicit TimerService(Dispatcher& dispatcher);
  // Nothing still waiting runs.
  ~TimerService();
  TimerService(const TimerService&) = delete;
  TimerService& operator=(const TimerService&) = delete;

  // Dropping the returned handle cancels the work; handles go before the service (the runtime
  // destroys its plugins first). A negative delay counts as none. `alive` null: the work depends
  // only on its handle.
  std::unique_ptr<possdk::Subscription> schedule(std::chrono::milliseconds delay, std::function<void()> work,
                                                 Alive alive = nullptr);
  // Timers waiting for their deadline, cancelled or not yet noticed as such.
  std::size_t waiting() const;

 private:
  struct Timer;
  class Handle;
  using Clock = std::chrono::steady_clock;

  void cancel(std::uint64_t id);
  void run();

  Dispatcher& dispatcher_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::multimap<Clock::time_point, std::shared_ptr<Timer>> deadlines_;
  std::uint64_t nextId_ = 0;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace poscore
