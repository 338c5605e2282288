#pragma once
#include <string>

#include "possdk/status.hpp"

namespace possdk {

// Append-only record of who did what; the host adds the plugin id, the time and the signed-on user.
class Audit {
 public:
  virtual ~Audit() = default;
  virtual Status record(const std::string& action, const std::string& detailJson) = 0;
};

}  // namespace possdk
