#pragma once
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "poscore/plugins/crash_guard.hpp"
#include "poscore/plugins/plugin_record.hpp"
#include "possdk/host.hpp"
#include "possdk/plugin.hpp"

namespace poscore {

// Discovers, validates, resolves, loads and runs plugins. A fault in one plugin fails that plugin
// (and those that require it) with a message naming it and the cause; the rest carry on. A plugin
// that fails in init or start is destroyed at once, so nothing it registered stays wired in.
class PluginHost {
 public:
  using HostFactory = std::function<std::unique_ptr<possdk::Host>(const Manifest&)>;

  // ReadOnly inspects without writing to the state folder and never runs plugin code (posctl).
  PluginHost(std::filesystem::path stateDir, HostFactory makeHost,
             CrashGuard::Mode mode = CrashGuard::Mode::Recover);
  ~PluginHost();
  PluginHost(const PluginHost&) = delete;
  PluginHost& operator=(const PluginHost&) = delete;

  // Each root is a folder of plugin folders; a root that is itself a plugin folder counts too.
  void discover(const std::vector<std::filesystem::path>& roots);
  void validate();  // manifest, ABI, library file, entry symbol (without running plugin code)
  void resolve();   // dependencies, topological order, cycles
  void load();      // dlopen and create, in dependency order
  void init();
  void start();
  void stop();  // in reverse order
  // Called with a plugin's id once its stop() has returned (or thrown), from stop() and from a
  // failed start, on the thread that stops it: the runtime stops answering the plugin from then on.
  void onStopped(std::function<void(const std::string& id)> listener) { stopped_ = std::move(listener); }
  // discover .. start.
  void runAll(const std::vector<std::filesystem::path>& roots);

  const std::vector<PluginRecord>& plugins() const { return records_; }
  const PluginRecord* find(const std::string& id) const;
  // The created plugin, from load() until it is destroyed (a failed init or start, or the host's
  // end); null otherwise. pos-server uses it to reach serverModule() without init().
  possdk::Plugin* instance(const std::string& id) const;
  // What safe mode did on this start, for the shell to show.
  const std::vector<std::string>& notices() const { return guard_.notices(); }

 private:
  struct Loaded;
  void fail(PluginRecord& record, std::string_view step, const std::string& why);
  PluginRecord* recordOf(const std::string& id);
  // True when every requirement has reached `wanted`; otherwise fails the record, naming which.
  bool dependenciesIn(PluginRecord& record, PluginState wanted);
  bool call(PluginRecord& record, std::string_view step, const std::function<possdk::Status()>& work,
            std::chrono::microseconds& took);
  void validateOne(PluginRecord& record, std::map<std::string, std::filesystem::path>& seen);
  void retire(Loaded& loaded);

  CrashGuard guard_;
  HostFactory makeHost_;
  std::function<void(const std::string&)> stopped_;
  bool readOnly_;
  std::vector<PluginRecord> records_;  // in load order once resolved
  std::vector<std::unique_ptr<Loaded>> loaded_;
};

}  // namespace poscore
