#pragma once
// A pos-server's route table with the plugins' modules mounted, driven through the real
// Dispatcher with fixed tokens, on a SQLite file that outlives one start.
#include <chrono>
#include <filesystem>
#include <memory>
#include <string>

#include "poscore/services/clocks.hpp"
#include "poscore/services/config.hpp"
#include "poscore/services/log.hpp"
#include "posserver/db/database.hpp"
#include "posserver/http/dispatcher.hpp"
#include "posserver/modules/server_plugins.hpp"
#include "temp_dir.hpp"

namespace postest {

// "lane", "kiosk", "tech" and "admin" are tokens of devices with those roles.
class TokenAuthenticator final : public posserver::http::Authenticator {
 public:
  posserver::http::Caller authenticate(const std::string& token) override {
    if (token == "lane") return {"D-LANE", "lane", "S001", "L01"};
    if (token == "kiosk") return {"D-KIOSK", "kiosk", "S001", "K01"};
    if (token == "tech") return {"D-TECH", "technician", "S001", ""};
    if (token == "admin") return {"D-ADMIN", "admin", "S001", ""};
    throw posserver::http::ApiError(401, "unauthenticated", "Authorization", "unknown token");
  }
};

class ModuleServer {
 public:
  ModuleServer(const std::filesystem::path& dir, posserver::db::Database& db, const poscore::Config& config)
      : clock_(std::chrono::sys_days{std::chrono::November / 22 / 2026} + std::chrono::hours(9)),
        limiter_(clock_),
        log_(poscore::makeLogger("test-server")),
        plugins_(dir / "state", db, clock_, config),
        dispatcher_(routes_, auth_, limiter_, metrics_, clock_, *log_) {
    plugins_.mount({dir / "plugins"}, routes_);
    plugins_.addListRoute(routes_);
    posserver::http::addOperationalRoutes(routes_, metrics_, [&db] { return db.reachable(); });
  }

  posserver::http::Response call(const std::string& method, const std::string& path, const std::string& token,
                                 const std::string& body = "", std::map<std::string, std::string> query = {}) {
    posserver::http::Request request;
    request.method = method;
    request.path = path;
    request.query = std::move(query);
    request.body = body;
    if (!token.empty()) request.headers["authorization"] = "Bearer " + token;
    if (!body.empty()) request.headers["content-type"] = "application/json";
    request.remoteAddress = "127.0.0.1";
    return dispatcher_.handle(request);
  }

  posserver::modules::ServerPlugins& plugins() { return plugins_; }
  posserver::http::Routes& routes() { return routes_; }

 private:
  poscore::ManualClock clock_;
  posserver::http::Routes routes_;
  posserver::http::Metrics metrics_;
  posserver::http::RateLimiter limiter_;
  TokenAuthenticator auth_;
  std::unique_ptr<possdk::Logger> log_;
  posserver::modules::ServerPlugins plugins_;
  posserver::http::Dispatcher dispatcher_;
};

// A fresh folder with the named test plugins copied into <dir>/plugins, a SQLite database and
// a settings file giving notes_module a greeting.
class ModuleFixture {
 public:
  ModuleFixture() : config_(poscore::Config::load(dir_.write("server.json", R"({"plugins":{"notes_module":{"greeting":"hello"}}})"))) {
    std::filesystem::create_directories(dir_ / "plugins");
    auto spec = posserver::db::DatabaseSpec::parse((dir_ / "server.db").string());
    db_ = posserver::db::Database::open(spec.value());
  }

  void add(const std::string& id) {
    std::filesystem::copy(std::filesystem::path(POS_TEST_PLUGIN_DIR) / id, dir_ / "plugins" / id,
                          std::filesystem::copy_options::recursive);
  }
  std::unique_ptr<ModuleServer> start() { return std::make_unique<ModuleServer>(dir_.path(), *db_, config_); }
  posserver::db::Database& db() { return *db_; }
  const std::filesystem::path& dir() const { return dir_.path(); }
  const poscore::Config& config() const { return config_; }

 private:
  TempDir dir_;
  poscore::Config config_;
  std::unique_ptr<posserver::db::Database> db_;
};

}  // namespace postest
