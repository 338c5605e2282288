#pragma once
// The events a device under test emits, collected from any thread, for the device tests.
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <vector>

#include "possdk/device.hpp"

namespace weighing::test {

// Collects events from any thread; waits for a count with a generous deadline.
class EventLog {
 public:
  possdk::DeviceEventSink sink() {
    return [this](possdk::DeviceEvent e) {
      std::lock_guard lock(mutex_);
      events_.push_back(std::move(e));
      changed_.notify_all();
    };
  }
  bool waitFor(std::size_t count, std::chrono::seconds deadline = std::chrono::seconds(20)) {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, deadline, [&] { return events_.size() >= count; });
  }
  // Waits until an event with this name has come, then returns all events so far.
  bool waitForName(const std::string& name, std::chrono::seconds deadline = std::chrono::seconds(20)) {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, deadline, [&] {
      for (std::size_t i = seen_; i < events_.size(); ++i) {
        if (events_[i].name == name) {
          seen_ = i + 1;
          return true;
        }
      }
      return false;
    });
  }
  std::vector<possdk::DeviceEvent> events() const {
    std::lock_guard lock(mutex_);
    return events_;
  }
  std::size_t size() const {
    std::lock_guard lock(mutex_);
    return events_.size();
  }
  std::vector<std::string> names() const {
    std::lock_guard lock(mutex_);
    std::vector<std::string> n;
    for (const auto& e : events_) n.push_back(e.name);
    return n;
  }

 private:
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<possdk::DeviceEvent> events_;
  std::size_t seen_ = 0;
};

}  // namespace weighing::test
