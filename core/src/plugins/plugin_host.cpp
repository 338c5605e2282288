#include "poscore/plugins/plugin_host.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "library_registry.hpp"
#include "poscore/plugins/binary_check.hpp"
#include "poscore/plugins/dependency_order.hpp"

namespace poscore {
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct PluginHost::Loaded {
  std::string id;
  std::unique_ptr<possdk::Host> host;
  std::unique_ptr<possdk::Plugin> plugin;
};

PluginHost::PluginHost(fs::path stateDir, HostFactory makeHost)
    : guard_(std::move(stateDir)), makeHost_(std::move(makeHost)) {}

PluginHost::~PluginHost() {
  stop();
  // Plugins go before the services they were lent, and in reverse order of loading.
  while (!loaded_.empty()) {
    loaded_.back()->plugin.reset();
    loaded_.back()->host.reset();
    loaded_.pop_back();
  }
}

namespace {
PluginRecord discovered(const fs::path& dir) {
  PluginRecord r;
  r.id = dir.filename().string();
  r.dir = dir;
  return r;
}

bool hasLibrary(const fs::path& dir) {
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".so") return true;
  }
  return false;
}
}  // namespace

void PluginHost::discover(const std::vector<fs::path>& roots) {
  for (const auto& root : roots) {
    if (!fs::is_directory(root)) continue;
    if (fs::exists(root / "plugin.json")) {
      records_.push_back(discovered(root));
      continue;
    }
    std::vector<fs::path> dirs;
    for (const auto& e : fs::directory_iterator(root)) {
      // A folder with neither manifest nor library is not a plugin (build files, assets).
      if (e.is_directory() && (fs::exists(e.path() / "plugin.json") || hasLibrary(e.path()))) dirs.push_back(e.path());
    }
    std::sort(dirs.begin(), dirs.end());
    for (const auto& d : dirs) records_.push_back(discovered(d));
  }
}

void PluginHost::fail(PluginRecord& record, std::string_view step, const std::string& why) {
  record.state = PluginState::Failed;
  record.error = std::string(step) + ": " + why;
}

void PluginHost::validate() {
  std::map<std::string, fs::path> seen;
  for (auto& r : records_) {
    if (r.state != PluginState::Discovered) continue;
    auto manifest = readManifest(r.dir);
    if (!manifest) {
      fail(r, "manifest", manifest.error());
      continue;
    }
    r.id = manifest->id;
    r.manifest = manifest.value();
    if (auto [it, fresh] = seen.emplace(r.id, r.dir); !fresh) {
      fail(r, "manifest", "duplicate plugin id '" + r.id + "' in " + r.dir.string() + "; " +
                              it->second.string() + " already uses it. Remove one of the two folders");
      continue;
    }
    if (guard_.isQuarantined(r.id)) {
      r.state = PluginState::Quarantined;
      r.error = "quarantined: it took the process down on an earlier run (safe mode); after fixing it, run "
                "`posctl plugins release " + r.id + "`";
      continue;
    }
    auto ok = checkAbi(*r.manifest);
    if (ok) ok = checkBinary(*r.manifest);
    if (!ok) {
      fail(r, "abi", ok.error());
      continue;
    }
    r.state = PluginState::Validated;
  }
}

void PluginHost::resolve() {
  std::vector<Manifest> candidates;
  std::map<std::string, std::string> unavailable;
  for (const auto& r : records_) {
    if (r.state == PluginState::Validated) candidates.push_back(*r.manifest);
    else if (r.manifest && !unavailable.count(r.id)) unavailable[r.id] = r.error;
  }
  const auto plan = planDependencies(candidates, unavailable);
  for (auto& r : records_) {
    if (r.state != PluginState::Validated) continue;
    if (auto e = plan.errors.find(r.id); e != plan.errors.end()) fail(r, "dependencies", e->second);
    else r.state = PluginState::Resolved;
  }
  // Load order: resolved plugins in dependency order, then everything else as discovered.
  std::map<std::string, std::size_t> rank;
  for (std::size_t i = 0; i < plan.order.size(); ++i) rank[plan.order[i]] = i;
  std::stable_sort(records_.begin(), records_.end(), [&](const PluginRecord& a, const PluginRecord& b) {
    const bool ra = a.state == PluginState::Resolved, rb = b.state == PluginState::Resolved;
    if (ra != rb) return ra;
    return ra && rank[a.id] < rank[b.id];
  });
}

