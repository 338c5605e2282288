#pragma once
#include <string>
#include <vector>

#include "possdk/server_module.hpp"
#include "possdk/status.hpp"

namespace posserver::modules {

// A module's route as pos-server mounts it, or why it is refused (server_module.hpp says what a
// route may be; its path follows the route table's rule, http::templateProblem). The error names the
// route and what to change.
struct MountedRoute {
  std::string method;
  std::string path;                // "/api/v1/plugins/<id><route path>"
  std::vector<std::string> roles;  // empty for "public"
};
possdk::Result<MountedRoute> mountRoute(const std::string& pluginId, const possdk::Route& route);

}  // namespace posserver::modules
