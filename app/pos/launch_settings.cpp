#include "launch_settings.hpp"

#include <stdexcept>

#include "poscore/sale/tax_rules.hpp"
#include "poscore/services/config.hpp"

namespace pos {

namespace fs = std::filesystem;

namespace {

// In the build tree plugins/ and demo/ are siblings; installed, they live under lib/ and share/.
bool inBuildTree(const poscore::Layout& layout) { return layout.plugins.parent_path() == layout.demo.parent_path(); }

fs::path dataDirOf(const ShellOptions& o, const poscore::Layout& layout, const poscore::Config& config) {
  if (!o.dataDir.empty()) return o.dataDir;
  // The demo keeps its sales apart from a real lane's.
  if (o.demo) return inBuildTree(layout) ? layout.demo / "data" : layout.dataDir / "demo";
  if (config.get("lane.data_dir")) return {};  // the Runtime resolves it against the settings file
  return layout.dataDir;
}

// Without a settings file that says where plugins are, the lane loads the ones installed with it.
std::vector<fs::path> pluginRootsOf(const ShellOptions& o, const poscore::Layout& layout,
                                    const poscore::Config& config) {
  if (!o.pluginDirs.empty()) return o.pluginDirs;
  const auto section = config.section("plugins");
  if (section && section->has("paths")) return {};
  return {layout.plugins};
}

Mode modeOf(const ShellOptions& o, const poscore::Config& config) {
  const std::string id = o.mode ? *o.mode : config.get("shell.mode").value_or("counter");
  const auto mode = modeFromId(id);
  if (!mode) throw std::invalid_argument("settings shell.mode: '" + id + "' is not one of counter, self-checkout");
  return *mode;
}

bool flagOf(const poscore::Config& config, const std::string& key, bool fallback) {
  const auto text = config.get(key);
  if (!text) return fallback;
  if (*text == "true") return true;
  if (*text == "false") return false;
  throw std::invalid_argument("settings " + key + ": expected true or false, got '" + *text + "'");
}

CounterSettings counterOf(const poscore::Config& config) {
  CounterSettings counter;
  counter.customerDisplay = flagOf(config, "shell.customer_display", counter.customerDisplay);
  auto pricing = poscore::sale::loadPricingRules(config);
  if (!pricing) throw std::invalid_argument(pricing.error());
  counter.currencyDecimals = pricing.value().decimals;
  return counter;
}

}  // namespace

LaunchSettings resolveLaunch(const ShellOptions& o, const poscore::Layout& layout) {
  LaunchSettings s;
  auto& r = s.runtime;
  r.configFile = o.demo ? layout.demo / "pos.json" : o.config;
  const auto config = r.configFile.empty() ? poscore::Config::empty() : poscore::Config::load(r.configFile);
  r.dataDir = dataDirOf(o, layout, config);
  r.pluginRoots = pluginRootsOf(o, layout, config);
  r.serialPorts = o.serialPorts;
  r.localeDir = layout.locale;
  s.frame.mode = modeOf(o, config);
  r.mode = modeId(s.frame.mode);
  s.frame.theme = o.theme ? *o.theme : config.get("shell.theme").value_or("classic");
  s.frame.wedge = wedgeOptionsFrom(config);
  s.frame.counter = counterOf(config);
  if (o.size) s.frame.size = wxSize(o.size->first, o.size->second);
  s.language = o.language;
  return s;
}

}  // namespace pos
