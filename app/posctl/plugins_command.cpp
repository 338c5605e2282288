// posctl plugins: list, inspect and release plugins of a lane.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>

#include "commands.hpp"
#include "headless_session.hpp"
#include "poscore/plugins/binary_check.hpp"
#include "poscore/plugins/crash_guard.hpp"

namespace posctl {
namespace fs = std::filesystem;

namespace {

std::string millis(std::chrono::microseconds us) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", static_cast<double>(us.count()) / 1000.0);
  return buf;
}

void printTable(const poscore::PluginHost& host) {
  for (const auto& notice : host.notices()) std::cout << "SAFE MODE: " << notice << "\n";
  std::printf("%-16s %-10s %-12s %8s %8s  %s\n", "ID", "VERSION", "STATE", "LOAD_MS", "INIT_MS", "ERROR");
  for (const auto& r : host.plugins()) {
    std::printf("%-16s %-10s %-12s %8s %8s  %s\n", r.id.c_str(), r.manifest ? r.manifest->version.c_str() : "-",
                std::string(poscore::toString(r.state)).c_str(), millis(r.loadTime).c_str(),
                millis(r.initTime).c_str(), r.error.c_str());
  }
}

// Exit status 1 when any plugin cannot run, so scripts and monitoring notice.
int exitStatus(const poscore::PluginHost& host) {
  for (const auto& r : host.plugins()) {
    if (r.state == poscore::PluginState::Failed || r.state == poscore::PluginState::Quarantined) return 1;
  }
  return 0;
}

// Without --init nothing is written and no plugin code runs: the lane's shell may be running.
int list(const GlobalOptions& options, bool run) {
  if (run) {
    HeadlessSession session(options, "init");
    printTable(session.runtime().plugins());
    return exitStatus(session.runtime().plugins());
  }
  const auto ro = runtimeOptions(options);
  const auto config = ro.configFile.empty() ? poscore::Config::empty() : poscore::Config::load(ro.configFile);
  poscore::PluginHost host(poscore::dataDirOf(ro, config), nullptr, poscore::CrashGuard::Mode::ReadOnly);
  host.discover(poscore::pluginRootsOf(ro, config));
  host.validate();
  host.resolve();
  printTable(host);
  return exitStatus(host);
}

// Checks one plugin folder or library without loading it.
int inspect(const fs::path& target) {
  if (!fs::exists(target)) {
    std::cout << "FAIL " << target.string() << ": no such file or folder\n";
    return 1;
  }
  const fs::path dir = fs::is_directory(target) ? target : target.parent_path();
  auto manifest = poscore::readManifest(dir);
  if (!manifest) {
    std::cout << "FAIL " << manifest.error() << "\n";
    return 1;
  }
  auto& m = manifest.value();
  if (!fs::is_directory(target) && target.filename() != m.library) {
    std::cout << "FAIL " << target.string() << ": plugin.json names the library '" << m.library
              << "'; rename the file or fix \"library\"\n";
    return 1;
  }
  for (const auto& check : {poscore::checkAbi(m), poscore::checkBinary(m)}) {
    if (!check) {
      std::cout << "FAIL " << check.error() << "\n";
      return 1;
    }
  }
  std::cout << "OK " << m.id << " " << m.version << " (" << m.name << "), SDK ABI " << m.abiMajor << "."
            << m.abiMinor << ", library " << m.libraryPath().string() << ", entry found\n";
  for (const auto& d : m.requires_) std::cout << "  requires " << d.id << (d.minVersion.empty() ? "" : " >= " + d.minVersion) << "\n";
  for (const auto& d : m.devices) std::cout << "  may claim " << d << "\n";
  return 0;
}

int release(const GlobalOptions& options, const std::string& id) {
  const auto ro = runtimeOptions(options);
  const auto config = ro.configFile.empty() ? poscore::Config::empty() : poscore::Config::load(ro.configFile);
  poscore::CrashGuard guard(poscore::dataDirOf(ro, config));
  if (!guard.release(id)) {
    std::cout << "plugin '" << id << "' is not quarantined; nothing to release\n";
    return 1;
  }
  std::cout << "released '" << id << "': it will load again at the next start\n";
  return 0;
}

}  // namespace

void addPluginsCommands(CLI::App& app, GlobalOptions& options) {
  auto* plugins = app.add_subcommand("plugins", "List, inspect and release plugins");
  plugins->require_subcommand(1);

  // Option values must outlive this function; there is one command line per process.
  static std::string target, id;
  static bool runInit = false;

  auto* listCmd = plugins->add_subcommand("list", "Every plugin with its id, version, state and error");
  listCmd->add_flag("--init", runInit, "Also load and initialise the plugins (runs their code)");
  listCmd->callback([&options] { options.exitCode = list(options, runInit); });
  auto* inspectCmd = plugins->add_subcommand("inspect", "Validate one plugin folder or .so without running it");
  inspectCmd->add_option("path", target, "Plugin folder or library")->required();
  inspectCmd->callback([&options] { options.exitCode = inspect(target); });

  auto* releaseCmd = plugins->add_subcommand("release", "Lift the safe-mode quarantine of a plugin");
  releaseCmd->add_option("id", id, "Plugin id")->required();
  releaseCmd->callback([&options] { options.exitCode = release(options, id); });
}

}  // namespace posctl
