#pragma once
#include <chrono>

namespace possdk {

// The only source of time for plugins, so tests can move it.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual std::chrono::system_clock::time_point now() const = 0;
  virtual std::chrono::steady_clock::time_point monotonic() const = 0;
};

}  // namespace possdk
