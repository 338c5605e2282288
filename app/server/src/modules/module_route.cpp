#include "posserver/modules/module_route.hpp"

#include <set>

#include "posserver/http/routes.hpp"

namespace posserver::modules {
namespace {

const std::set<std::string> kMethods{"GET", "POST", "PUT", "PATCH", "DELETE"};
const std::set<std::string> kRoles{"lane", "kiosk", "technician", "admin"};

possdk::Result<std::vector<std::string>> checkRoles(const std::vector<std::string>& roles) {
  using Roles = possdk::Result<std::vector<std::string>>;
  if (roles == std::vector<std::string>{"public"}) return std::vector<std::string>{};
  if (roles.empty()) return Roles::fail("it names no role; list who may call it, or {\"public\"} for anyone");
  for (const auto& role : roles) {
    if (!kRoles.count(role)) {
      return Roles::fail("role '" + role + "' is unknown; use lane, kiosk, technician, admin, or public alone");
    }
  }
  return roles;
}

}  // namespace

possdk::Result<MountedRoute> mountRoute(const std::string& pluginId, const possdk::Route& route) {
  using Mounted = possdk::Result<MountedRoute>;
  const auto where = "route " + route.method + " " + route.path + " of plugin " + pluginId + " is refused: ";
  if (!kMethods.count(route.method)) return Mounted::fail(where + "the method must be GET, POST, PUT, PATCH or DELETE");
  // The route table's own rule, on the module's path so that the reason names the plugin's segment.
  if (const auto problem = http::templateProblem(route.path)) return Mounted::fail(where + *problem);
  auto roles = checkRoles(route.roles);
  if (!roles) return Mounted::fail(where + roles.error());
  if (!route.handler) return Mounted::fail(where + "it has no handler");
  return MountedRoute{route.method, "/api/v1/plugins/" + pluginId + route.path, roles.value()};
}

}  // namespace posserver::modules
