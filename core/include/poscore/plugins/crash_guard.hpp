#pragma once
#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace poscore {

// Safe mode (Qt Creator's lock file, OBS's unclean-exit check). A marker naming the plugin and the
// step is written before every call into plugin code and removed after it returns. A marker still
// there at the next start means that call took the process down: the plugin is quarantined until a
// technician releases it with `posctl plugins release <id>`.
class CrashGuard {
 public:
  explicit CrashGuard(std::filesystem::path stateDir);

  void enter(const std::string& pluginId, const std::string& step);
  void leave();
  bool isQuarantined(const std::string& pluginId) const;
  const std::set<std::string>& quarantined() const { return quarantined_; }
  // Returns false when the plugin was not quarantined.
  bool release(const std::string& pluginId);
  const std::vector<std::string>& notices() const { return notices_; }

 private:
  void save() const;
  std::filesystem::path marker_;
  std::filesystem::path list_;
  std::set<std::string> quarantined_;
  std::vector<std::string> notices_;
};

}  // namespace poscore
