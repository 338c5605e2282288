#include "posserver/store_server.hpp"

#include <algorithm>
#include <stdexcept>

#include "posserver/api/core_api.hpp"
#include "posserver/api/device_authenticator.hpp"
#include "posserver/http/dispatcher.hpp"
#include "posserver/http/metrics.hpp"
#include "posserver/http/rate_limiter.hpp"
#include "posserver/http/routes.hpp"

namespace posserver {
namespace {

std::unique_ptr<db::Database> openMigrated(const db::DatabaseSpec& spec, std::size_t sessions) {
  auto database = db::Database::open(spec, sessions);
  if (auto migrated = api::migrateCore(*database); !migrated) {
    throw std::runtime_error("cannot migrate the database " + spec.redacted() + ": " + migrated.error());
  }
  return database;
}

// A database connection per request thread, up to kMaxSessions. More would not run more at once
// (SQLite has one writer, whose transactions share commits; reads are short) and would cost a
// PostgreSQL backend process each, against its default max_connections of 100 shared by every
// server of the chain. A request past the bound waits for a free connection.
constexpr int kMaxSessions = 32;

std::size_t sessionsFor(int threads) { return static_cast<std::size_t>(std::clamp(threads, 1, kMaxSessions)); }

}  // namespace

// Declaration order is construction order: everything a route refers to is made before the routes
// and outlives the listener.
struct StoreServer::Parts {
  Parts(StoreServerSetup setup, const possdk::Clock& clock, possdk::Logger& log)
      : settings(std::move(setup.settings)),
        database(openMigrated(setup.database, sessionsFor(setup.service.threads))),
        limiter(clock),
        authenticator(*database, clock, log),
        plugins(setup.stateDir, *database, clock, settings),
        dispatcher(routes, authenticator, limiter, metrics, clock, log, &plugins) {
    api::configureCoreRateLimits(limiter, setup.lookupRatePerMinute);
    api::addCoreRoutes(routes, *database, clock, metrics);
    plugins.mount(setup.pluginDirs, routes);
    plugins.addListRoute(routes);
    http::addOperationalRoutes(routes, metrics, [db = database.get()] { return db->reachable(); });
    service = std::make_unique<http::HttpService>(std::move(setup.service), dispatcher);
  }

  poscore::Config settings;
  std::unique_ptr<db::Database> database;
  http::Routes routes;
  http::Metrics metrics;
  http::RateLimiter limiter;
  api::DeviceAuthenticator authenticator;
  modules::ServerPlugins plugins;
  http::Dispatcher dispatcher;
  std::unique_ptr<http::HttpService> service;
};

StoreServer::StoreServer(StoreServerSetup setup, const possdk::Clock& clock, possdk::Logger& log)
    : parts_(std::make_unique<Parts>(std::move(setup), clock, log)) {}

StoreServer::~StoreServer() { stop(); }

void StoreServer::start() { parts_->service->start(); }
std::uint16_t StoreServer::port() const { return parts_->service->port(); }
void StoreServer::stop() { parts_->service->stop(); }
db::Database& StoreServer::database() { return *parts_->database; }
const modules::ServerPlugins& StoreServer::plugins() const { return parts_->plugins; }

}  // namespace posserver
