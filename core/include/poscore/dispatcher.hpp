#pragma once
#include <deque>
#include <functional>
#include <mutex>

namespace poscore {

// Runs work on the UI thread. The shell posts into the wx event loop; tests and the CLI use a
// queue they drain on their own thread. post() may be called from any thread.
class Dispatcher {
 public:
  virtual ~Dispatcher() = default;
  virtual void post(std::function<void()> work) = 0;
};

// A dispatcher for threads without an event loop: work waits until drain() runs it.
class QueueDispatcher final : public Dispatcher {
 public:
  void post(std::function<void()> work) override;
  // Runs everything queued so far, including work queued while draining. Returns how much ran.
  std::size_t drain();

 private:
  std::mutex mutex_;
  std::deque<std::function<void()>> queue_;
};

}  // namespace poscore
