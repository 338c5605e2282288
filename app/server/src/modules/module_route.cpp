#include "posserver/modules/module_route.hpp"

#include <algorithm>
#include <regex>
#include <set>

namespace posserver::modules {
namespace {

const std::set<std::string> kMethods{"GET", "POST", "PUT", "PATCH", "DELETE"};
const std::set<std::string> kRoles{"lane", "kiosk", "technician", "admin"};
const std::regex kLiteral{"[A-Za-z0-9._~-]+"};
const std::regex kParam{R"(\{([A-Za-z_][A-Za-z0-9_]*)\})"};

std::vector<std::string> segments(const std::string& path) {
  std::vector<std::string> out;
  std::size_t begin = 1;
  while (begin <= path.size()) {
    const auto end = std::min(path.find('/', begin), path.size());
    out.push_back(path.substr(begin, end - begin));
    begin = end + 1;
  }
  return out;
}

possdk::Status checkPath(const std::string& path) {
  if (path.empty() || path.front() != '/') return possdk::Status::fail("the path must start with '/'");
  std::set<std::string> names;
  for (const auto& segment : segments(path)) {
    std::smatch param;
    if (std::regex_match(segment, param, kParam)) {
      if (!names.insert(param[1]).second) return possdk::Status::fail("{" + param[1].str() + "} appears twice");
    } else if (!std::regex_match(segment, kLiteral)) {
      return possdk::Status::fail(segment.empty() ? "it has an empty segment (a '//' or a trailing '/')"
                                                  : "segment '" + segment +
                                                        "' is neither A-Z a-z 0-9 . _ ~ - nor a {name}");
    }
  }
  return possdk::Status::ok();
}

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
  if (auto path = checkPath(route.path); !path) return Mounted::fail(where + path.error());
  auto roles = checkRoles(route.roles);
  if (!roles) return Mounted::fail(where + roles.error());
  if (!route.handler) return Mounted::fail(where + "it has no handler");
  return MountedRoute{route.method, "/api/v1/plugins/" + pluginId + route.path, roles.value()};
}

std::string routeShape(const std::string& path) {
  static const std::regex anyParam{R"(\{[^/}]*\})"};
  return std::regex_replace(path, anyParam, "{}");
}

}  // namespace posserver::modules
