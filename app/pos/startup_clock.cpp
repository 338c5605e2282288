#include "startup_clock.hpp"

namespace pos {

namespace {
std::chrono::steady_clock::time_point& processStart() {
  static std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
  return start;
}
}  // namespace

void markProcessStart() { processStart() = std::chrono::steady_clock::now(); }

std::chrono::milliseconds sinceProcessStart() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - processStart());
}

}  // namespace pos
