#pragma once
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "possdk/clock.hpp"
#include "possdk/logger.hpp"
#include "possdk/settings.hpp"
#include "possdk/sql.hpp"

namespace possdk {

// How pos-server runs a module (docs/server-api.md, "Plugins"): it loads the plugin library and
// creates the plugin, but never calls init(), start() or stop() (a server has no lane services),
// then asks serverModule() once, applies migrations() under the plugin's id with
// Database::migrate, and mounts routes() at /api/v1/plugins/<id><path>. Handlers run on the
// server's request threads, several at once, so a module guards its own state.
//
// A handler that throws answers 500 and disables the module until the server restarts. A returned
// HttpResponse is sent as it is, whatever its status. A plugin whose migrations fail, whose
// serverModule() throws, or with a route refused at mount (below) is disabled as a whole, and the
// rest of the server serves on. While a plugin is disabled, every path under its mount answers 503
// "plugin_disabled", so lanes keep their calls to it queued until it is back.

// The host builds the request and a plugin only reads it, so a minor SDK release may append members
// (never reorder or remove); a module built against an older minor sees the members it knows.
struct HttpRequest {
  std::string method;
  std::string path;                               // below the module's mount, "/orders/42"
  std::map<std::string, std::string> pathParams;  // from "{name}" segments of the route
  std::map<std::string, std::string> query;
  std::string body;
  std::string deviceId;  // the authenticated caller
  std::string role;      // "lane", "kiosk", "technician", "admin"
  // Since ABI 1.2. The request's Idempotency-Key header as sent, "" when it has none. A lane sends
  // each outbox call with one key, the same on every retry (a retry follows a timeout or a lost
  // answer, so the first attempt may have been applied). A handler that writes stores the key with
  // what it wrote, in the same transaction, under a UNIQUE constraint, and answers a repeated key
  // with what it answered the first time instead of writing again. Check it as any input: a module
  // that needs one answers 400 when it is missing or not to its liking.
  std::string idempotencyKey;
};

struct HttpResponse {
  int status = 200;
  std::string body;  // JSON text
  std::string contentType = "application/json";
};

// What a handler gets besides the request; valid for that call only. The host builds it and a
// plugin only reads it, so a minor SDK release may append members (never reorder or remove).
struct ServerContext {
  // The server's database (SQLite or PostgreSQL); see sql.hpp for the SQL both accept. When the
  // database cannot be reached, calls fail and the server answers 503 whatever the handler returns.
  Sql& db;
  // Since ABI 1.2.
  const Clock& clock;  // the server's clock; never read the system time directly
  Logger& log;         // lines tagged with the plugin id
  // The plugin's settings: "plugins.<id>.<key>" of the server's settings file, read only (the
  // server keeps no run-time overrides).
  const Settings& settings;
};

struct Route {
  std::string method;              // "GET", "POST", "PUT", "PATCH" or "DELETE"
  // "/orders/{id}": one or more segments of A-Z a-z 0-9 . _ ~ -, or {name} matching one segment
  // (name: a letter or '_', then letters, digits, '_'), no empty segment, no trailing '/'.
  std::string path;
  // Who may call it: "lane", "kiosk", "technician", "admin", or just "public" for no credential
  // (a page a customer's phone opens). Empty or unknown roles refuse the module at mount.
  std::vector<std::string> roles;
  std::function<HttpResponse(const HttpRequest&, ServerContext&)> handler;
};

// A plugin's part of pos-server: its tables (migrations) and its routes under /api/v1/plugins/<id>/.
// Each is called once, at server start.
class ServerModule {
 public:
  virtual ~ServerModule() = default;
  virtual std::vector<Migration> migrations() const = 0;
  virtual std::vector<Route> routes() = 0;
};

}  // namespace possdk
