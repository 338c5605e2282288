#pragma once
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "possdk/sql.hpp"

namespace possdk {

struct HttpRequest {
  std::string method;
  std::string path;                               // below the module's mount, "/orders/42"
  std::map<std::string, std::string> pathParams;  // from "{name}" segments of the route
  std::map<std::string, std::string> query;
  std::string body;
  std::string deviceId;  // the authenticated caller
  std::string role;      // "lane", "kiosk", "technician", "admin"
};

struct HttpResponse {
  int status = 200;
  std::string body;  // JSON text
  std::string contentType = "application/json";
};

struct ServerContext {
  Sql& db;
};

struct Route {
  std::string method;              // "GET", "POST", ...
  std::string path;                // "/orders/{id}"
  std::vector<std::string> roles;  // who may call it
  std::function<HttpResponse(const HttpRequest&, ServerContext&)> handler;
};

// A plugin's part of pos-server: its tables (migrations) and its routes under /api/v1/plugins/<id>/.
class ServerModule {
 public:
  virtual ~ServerModule() = default;
  virtual std::vector<Migration> migrations() const = 0;
  virtual std::vector<Route> routes() = 0;
};

}  // namespace possdk
