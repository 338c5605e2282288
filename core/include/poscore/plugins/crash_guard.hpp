#pragma once
#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace poscore {

// Safe mode (Qt Creator's lock file, OBS's unclean-exit check). While plugin code runs, a marker
// file names the plugin and the call; it is removed when the call returns. A marker still there
// at the next start means that call took the process down (or hung until someone killed it): the
// plugin is quarantined until a technician releases it with `posctl plugins release <id>`.
//
// Markers are per process and per thread, so a shell and a posctl running side by side never
// blame each other, and device threads calling drivers do not overwrite the UI thread's marker.
class CrashGuard {
 public:
  enum class Mode {
    Recover,   // turn markers of dead processes into quarantines (the shell, the host at start)
    ReadOnly,  // only report what is quarantined and what a recovery would quarantine (posctl list)
  };

  explicit CrashGuard(std::filesystem::path stateDir, Mode mode = Mode::Recover);
  ~CrashGuard();
  CrashGuard(const CrashGuard&) = delete;
  CrashGuard& operator=(const CrashGuard&) = delete;

  // Makes this guard the one Scope writes markers for (the process has one plugin host).
  void activate();

  // Marks the calling thread as inside `pluginId` for its lifetime. Nests: the outer call's marker
  // comes back when an inner one ends. Without an active guard it only keeps the nesting.
  class Scope {
   public:
    Scope(const std::string& pluginId, const std::string& call);
    ~Scope();
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;
  };

  bool isQuarantined(const std::string& pluginId) const;
  const std::set<std::string>& quarantined() const { return quarantined_; }
  // Returns false when the plugin was not quarantined.
  bool release(const std::string& pluginId);
  const std::vector<std::string>& notices() const { return notices_; }

 private:
  void recover(Mode mode);
  void save() const;
  void mark(const std::string& pluginId, const std::string& call) const;
  void unmark() const;
  std::filesystem::path dir_;
  std::filesystem::path list_;
  std::set<std::string> quarantined_;
  std::vector<std::string> notices_;
  Mode mode_;
};

}  // namespace poscore