bool PluginHost::callGuarded(PluginRecord& record, std::string_view step,
                             const std::function<possdk::Status()>& call, std::chrono::microseconds& took) {
  const auto begin = Clock::now();
  possdk::Status status = possdk::Status::ok();
  guard_.enter(record.id, std::string(step));
  try {
    status = call();
  } catch (const std::exception& e) {
    status = possdk::Status::fail(std::string("threw an exception: ") + e.what());
  } catch (...) {
    status = possdk::Status::fail("threw an exception of unknown type");
  }
  guard_.leave();
  took = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - begin);
  if (!status) fail(record, step, status.error());
  return status.isOk();
}

PluginRecord* PluginHost::recordOf(const std::string& id) {
  for (auto& r : records_) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

bool PluginHost::dependenciesIn(PluginRecord& record, PluginState wanted) {
  for (const auto& dep : record.manifest->requires_) {
    const auto* d = recordOf(dep.id);
    if (d && d->state != wanted) {
      fail(record, "dependencies",
           "requires '" + dep.id + "', which is " + std::string(toString(d->state)) +
               (d->error.empty() ? "" : " (" + d->error + ")"));
      return false;
    }
  }
  return true;
}

void PluginHost::load() {
  for (auto& r : records_) {
    if (r.state != PluginState::Resolved || !dependenciesIn(r, PluginState::Loaded)) continue;
    auto loaded = std::make_unique<Loaded>();
    loaded->id = r.id;
    const bool ok = callGuarded(r, "load", [&] {
      auto& lib = LibraryRegistry::instance().load(r.manifest->libraryPath());
      auto& factory = lib.get_alias<possdk::PluginFactory>(possdk::kEntrySymbol);
      loaded->plugin.reset(factory());
      return loaded->plugin ? possdk::Status::ok()
                            : possdk::Status::fail("its entry returned no plugin (the constructor threw)");
    }, r.loadTime);
    if (!ok) continue;
    r.state = PluginState::Loaded;
    loaded_.push_back(std::move(loaded));
  }
}

void PluginHost::init() {
  for (auto& l : loaded_) {
    auto& r = *recordOf(l->id);
    if (r.state != PluginState::Loaded || !dependenciesIn(r, PluginState::Initialized)) continue;
    l->host = makeHost_(*r.manifest);
    if (callGuarded(r, "init", [&] { return l->plugin->init(*l->host); }, r.initTime)) {
      r.state = PluginState::Initialized;
    }
  }
}

void PluginHost::start() {
  for (auto& l : loaded_) {
    auto& r = *recordOf(l->id);
    if (r.state != PluginState::Initialized || !dependenciesIn(r, PluginState::Running)) continue;
    if (callGuarded(r, "start", [&] { return l->plugin->start(); }, r.startTime)) r.state = PluginState::Running;
  }
}

void PluginHost::stop() {
  for (auto it = loaded_.rbegin(); it != loaded_.rend(); ++it) {
    auto& r = *recordOf((*it)->id);
    if (r.state != PluginState::Running) continue;
    std::chrono::microseconds took{};
    if (callGuarded(r, "stop", [&] {
          (*it)->plugin->stop();
          return possdk::Status::ok();
        }, took)) {
      r.state = PluginState::Stopped;
    }
  }
}

void PluginHost::runAll(const std::vector<fs::path>& roots) {
  discover(roots);
  validate();
  resolve();
  load();
  init();
  start();
}

const PluginRecord* PluginHost::find(const std::string& id) const {
  for (const auto& r : records_) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

possdk::Plugin* PluginHost::instance(const std::string& id) const {
  for (const auto& l : loaded_) {
    if (l->id == id) return l->plugin.get();
  }
  return nullptr;
}

}  // namespace poscore
