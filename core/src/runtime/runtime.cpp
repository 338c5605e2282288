#include "poscore/runtime.hpp"

#include <stdexcept>

#include "plugin_services.hpp"
#include "poscore/services/audit_log.hpp"
#include "poscore/services/clocks.hpp"
#include "poscore/services/log.hpp"
#include "poscore/sale/tax_rules.hpp"

namespace poscore {
namespace fs = std::filesystem;

namespace {

Config loadConfig(const RuntimeOptions& o) {
  return o.configFile.empty() ? Config::empty() : Config::load(o.configFile);
}

// Serial ports named on the command line are probed at the usual 9600 baud, 8N1.
DeviceConfig deviceConfigOf(const RuntimeOptions& o, const Config& c) {
  DeviceConfig dc;
  if (auto section = c.section("devices")) dc = parseDeviceConfig(*section, c.baseDir());
  for (const auto& port : o.serialPorts) {
    possdk::DeviceInfo info;
    info.id = "serial:" + port;
    info.transport = possdk::TransportKind::Serial;
    info.path = port;
    info.description = "serial port from the command line";
    info.params = {{"baud", "9600"}, {"data_bits", "8"}, {"parity", "none"}, {"stop_bits", "1"}};
    dc.serial.push_back(info);
  }
  return dc;
}

// The sync client when the settings name a server; the tax classes are those a catalog change
// must use to fit this lane.
std::optional<sync::SyncSettings> syncSettingsOf(const Config& c) {
  auto settings = sync::syncSettingsFrom(c);
  if (!settings) throw std::invalid_argument(settings.error());
  return settings.value();
}

std::unique_ptr<sync::SyncClient> syncClientOf(const Config& c, LaneDb& db, Outbox& outbox, const possdk::Clock& clock) {
  auto settings = syncSettingsOf(c);
  if (!settings) return nullptr;
  auto pricing = sale::loadPricingRules(c);
  if (!pricing) throw std::invalid_argument(pricing.error());
  return std::make_unique<sync::SyncClient>(db, outbox, clock, std::move(*settings), pricing.value().taxClassCodes());
}

}  // namespace

fs::path laneDbFileIn(const fs::path& dataDir) { return dataDir / "lane.db"; }

fs::path dataDirOf(const RuntimeOptions& o, const Config& c) {
  if (!o.dataDir.empty()) return o.dataDir;
  if (auto d = c.get("lane.data_dir")) return c.resolvePath(*d);
  return fs::current_path() / "pos-data";
}

std::vector<fs::path> pluginRootsOf(const RuntimeOptions& o, const Config& c) {
  std::vector<fs::path> roots = o.pluginRoots;
  if (auto section = c.section("plugins"); section && section->has("paths")) {
    auto paths = section->getArray("paths");
    if (!paths) throw std::invalid_argument(c.baseDir().string() + ": settings plugins.paths: expected an array of folder names");
    for (std::size_t i = 0; i < paths->size(); ++i) {
      if (!paths->get(static_cast<unsigned>(i)).isString()) {
        throw std::invalid_argument("settings plugins.paths[" + std::to_string(i) + "]: expected a folder name");
      }
      roots.push_back(c.resolvePath(paths->getElement<std::string>(static_cast<unsigned>(i))));
    }
  }
  return roots;
}

Runtime::Runtime(RuntimeOptions options, Dispatcher& dispatcher, UiBackend& ui, std::shared_ptr<possdk::Clock> clock)
    : options_(std::move(options)),
      config_(loadConfig(options_)),
      clock_(clock ? std::move(clock) : std::make_shared<SystemClock>()),
      router_(ui),
      dispatcher_(dispatcher) {
  options_.dataDir = dataDirOf(options_, config_);
  fs::create_directories(options_.dataDir);
  LogSink::instance().setFile(options_.dataDir / "pos.log");
  db_ = std::make_unique<LaneDb>(laneDbFileIn(options_.dataDir));
  bus_ = std::make_unique<EventBusCore>(dispatcher);
  if (!options_.localeDir.empty()) catalogs_.addDomain(Catalogs::kHostDomain, options_.localeDir);
  if (auto lang = config_.get("shell.language")) {
    if (auto ok = catalogs_.setLanguage(*lang); !ok) throw std::invalid_argument("settings shell.language: " + ok.error());
  }
  audit_ = std::make_unique<AuditLog>(*db_, *clock_);
  outbox_ = std::make_unique<Outbox>(*db_, *clock_);
  sync_ = syncClientOf(config_, *db_, *outbox_, *clock_);
  devices_ = std::make_unique<DeviceManager>(dispatcher, deviceConfigOf(options_, config_));
  direct_ = std::make_unique<sync::DirectCalls>(*db_, dispatcher, syncSettingsOf(config_));
  timers_ = std::make_unique<TimerService>(dispatcher);
  staff_ = std::make_unique<staff::StaffStore>(*db_, *clock_);
  plugins_ = std::make_unique<PluginHost>(options_.dataDir, [this](const Manifest& m) { return makeHost(m); });
  plugins_->onStopped([this](const std::string& id) {
    if (auto found = alive_.find(id); found != alive_.end()) *found->second = false;
  });
}

Runtime::~Runtime() {
  stop();
  plugins_.reset();  // plugins drop their device handles and subscriptions before those services go
  devices_.reset();
}

std::unique_ptr<possdk::Host> Runtime::makeHost(const Manifest& manifest) {
  auto alive = std::make_shared<std::atomic<bool>>(true);
  alive_[manifest.id] = alive;
  return std::make_unique<PluginServices>(*this, *audit_, manifest, std::move(alive));
}

void Runtime::start(const std::string& last) {
  if (last != "resolve" && last != "init" && last != "start") {
    throw std::invalid_argument("Runtime::start: last step '" + last + "' is not one of resolve, init, start");
  }
  auto& host = *plugins_;
  host.discover(pluginRootsOf(options_, config_));
  host.validate();
  host.resolve();
  for (const auto& notice : host.notices()) LogSink::instance().write(possdk::LogLevel::Warning, "plugins", notice);
  if (last == "resolve") return;
  host.load();
  host.init();
  // Drivers registered during init; plugins claim devices in start.
  devices_->scan();
  if (last == "start") {
    host.start();
    if (sync_) sync_->start();
  }
  for (const auto& r : host.plugins()) {
    if (!r.error.empty()) LogSink::instance().write(possdk::LogLevel::Error, r.id, r.error);
  }
}

void Runtime::stop() {
  if (stopped_) return;
  stopped_ = true;
  if (sync_) sync_->stop();
  // No hotplug scan or device event may reach a plugin that is stopping.
  devices_->shutdown();
  plugins_->stop();
}

}  // namespace poscore
