#include "poscore/services/clocks.hpp"

namespace poscore {

std::chrono::system_clock::time_point ManualClock::now() const {
  std::lock_guard lock(mutex_);
  return wall_;
}

std::chrono::steady_clock::time_point ManualClock::monotonic() const {
  std::lock_guard lock(mutex_);
  return mono_;
}

void ManualClock::advance(std::chrono::milliseconds by) {
  std::lock_guard lock(mutex_);
  wall_ += by;
  mono_ += by;
}

}  // namespace poscore
