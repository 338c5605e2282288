#include "poscore/plugins/plugin_host.hpp"

#include <algorithm>
#include <map>

#include "library_registry.hpp"
#include "plugin_discovery.hpp"
#include "poscore/plugins/binary_check.hpp"
#include "poscore/plugins/dependency_order.hpp"
#include "poscore/plugins/plugin_call.hpp"
#include "poscore/services/log.hpp"

namespace poscore {
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct PluginHost::Loaded {
  std::string id;
  std::unique_ptr<possdk::Host> host;
  std::unique_ptr<possdk::Plugin> plugin;
};

PluginHost::PluginHost(fs::path stateDir, HostFactory makeHost, CrashGuard::Mode mode)
    : guard_(std::move(stateDir), mode), makeHost_(std::move(makeHost)), readOnly_(mode == CrashGuard::Mode::ReadOnly) {
  if (!readOnly_) guard_.activate();
}

PluginHost::~PluginHost() {
  stop();
  // In reverse order of loading, each plugin before the services it was lent.
  while (!loaded_.empty()) {
    retire(*loaded_.back());
    loaded_.pop_back();
  }
}

namespace {
// For calls whose failure changes nothing but must not go unseen.
void logFailure(const std::string& pluginId, const possdk::Status& status) {
  if (!status) LogSink::instance().write(possdk::LogLevel::Error, pluginId, status.error());
}
}  // namespace

void PluginHost::retire(Loaded& loaded) {
  logFailure(loaded.id, callPlugin(loaded.id, "~Plugin", [&] { loaded.plugin.reset(); }));
  loaded.host.reset();
}

void PluginHost::discover(const std::vector<fs::path>& roots) {
  for (auto& found : discoverPlugins(roots)) {
    PluginRecord r;
    r.id = found.dir.filename().string();
    r.dir = found.dir;
    if (!found.problem.empty()) fail(r, "discovery", found.problem);
    records_.push_back(std::move(r));
  }
}

void PluginHost::fail(PluginRecord& record, std::string_view step, const std::string& why) {
  record.state = PluginState::Failed;
  record.error = std::string(step) + ": " + why;
}

void PluginHost::validateOne(PluginRecord& r, std::map<std::string, fs::path>& seen) {
  auto manifest = readManifest(r.dir);
  if (!manifest) return fail(r, "manifest", manifest.error());
  r.id = manifest->id;
  r.manifest = manifest.value();
  if (auto [it, fresh] = seen.emplace(r.id, r.dir); !fresh) {
    return fail(r, "manifest", "duplicate plugin id '" + r.id + "' in " + r.dir.string() + "; " +
                                   it->second.string() + " already uses it. Remove one of the two folders");
  }
  if (guard_.isQuarantined(r.id)) {
    r.state = PluginState::Quarantined;
    r.error = "quarantined: it took the process down on an earlier run (safe mode); after fixing it, run "
              "`posctl plugins release " + r.id + "`";
    return;
  }
  auto ok = checkAbi(*r.manifest);
  if (ok) ok = checkBinary(*r.manifest);
  if (!ok) return fail(r, "abi", ok.error());
  r.state = PluginState::Validated;
}

void PluginHost::validate() {
  std::map<std::string, fs::path> seen;
  for (auto& r : records_) {
    if (r.state == PluginState::Discovered) validateOne(r, seen);
  }
}

void PluginHost::resolve() {
  std::vector<Manifest> candidates;
  std::map<std::string, std::string> unavailable;
  for (const auto& r : records_) {
    if (r.state == PluginState::Validated) candidates.push_back(*r.manifest);
  }
  // A plugin that cannot run makes its dependents fail with its reason, unless another folder
  // holds a good copy of the same id (a duplicate is refused, the original still serves).
  for (const auto& r : records_) {
    const bool goodCopy = std::any_of(candidates.begin(), candidates.end(), [&](const Manifest& m) { return m.id == r.id; });
    if (r.manifest && r.state != PluginState::Validated && !goodCopy && !unavailable.count(r.id)) unavailable[r.id] = r.error;
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

bool PluginHost::call(PluginRecord& record, std::string_view step, const std::function<possdk::Status()>& work,
                      std::chrono::microseconds& took) {
  const auto begin = Clock::now();
  const auto status = callPlugin(record.id, std::string(step), work);
  took = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - begin);
  if (status) return true;
  // An exception's message already names the step ("init threw: ..."); a returned one does not.
  const bool named = status.error().rfind(std::string(step) + " threw", 0) == 0;
  if (named) {
    record.state = PluginState::Failed;
    record.error = status.error();
  } else {
    fail(record, step, status.error());
  }
  return false;
}

PluginRecord* PluginHost::recordOf(const std::string& id) {
  return const_cast<PluginRecord*>(std::as_const(*this).find(id));
}

const PluginRecord* PluginHost::find(const std::string& id) const {
  const auto it = std::find_if(records_.begin(), records_.end(), [&](const PluginRecord& r) { return r.id == id; });
  return it == records_.end() ? nullptr : &*it;
}

possdk::Plugin* PluginHost::instance(const std::string& id) const {
  for (const auto& l : loaded_) {
    if (l->id == id) return l->plugin.get();
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

namespace {
// dlopen's own failures (a missing shared library, an unresolved symbol) are not the plugin
// throwing; say what they mean.
possdk::Result<boost::dll::shared_library*> openLibrary(const Manifest& m) {
  try {
    return &LibraryRegistry::instance().load(m.libraryPath());
  } catch (const std::exception& e) {
    return possdk::Result<boost::dll::shared_library*>::fail(
        m.libraryPath().string() + " could not be loaded (" + e.what() +
        "); a library it links against may be missing: check it with ldd");
  }
}
}  // namespace

void PluginHost::load() {
  if (readOnly_) return;
  for (auto& r : records_) {
    if (r.state != PluginState::Resolved || !dependenciesIn(r, PluginState::Loaded)) continue;
    auto loaded = std::make_unique<Loaded>();
    loaded->id = r.id;
    const bool ok = call(r, "load", [&] {
      auto lib = openLibrary(*r.manifest);
      if (!lib) return possdk::Status::fail(lib.error());
      auto& factory = lib.value()->get_alias<possdk::PluginFactory>(possdk::kEntrySymbol);
      loaded->plugin.reset(factory());
      return loaded->plugin ? possdk::Status::ok()
                            : possdk::Status::fail("its entry returned no plugin (the plugin's constructor threw)");
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
    const bool ok = call(r, "init", [&] {
      l->host = makeHost_(*r.manifest);
      return l->plugin->init(*l->host);
    }, r.initTime);
    if (ok) r.state = PluginState::Initialized;
    else retire(*l);
  }
}

void PluginHost::start() {
  for (auto& l : loaded_) {
    auto& r = *recordOf(l->id);
    if (r.state != PluginState::Initialized || !dependenciesIn(r, PluginState::Running)) continue;
    if (call(r, "start", [&] { return l->plugin->start(); }, r.startTime)) {
      r.state = PluginState::Running;
      continue;
    }
    // Undo whatever the failed start did (threads, claims) before the plugin goes.
    logFailure(r.id, callPlugin(r.id, "stop", [&] { l->plugin->stop(); }));
    if (stopped_) stopped_(r.id);
    retire(*l);
  }
}

void PluginHost::stop() {
  for (auto it = loaded_.rbegin(); it != loaded_.rend(); ++it) {
    auto& r = *recordOf((*it)->id);
    if (r.state != PluginState::Running) continue;
    std::chrono::microseconds took{};
    const bool ok = call(r, "stop", [&] {
      (*it)->plugin->stop();
      return possdk::Status::ok();
    }, took);
    if (stopped_) stopped_(r.id);
    if (ok) r.state = PluginState::Stopped;
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

}  // namespace poscore
