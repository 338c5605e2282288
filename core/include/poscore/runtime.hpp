#pragma once
#include <atomic>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "poscore/counter/checkout_registry.hpp"
#include "poscore/devices/device_manager.hpp"
#include "poscore/dispatcher.hpp"
#include "poscore/i18n/catalogs.hpp"
#include "poscore/plugins/plugin_host.hpp"
#include "poscore/services/audit_log.hpp"
#include "poscore/services/config.hpp"
#include "poscore/services/event_bus.hpp"
#include "poscore/services/lane_db.hpp"
#include "poscore/services/outbox.hpp"
#include "poscore/services/timer_service.hpp"
#include "poscore/staff/staff_store.hpp"
#include "poscore/sync/direct_calls.hpp"
#include "poscore/sync/sync_client.hpp"
#include "poscore/ui/ui_router.hpp"
#include "poscore/ui_backend.hpp"
#include "possdk/clock.hpp"

namespace poscore {

struct RuntimeOptions {
  std::filesystem::path configFile;  // empty: built-in defaults
  std::filesystem::path dataDir;     // lane database, safe-mode markers; default ./pos-data
  std::vector<std::filesystem::path> pluginRoots;  // added to the settings file's plugins.paths
  std::vector<std::string> serialPorts;            // probed besides the settings file's
  std::filesystem::path localeDir;                 // the host's catalogs (<dir>/<lang>/LC_MESSAGES/pos.mo)
  std::string mode = "counter";                    // "counter", "self-checkout", ... or "headless"
};

// Where a lane's plugins and data are, from its options and then its settings file.
std::vector<std::filesystem::path> pluginRootsOf(const RuntimeOptions& options, const Config& config);
std::filesystem::path dataDirOf(const RuntimeOptions& options, const Config& config);
// The lane database inside a data folder, for tools that open it without starting the runtime.
std::filesystem::path laneDbFileIn(const std::filesystem::path& dataDir);

// The host as a whole: settings, lane database, event bus, translations, devices and plugins,
// wired together. The shell, posctl and tests each make one with their own dispatcher and UI.
class Runtime {
 public:
  // Throws std::invalid_argument or std::runtime_error for a bad settings file or an unusable
  // data folder: the lane cannot run without them.
  Runtime(RuntimeOptions options, Dispatcher& dispatcher, UiBackend& ui,
          std::shared_ptr<possdk::Clock> clock = nullptr);
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  // Runs the plugins up to `last` ("init" stops after init, as posctl does; "start" runs them),
  // then scans for devices, and with "start" sets the sync client going. Plugin faults never
  // throw: they show in plugins().
  void start(const std::string& last = "start");
  void stop();

  const RuntimeOptions& options() const { return options_; }
  const Config& config() const { return config_; }
  LaneDb& laneDb() { return *db_; }
  EventBusCore& bus() { return *bus_; }
  Catalogs& catalogs() { return catalogs_; }
  DeviceManager& devices() { return *devices_; }
  PluginHost& plugins() { return *plugins_; }
  UiRouter& ui() { return router_; }
  Outbox& outbox() { return *outbox_; }
  // The lane's link to the store server; null when the settings have no "server" section.
  sync::SyncClient* syncClient() { return sync_.get(); }
  possdk::Clock& clock() { return *clock_; }
  std::shared_ptr<possdk::Clock> sharedClock() const { return clock_; }
  counter::CheckoutRegistry& checkout() { return checkout_; }
  Dispatcher& dispatcher() { return dispatcher_; }
  // Plugins' direct server calls (ServerClient::request); they fail when the lane has no server.
  sync::DirectCalls& directCalls() { return *direct_; }
  TimerService& timers() { return *timers_; }
  // The lane's staff, as plugins' supervisor approvals see them (Host::approveSupervisor).
  staff::StaffStore& staff() { return *staff_; }
  // The lane's audit log, shared by everything that records on the lane.
  AuditLog& audit() { return *audit_; }

 private:
  std::unique_ptr<possdk::Host> makeHost(const Manifest& manifest);

  RuntimeOptions options_;
  Config config_;
  std::shared_ptr<possdk::Clock> clock_;
  std::unique_ptr<LaneDb> db_;
  std::unique_ptr<EventBusCore> bus_;
  Catalogs catalogs_;
  UiRouter router_;
  counter::CheckoutRegistry checkout_;
  std::unique_ptr<AuditLog> audit_;
  std::unique_ptr<Outbox> outbox_;
  std::unique_ptr<sync::SyncClient> sync_;
  std::unique_ptr<DeviceManager> devices_;
  Dispatcher& dispatcher_;
  std::unique_ptr<sync::DirectCalls> direct_;
  std::unique_ptr<TimerService> timers_;
  std::unique_ptr<staff::StaffStore> staff_;
  // Each plugin's flag, cleared once its stop() has returned: answers and timers check it on the
  // UI thread before calling the plugin. The plugin's services own it too.
  std::map<std::string, std::shared_ptr<std::atomic<bool>>> alive_;
  std::unique_ptr<PluginHost> plugins_;
  bool stopped_ = false;
};

}  // namespace poscore
