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

// Why `path` is not a route template, or nullopt when it is one. A template is '/' and one or more
// segments, each of A-Z a-z 0-9 . _ ~ - (a request path is percent-decoded before it is matched, so
// other characters could not be matched as sent) or a whole-segment {name} (a letter or '_', then
// letters, digits and '_'), no name twice. The reason names the segment at fault.
std::optional<std::string> templateProblem(const std::string& path);

// The template with every {name} written {}: two routes of one method and one shape would match
// the same requests, whatever their parameters are called.
std::string routeShape(const std::string& path);

// The route table: the dispatcher matches on it and the OpenAPI document is generated from it, so
// the two cannot disagree.
class Routes {
 public:
  // Throws std::invalid_argument for a malformed template (templateProblem) or a method and shape
  // added twice.
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
