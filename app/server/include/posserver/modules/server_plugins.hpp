#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "posserver/db/database.hpp"
#include "posserver/http/out_of_service.hpp"
#include "posserver/http/routes.hpp"

namespace poscore {
class Config;
}
namespace possdk {
class Clock;
}

namespace posserver::modules {

// What GET /api/v1/plugins shows for one plugin.
struct PluginReport {
  std::string id;
  std::string state;                // "mounted" or "disabled"
  std::string error;                // why it is disabled; "" while mounted
  std::vector<std::string> routes;  // "GET /api/v1/plugins/<id>/rows/{id}", as mounted
};

// The plugins' server modules (docs/server-api.md, "Plugins"). Loads the plugin folders through
// core's plugin host (manifest, ABI and binary checks, dependency order, safe mode) without
// init(), applies each module's migrations under its plugin id and mounts its routes at
// /api/v1/plugins/<id><path>. Every call into a module goes through the crash guard; a plugin that
// fails anywhere is reported and disabled and the others serve on.
//
// A plugin it knows that is disabled (failed to load, quarantined, refused at mount, or failed since)
// is out of service: given to the Dispatcher, every method and path under /api/v1/plugins/<id>/
// answers 503 plugin_disabled naming it, so a lane keeps its calls to retry once the plugin is back.
// A plugin the server does not know at all is 404 as any unknown path.
//
// The mounted handlers share ownership of the loaded plugins, so the routes stay safe to call after
// this object is gone; `db`, `clock` and `settings` must outlive the routes.
class ServerPlugins final : public http::OutOfService {
 public:
  // `stateDir` holds the safe-mode markers and quarantine list of the server's plugin calls (a
  // plugin that took the server down is quarantined at the next start). `settings` is the
  // server's settings file, read for "plugins.<id>.<key>".
  ServerPlugins(std::filesystem::path stateDir, db::Database& db, const possdk::Clock& clock,
                const poscore::Config& settings);
  ~ServerPlugins() override;
  ServerPlugins(const ServerPlugins&) = delete;
  ServerPlugins& operator=(const ServerPlugins&) = delete;

  // Loads the plugins below `roots` (folders of plugin folders, as the shell takes), migrates and
  // mounts every server module on `routes`. Called once, before the server takes requests. Throws db::DatabaseUnavailable when the database
  // cannot be reached for migrations (the server cannot start then).
  void mount(const std::vector<std::filesystem::path>& roots, http::Routes& routes);

  // Adds GET /api/v1/plugins (admin, technician), listing reports().
  void addListRoute(http::Routes& routes);

  // Plugins that failed to load or have a server module, by id. Plugins without a module are
  // left out: the server has nothing of theirs to show.
  std::vector<PluginReport> reports() const;

  // 503 plugin_disabled for a path under the mount of a plugin that is disabled. Reads what mount()
  // set up, so it is safe on the request threads once mount() has returned.
  std::optional<http::ApiError> refusal(const std::string& path) const override;

  struct State;

 private:
  std::shared_ptr<State> state_;
};

}  // namespace posserver::modules
