#pragma once
#include <cstdint>
#include <filesystem>
#include <memory>
#include <vector>

#include "poscore/services/config.hpp"
#include "posserver/db/database.hpp"
#include "posserver/http/http_service.hpp"
#include "posserver/modules/server_plugins.hpp"
#include "possdk/clock.hpp"
#include "possdk/logger.hpp"

namespace posserver {

struct StoreServerSetup {
  db::DatabaseSpec database;
  http::ServiceOptions service;
  std::vector<std::filesystem::path> pluginDirs;  // folders of plugin folders
  std::filesystem::path stateDir;                 // plugin safe-mode markers and quarantine
  poscore::Config settings = poscore::Config::empty();  // "plugins.<id>.<key>" for server modules
  std::int64_t lookupRatePerMinute = 30;
};

// The whole pos-server: its database migrated, the core routes, the plugins' server modules, the
// operational routes and the HTTP(S) listener. main() and the integration tests build the same one.
class StoreServer {
 public:
  // Opens and migrates the database and mounts everything. Throws std::runtime_error naming what
  // failed (db::DatabaseUnavailable when the database cannot be reached).
  StoreServer(StoreServerSetup setup, const possdk::Clock& clock, possdk::Logger& log);
  ~StoreServer();
  StoreServer(const StoreServer&) = delete;
  StoreServer& operator=(const StoreServer&) = delete;

  void start();
  std::uint16_t port() const;
  // Graceful: stops accepting and lets the requests in flight finish.
  void stop();

  db::Database& database();
  const modules::ServerPlugins& plugins() const;

 private:
  struct Parts;
  std::unique_ptr<Parts> parts_;
};

}  // namespace posserver
