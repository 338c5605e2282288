#include "posserver/modules/server_plugins.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "mounted_module.hpp"
#include "poscore/plugins/plugin_call.hpp"
#include "poscore/services/log.hpp"
#include "posserver/modules/module_route.hpp"

namespace posserver::modules {

struct ServerPlugins::State {
  State(std::filesystem::path stateDir, db::Database& database, const possdk::Clock& serverClock,
        const poscore::Config& config)
      // No Host is ever made: the server does not init plugins.
      : host(std::make_shared<poscore::PluginHost>(std::move(stateDir),
                                                   [](const poscore::Manifest&) { return nullptr; })),
        db(database),
        clock(serverClock),
        settings(config) {}

  std::shared_ptr<poscore::PluginHost> host;
  db::Database& db;
  const possdk::Clock& clock;
  const poscore::Config& settings;
  std::vector<PluginReport> unloaded;  // plugins that failed before they had a module
  std::vector<std::shared_ptr<MountedModule>> modules;

  void mountOne(const std::string& id, http::Routes& routes);
  std::vector<PluginReport> reports() const;
  possdk::Status addRoutes(const std::shared_ptr<MountedModule>& module, possdk::ServerModule& serverModule,
                           http::Routes& routes);
};

namespace {

// A module's routes are all checked before any is added, so a refused module mounts nothing. A
// clash is a route of the same method and shape as one already in the table (the server's own or
// another module's) or earlier in the module.
struct Checked {
  possdk::Route route;
  MountedRoute mounted;
};

possdk::Result<std::vector<Checked>> checkRoutes(const std::string& id, std::vector<possdk::Route> routes,
                                                 const http::Routes& table) {
  using Refused = possdk::Result<std::vector<Checked>>;
  std::set<std::pair<std::string, std::string>> shapes;
  for (const auto& spec : table.all()) shapes.emplace(spec.method, http::routeShape(spec.path));
  std::vector<Checked> out;
  for (auto& route : routes) {
    auto mounted = mountRoute(id, route);
    if (!mounted) return Refused::fail(mounted.error());
    if (!shapes.emplace(route.method, http::routeShape(mounted->path)).second) {
      return Refused::fail("route " + route.method + " " + route.path + " of plugin " + id +
                           " is refused: another route already matches the same requests; give it its own path");
    }
    out.push_back(Checked{std::move(route), mounted.value()});
  }
  return out;
}

}  // namespace

possdk::Status ServerPlugins::State::addRoutes(const std::shared_ptr<MountedModule>& module,
                                               possdk::ServerModule& serverModule, http::Routes& routes) {
  const auto& id = module->id();
  auto offered = poscore::callPluginFor(id, "routes", [&] { return serverModule.routes(); });
  if (!offered) return possdk::Status::fail(offered.error());
  auto checked = checkRoutes(id, std::move(offered.value()), routes);
  if (!checked) return possdk::Status::fail(checked.error());

  auto steps = poscore::callPluginFor(id, "migrations", [&] { return serverModule.migrations(); });
  if (!steps) return possdk::Status::fail(steps.error());
  if (auto migrated = db.migrate(id, steps.value()); !migrated) {
    return possdk::Status::fail("migrations: " + migrated.error());
  }

  for (auto& c : checked.value()) {
    const auto& kept = module->keep(std::move(c.route), c.mounted.method + " " + c.mounted.path);
    http::RouteSpec spec;
    spec.method = c.mounted.method;
    spec.path = c.mounted.path;
    spec.roles = c.mounted.roles;
    spec.summary = "plugin " + id + ": " + kept.method + " " + kept.path;
    spec.handler = [module, route = &kept](const http::Request& request) { return module->call(*route, request); };
    // checkRoutes() applied the table's own rules, so the table takes these. Should it refuse one all
    // the same, the module is disabled, and refusal() answers 503 for the whole mount, routes added
    // before it included.
    try {
      routes.add(std::move(spec));
    } catch (const std::invalid_argument& e) {
      return possdk::Status::fail("route " + kept.method + " " + kept.path + " of plugin " + id +
                                  " is refused by the route table: " + e.what());
    }
  }
  return possdk::Status::ok();
}

void ServerPlugins::State::mountOne(const std::string& id, http::Routes& routes) {
  auto* plugin = host->instance(id);
  auto serverModule = poscore::callPluginFor(id, "serverModule", [&] { return plugin->serverModule(); });
  if (serverModule && !serverModule.value()) return;  // a lane-only plugin
  auto module = std::make_shared<MountedModule>(host, id, db, clock, settings);
  modules.push_back(module);
  const auto mounted = serverModule ? addRoutes(module, *serverModule.value(), routes)
                                    : possdk::Status::fail(serverModule.error());
  if (!mounted) module->disable(mounted.error());
}

ServerPlugins::ServerPlugins(std::filesystem::path stateDir, db::Database& db, const possdk::Clock& clock,
                             const poscore::Config& settings)
    : state_(std::make_shared<State>(std::move(stateDir), db, clock, settings)) {}

ServerPlugins::~ServerPlugins() = default;

void ServerPlugins::mount(const std::vector<std::filesystem::path>& roots, http::Routes& routes) {
  auto& host = *state_->host;
  host.discover(roots);
  host.validate();
  host.resolve();
  host.load();
  for (const auto& record : host.plugins()) {
    if (record.state == poscore::PluginState::Loaded) state_->mountOne(record.id, routes);
    else state_->unloaded.push_back(PluginReport{record.id, "disabled", record.error, {}});
  }
  for (const auto& report : reports()) {
    auto& log = poscore::LogSink::instance();
    if (report.state == "mounted") log.write(possdk::LogLevel::Info, report.id, "server module mounted");
    else log.write(possdk::LogLevel::Error, report.id, "server module disabled: " + report.error);
  }
}

std::vector<PluginReport> ServerPlugins::reports() const { return state_->reports(); }

std::optional<http::ApiError> ServerPlugins::refusal(const std::string& path) const {
  static const std::string kPrefix = "/api/v1/plugins/";
  if (path.rfind(kPrefix, 0) != 0) return std::nullopt;
  const auto id = path.substr(kPrefix.size(), path.find('/', kPrefix.size()) - kPrefix.size());
  const bool unloaded = std::any_of(state_->unloaded.begin(), state_->unloaded.end(),
                                    [&](const PluginReport& r) { return r.id == id; });
  const bool disabled = std::any_of(state_->modules.begin(), state_->modules.end(),
                                    [&](const auto& m) { return m->id() == id && m->disabled(); });
  if (unloaded || disabled) return pluginDisabled(id);
  return std::nullopt;
}

std::vector<PluginReport> ServerPlugins::State::reports() const {
  auto out = unloaded;
  for (const auto& module : modules) out.push_back(module->report());
  std::sort(out.begin(), out.end(), [](const PluginReport& a, const PluginReport& b) { return a.id < b.id; });
  return out;
}

namespace {

std::string toJson(const std::vector<PluginReport>& reports) {
  Poco::JSON::Array list;
  for (const auto& r : reports) {
    Poco::JSON::Object item;
    item.set("id", r.id);
    item.set("state", r.state);
    item.set("error", r.error);
    Poco::JSON::Array routes;
    for (const auto& route : r.routes) routes.add(route);
    item.set("routes", routes);
    list.add(item);
  }
  Poco::JSON::Object body;
  body.set("plugins", list);
  std::ostringstream out;
  body.stringify(out);
  return out.str();
}

}  // namespace

void ServerPlugins::addListRoute(http::Routes& routes) {
  http::RouteSpec spec;
  spec.method = "GET";
  spec.path = "/api/v1/plugins";
  spec.roles = {"admin", "technician"};
  spec.summary = "The plugins' server modules: mounted or disabled, why, and their routes";
  spec.responseSchema =
      R"({"type":"object","required":["plugins"],"properties":{"plugins":{"type":"array","items":{"type":"object",)"
      R"("required":["id","state","error","routes"],"properties":{"id":{"type":"string"},)"
      R"("state":{"enum":["mounted","disabled"]},"error":{"type":"string"},)"
      R"("routes":{"type":"array","items":{"type":"string"}}}}}}})";
  spec.handler = [state = state_](const http::Request&) {
    http::Response out;
    out.body = toJson(state->reports());
    return out;
  };
  routes.add(std::move(spec));
}

}  // namespace posserver::modules
