#pragma once
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "poscore/plugins/plugin_host.hpp"
#include "posserver/db/database.hpp"
#include "posserver/http/api.hpp"
#include "posserver/modules/server_plugins.hpp"
#include "server_plugin_settings.hpp"

namespace posserver::modules {

// One plugin's server module while the server runs: its routes, the services its handlers get,
// and whether it is disabled. Holds the plugin host, so the plugin outlives the routes it lent.
// The answer for any request to a disabled plugin's mount.
http::ApiError pluginDisabled(const std::string& id);

class MountedModule {
 public:
  MountedModule(std::shared_ptr<poscore::PluginHost> host, std::string id, db::Database& db,
                const possdk::Clock& clock, const poscore::Config& config);
  ~MountedModule();
  MountedModule(const MountedModule&) = delete;
  MountedModule& operator=(const MountedModule&) = delete;

  const std::string& id() const { return id_; }
  // The first reason sticks: later failures are usually its consequences.
  void disable(const std::string& why);
  // Keeps the route for the handler that calls() it; `mounted` is "GET /api/v1/plugins/<id>/..".
  const possdk::Route& keep(possdk::Route route, std::string mounted);

  // Runs the route's handler through the crash guard. Throws http::ApiError 503 plugin_disabled
  // while disabled, 500 plugin_failed (and disables) when the handler throws or answers nonsense,
  // and db::DatabaseUnavailable when the handler met an unreachable database.
  http::Response call(const possdk::Route& route, const http::Request& request);

  PluginReport report() const;
  bool disabled() const;

 private:
  std::shared_ptr<poscore::PluginHost> host_;  // first member, so it goes last
  std::string id_;
  std::string mount_;
  db::Database& db_;
  const possdk::Clock& clock_;
  std::unique_ptr<possdk::Logger> log_;
  ServerPluginSettings settings_;
  std::list<possdk::Route> routes_;  // a list, so handlers' references stay valid
  std::vector<std::string> mounted_;
  mutable std::mutex mutex_;
  std::optional<std::string> disabled_;
};

}  // namespace posserver::modules
