#pragma once
#include <chrono>
#include <mutex>

#include "possdk/clock.hpp"

namespace poscore {

class SystemClock final : public possdk::Clock {
 public:
  std::chrono::system_clock::time_point now() const override { return std::chrono::system_clock::now(); }
  std::chrono::steady_clock::time_point monotonic() const override { return std::chrono::steady_clock::now(); }
};

// A clock tests move by hand.
class ManualClock final : public possdk::Clock {
 public:
  explicit ManualClock(std::chrono::system_clock::time_point start = {}) : wall_(start) {}
  std::chrono::system_clock::time_point now() const override;
  std::chrono::steady_clock::time_point monotonic() const override;
  void advance(std::chrono::milliseconds by);

 private:
  mutable std::mutex mutex_;
  std::chrono::system_clock::time_point wall_;
  std::chrono::steady_clock::time_point mono_{};
};

}  // namespace poscore
