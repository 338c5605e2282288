#pragma once
// A pos-server's route table with the plugins' modules mounted, driven through the real
// Dispatcher with fixed tokens.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>

#include "poscore/services/clocks.hpp"
#include "poscore/services/config.hpp"
#include "poscore/services/log.hpp"
#include "posserver/db/database.hpp"
#include "posserver/http/dispatcher.hpp"
#include "posserver/modules/server_plugins.hpp"

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
        dispatcher_(routes_, auth_, limiter_, metrics_, clock_, *log_, &plugins_) {
    plugins_.mount({dir / "plugins"}, routes_);
    plugins_.addListRoute(routes_);
    posserver::http::addOperationalRoutes(routes_, metrics_, [&db] { return db.reachable(); });
  }

  posserver::http::Response call(const std::string& method, const std::string& path, const std::string& token,
                                 const std::string& body = "", std::map<std::string, std::string> query = {},
                                 std::map<std::string, std::string> headers = {}) {
    posserver::http::Request request;
    request.headers = std::move(headers);
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

// Test plugins copied into <dir>/plugins, and a settings file giving notes_module a greeting.
class PluginFolder {
 public:
  explicit PluginFolder(std::filesystem::path dir)
      : dir_(std::move(dir)),
        config_(poscore::Config::load(writeSettings(dir_, R"({"plugins":{"notes_module":{"greeting":"hello"}}})"))) {
    std::filesystem::create_directories(dir_ / "plugins");
  }

  void add(const std::string& id) const {
    std::filesystem::copy(std::filesystem::path(POS_TEST_PLUGIN_DIR) / id, dir_ / "plugins" / id,
                          std::filesystem::copy_options::recursive);
  }
  std::unique_ptr<ModuleServer> start(posserver::db::Database& db) const {
    return std::make_unique<ModuleServer>(dir_, db, config_);
  }
  const std::filesystem::path& dir() const { return dir_; }
  const poscore::Config& config() const { return config_; }

 private:
  static std::filesystem::path writeSettings(const std::filesystem::path& dir, const std::string& text) {
    std::ofstream(dir / "server.json") << text;
    return dir / "server.json";
  }
  std::filesystem::path dir_;
  poscore::Config config_;
};

}  // namespace postest
