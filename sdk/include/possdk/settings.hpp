#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "possdk/status.hpp"

namespace possdk {

// Settings of one plugin. Keys are relative to the plugin's own namespace ("plugins.<id>."), so a
// plugin cannot read or change another's. Values set at run time persist in the lane database and
// take precedence over the settings file.
class Settings {
 public:
  virtual ~Settings() = default;
  virtual std::optional<std::string> get(const std::string& key) const = 0;
  virtual Status set(const std::string& key, const std::string& value) = 0;

  std::string getString(const std::string& key, const std::string& fallback) const {
    return get(key).value_or(fallback);
  }
  std::int64_t getInt(const std::string& key, std::int64_t fallback) const;
  bool getBool(const std::string& key, bool fallback) const;
};

inline std::int64_t Settings::getInt(const std::string& key, std::int64_t fallback) const {
  auto v = get(key);
  if (!v) return fallback;
  try {
    std::size_t used = 0;
    auto n = std::stoll(*v, &used);
    return used == v->size() ? n : fallback;
  } catch (...) {
    return fallback;
  }
}

inline bool Settings::getBool(const std::string& key, bool fallback) const {
  auto v = get(key);
  if (!v) return fallback;
  if (*v == "true" || *v == "1" || *v == "yes") return true;
  if (*v == "false" || *v == "0" || *v == "no") return false;
  return fallback;
}

}  // namespace possdk
