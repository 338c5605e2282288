#include "mounted_module.hpp"

#include "module_exchange.hpp"
#include "module_sql.hpp"
#include "poscore/plugins/plugin_call.hpp"
#include "poscore/services/log.hpp"

namespace posserver::modules {

http::ApiError pluginDisabled(const std::string& id) {
  return http::ApiError(503, "plugin_disabled", "",
                        "plugin " + id + " is disabled (GET /api/v1/plugins says why); its routes answer again once "
                        "it is fixed or released from quarantine and pos-server is restarted");
}

MountedModule::MountedModule(std::shared_ptr<poscore::PluginHost> host, std::string id, db::Database& db,
                             const possdk::Clock& clock, const poscore::Config& config)
    : host_(std::move(host)),
      id_(std::move(id)),
      mount_("/api/v1/plugins/" + id_),
      db_(db),
      clock_(clock),
      log_(poscore::makeLogger(id_)),
      settings_(config, id_) {}

// The handlers are plugin code too, and so are their destructors.
MountedModule::~MountedModule() {
  const auto status = poscore::callPlugin(id_, "~Route", [&] { routes_.clear(); });
  if (!status) log_->error(status.error());
}

void MountedModule::disable(const std::string& why) {
  std::lock_guard lock(mutex_);
  if (!disabled_) disabled_ = why;
}

const possdk::Route& MountedModule::keep(possdk::Route route, std::string mounted) {
  routes_.push_back(std::move(route));
  mounted_.push_back(std::move(mounted));
  return routes_.back();
}

http::Response MountedModule::call(const possdk::Route& route, const http::Request& request) {
  // Disabled by a handler on another thread after the dispatcher's check.
  if (disabled()) throw pluginDisabled(id_);
  std::optional<std::string> lost;
  ModuleSql sql(db_, lost);
  possdk::ServerContext context{sql, clock_, *log_, settings_};
  const auto in = toModuleRequest(request, mount_);
  possdk::HttpResponse answer;
  const auto status = poscore::callPlugin(id_, "route " + route.method + " " + route.path,
                                          [&] { answer = route.handler(in, context); });
  if (lost) throw db::DatabaseUnavailable(*lost);
  auto out = status ? toHttpResponse(answer) : possdk::Result<http::Response>::fail(status.error());
  if (out) return out.value();
  disable(out.error());
  log_->error("disabled: " + out.error());
  // The cause may hold the plugin's internals: it goes to the log and the plugin list, not to the caller.
  throw http::ApiError(500, "plugin_failed", "",
                       "plugin " + id_ + " failed on " + route.method + " " + route.path +
                           " and is disabled until it is fixed and pos-server is restarted; GET /api/v1/plugins "
                           "and the server log say why");
}

bool MountedModule::disabled() const {
  std::lock_guard lock(mutex_);
  return disabled_.has_value();
}

PluginReport MountedModule::report() const {
  std::lock_guard lock(mutex_);
  return PluginReport{id_, disabled_ ? "disabled" : "mounted", disabled_.value_or(""), mounted_};
}

}  // namespace posserver::modules
