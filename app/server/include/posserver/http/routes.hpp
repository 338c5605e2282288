#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "posserver/http/api.hpp"

namespace posserver::http {

using Handler = std::function<Response(const Request&)>;

struct RouteSpec {
  std::string method;              // "GET", "POST", ...
  std::string path;                // "/api/v1/members/{id}/points"; {name} matches one segment
  std::vector<std::string> roles;  // who may call it; empty: no credential needed
  std::string summary;             // one line for the OpenAPI document
  std::string requestSchema;       // JSON Schema (text) of the body, "" when there is none
  std::string responseSchema;      // JSON Schema (text) of the success body
  int successStatus = 200;
  std::string rateLimit;           // a RateLimiter bucket name, "" for none
  Handler handler;
};

// The route table: the dispatcher matches on it and the OpenAPI document is generated from it, so
// the two cannot disagree.
class Routes {
 public:
  // Throws std::invalid_argument for a malformed template or a method+path added twice.
  void add(RouteSpec spec);

  struct Match {
    const RouteSpec* route = nullptr;
    std::map<std::string, std::string> params;
  };
  // The route for method+path; nullopt when none. allowed() lists the methods the path has, for
  // telling 405 from 404.
  std::optional<Match> match(const std::string& method, const std::string& path) const;
  std::vector<std::string> allowed(const std::string& path) const;

  const std::vector<RouteSpec>& all() const { return routes_; }

 private:
  std::vector<RouteSpec> routes_;
};

}  // namespace posserver::http
