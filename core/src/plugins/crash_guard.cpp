#include "poscore/plugins/crash_guard.hpp"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <stdexcept>

namespace poscore {
namespace fs = std::filesystem;

namespace {

constexpr const char* kMarkerPrefix = "plugin-call.";

bool processAlive(pid_t pid) { return pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM); }

// The marker must be on disk before the plugin code runs, or a crash could leave no trace.
void writeDurably(const fs::path& file, const std::string& text) {
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw std::runtime_error("cannot write safe-mode marker " + file.string());
  const auto written = ::write(fd, text.data(), text.size());
  ::fsync(fd);
  ::close(fd);
  if (written != static_cast<ssize_t>(text.size())) {
    throw std::runtime_error("cannot write safe-mode marker " + file.string() + ": disk full?");
  }
}

}  // namespace

CrashGuard::CrashGuard(fs::path stateDir)
    : marker_(stateDir / (kMarkerPrefix + std::to_string(::getpid()) + ".marker")),
      list_(stateDir / "quarantine.txt") {
  fs::create_directories(stateDir);
  std::ifstream in(list_);
  for (std::string id; std::getline(in, id);) {
    if (!id.empty()) quarantined_.insert(id);
  }
  // Markers are per process, so a shell and a posctl running side by side never blame each other;
  // only a marker whose process is gone means a crash.
  for (const auto& entry : fs::directory_iterator(stateDir)) {
    const auto name = entry.path().filename().string();
    if (name.rfind(kMarkerPrefix, 0) != 0) continue;
    const pid_t pid = static_cast<pid_t>(std::atol(name.c_str() + std::string(kMarkerPrefix).size()));
    if (processAlive(pid) && pid != ::getpid()) continue;
    std::ifstream marker(entry.path());
    std::string id, step;
    std::getline(marker, id);
    std::getline(marker, step);
    if (!id.empty()) {
      quarantined_.insert(id);
      notices_.push_back("Plugin '" + id + "' took the process down during " + step +
                         " on the last run and is quarantined (safe mode). Once it is fixed, run "
                         "`posctl plugins release " + id + "`.");
    }
    fs::remove(entry.path());
  }
  save();
}

void CrashGuard::enter(const std::string& pluginId, const std::string& step) {
  writeDurably(marker_, pluginId + "\n" + step + "\n");
}

void CrashGuard::leave() {
  std::error_code ec;
  fs::remove(marker_, ec);
}

bool CrashGuard::isQuarantined(const std::string& pluginId) const { return quarantined_.count(pluginId) > 0; }

bool CrashGuard::release(const std::string& pluginId) {
  if (quarantined_.erase(pluginId) == 0) return false;
  save();
  return true;
}

void CrashGuard::save() const {
  const fs::path tmp = list_.string() + ".tmp";
  {
    std::ofstream out(tmp, std::ios::trunc);
    for (const auto& id : quarantined_) out << id << "\n";
    if (!out) throw std::runtime_error("cannot write " + tmp.string());
  }
  fs::rename(tmp, list_);
}

}  // namespace poscore
