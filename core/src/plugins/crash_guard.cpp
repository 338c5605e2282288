#include "poscore/plugins/crash_guard.hpp"

#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <fstream>
#include <stdexcept>
#include <utility>

#include "poscore/services/log.hpp"

namespace poscore {
namespace fs = std::filesystem;

namespace {

constexpr const char* kMarkerPrefix = "plugin-call.";
std::atomic<CrashGuard*> active{nullptr};

// The calls this thread is inside, innermost last.
thread_local std::vector<std::pair<std::string, std::string>> callStack;

bool processAlive(pid_t pid) { return pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM); }

pid_t markerPid(const std::string& name) {
  return static_cast<pid_t>(std::atol(name.c_str() + std::string(kMarkerPrefix).size()));
}

fs::path markerFile(const fs::path& dir) {
  return dir / (kMarkerPrefix + std::to_string(::getpid()) + "." + std::to_string(::syscall(SYS_gettid)) + ".marker");
}

void warn(const std::string& message) { LogSink::instance().write(possdk::LogLevel::Warning, "safe-mode", message); }

}  // namespace

CrashGuard::CrashGuard(fs::path stateDir, Mode mode) : dir_(std::move(stateDir)), list_(dir_ / "quarantine.txt"), mode_(mode) {
  if (mode == Mode::Recover) fs::create_directories(dir_);
  std::ifstream in(list_);
  for (std::string id; std::getline(in, id);) {
    if (!id.empty()) quarantined_.insert(id);
  }
  recover(mode);
}

CrashGuard::~CrashGuard() {
  CrashGuard* self = this;
  active.compare_exchange_strong(self, nullptr);
}

void CrashGuard::activate() { active = this; }

// A marker whose process is gone means a crash or a kill during a plugin call. The process's own
// id counts as gone too: a lane started at boot gets the same process id after a power cycle.
void CrashGuard::recover(Mode mode) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir_, ec)) {
    const auto name = entry.path().filename().string();
    if (name.rfind(kMarkerPrefix, 0) != 0) continue;
    const pid_t pid = markerPid(name);
    if (pid != ::getpid() && processAlive(pid)) continue;
    std::ifstream marker(entry.path());
    std::string id, call;
    std::getline(marker, id);
    std::getline(marker, call);
    if (!id.empty() && !quarantined_.count(id)) {
      quarantined_.insert(id);
      notices_.push_back("Plugin '" + id + "' took the process down during " + call +
                         " on the last run and is quarantined (safe mode). Once it is fixed, run "
                         "`posctl plugins release " + id + "`.");
    }
    if (mode == Mode::Recover) fs::remove(entry.path(), ec);
  }
  if (mode == Mode::Recover && !notices_.empty()) save();
}

CrashGuard::Scope::Scope(const std::string& pluginId, const std::string& call) {
  callStack.emplace_back(pluginId, call);
  if (auto* guard = active.load()) guard->mark(pluginId, call);
}

CrashGuard::Scope::~Scope() {
  callStack.pop_back();
  auto* guard = active.load();
  if (!guard) return;
  if (callStack.empty()) guard->unmark();
  else guard->mark(callStack.back().first, callStack.back().second);
}

// No fsync: the marker must survive the process dying, which the page cache already ensures; a
// power cut is not the plugin's fault, and a sync per call would slow every handler down.
void CrashGuard::mark(const std::string& pluginId, const std::string& call) const {
  std::ofstream out(markerFile(dir_), std::ios::trunc);
  out << pluginId << "\n" << call << "\n";
  if (!out) warn("cannot write the safe-mode marker in " + dir_.string() + " (disk full?); a crash in '" + pluginId +
                 "' would not be quarantined");
}

void CrashGuard::unmark() const {
  std::error_code ec;
  fs::remove(markerFile(dir_), ec);
}

bool CrashGuard::isQuarantined(const std::string& pluginId) const { return quarantined_.count(pluginId) > 0; }

bool CrashGuard::release(const std::string& pluginId) {
  if (quarantined_.erase(pluginId) == 0) return false;
  save();
  return true;
}

void CrashGuard::save() const {
  const fs::path tmp = list_.string() + "." + std::to_string(::getpid()) + ".tmp";
  {
    std::ofstream out(tmp, std::ios::trunc);
    for (const auto& id : quarantined_) out << id << "\n";
    if (!out) throw std::runtime_error("cannot write " + tmp.string() + "; check the data folder's space and permissions");
  }
  fs::rename(tmp, list_);
}

}  // namespace poscore
