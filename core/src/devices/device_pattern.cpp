#include "poscore/devices/device_pattern.hpp"

namespace poscore {

namespace {

bool glob(std::string_view pattern, std::string_view text) {
  // Iterative matching with one backtrack point for the last '*' seen.
  std::size_t p = 0, t = 0, star = std::string_view::npos, resume = 0;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      resume = t;
    } else if (p < pattern.size() && pattern[p] == text[t]) {
      ++p;
      ++t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

}  // namespace

bool matchesDevicePattern(std::string_view pattern, std::string_view deviceId) {
  if (glob(pattern, deviceId)) return true;
  const auto at = deviceId.find('@');
  return pattern.find('@') == std::string_view::npos && at != std::string_view::npos &&
         glob(pattern, deviceId.substr(0, at));
}

}  // namespace poscore
