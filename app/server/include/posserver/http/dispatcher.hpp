#pragma once
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>

#include "possdk/clock.hpp"
#include "possdk/logger.hpp"
#include "posserver/http/api.hpp"
#include "posserver/http/auth.hpp"
#include "posserver/http/metrics.hpp"
#include "posserver/http/out_of_service.hpp"
#include "posserver/http/rate_limiter.hpp"
#include "posserver/http/routes.hpp"

namespace posserver::http {

// Turns a Request into a Response through the route table, in this order: out of service (503, when
// an OutOfService is given and refuses the path) -> match (404, or 405 with Allow) -> 415 for a body that is not application/json -> bearer credential for routes with roles
// (401) -> role (403) -> rate limit (per device, else per remote address; 429) -> handler. Every
// failure becomes the error body of docs/server-api.md: ApiError as thrown, db::DatabaseUnavailable
// as 503, anything else as 500 "internal" (logged with a request id; the message stays in the log).
// Every answer is counted in Metrics by route template. Thread-safe as long as the handlers are.
class Dispatcher {
 public:
  // `outOfService` (may be null) must outlive the dispatcher.
  Dispatcher(const Routes& routes, Authenticator& authenticator, RateLimiter& limiter, Metrics& metrics,
             const possdk::Clock& clock, possdk::Logger& log, const OutOfService* outOfService = nullptr);

  // Never throws.
  Response handle(Request& request);
  // The answer for a request refused before dispatch (413 from the transport), counted like the rest.
  Response refuse(Request& request, const ApiError& error);

 private:
  Response dispatch(Request& request, std::string& errorCode);
  void authorize(Request& request, const RouteSpec& route);
  Response internalError(const Request& request, const std::string& what);
  void record(const Request& request, const Response& response, const std::string& errorCode,
              std::chrono::steady_clock::time_point started);

  const Routes& routes_;
  Authenticator& authenticator_;
  RateLimiter& limiter_;
  Metrics& metrics_;
  const possdk::Clock& clock_;
  possdk::Logger& log_;
  const OutOfService* outOfService_;
  std::atomic<std::uint64_t> nextRequestId_{1};
};

// GET /healthz, GET /metrics and GET /api/v1/openapi.json, none needing a credential. `routes`
// must outlive the server: the OpenAPI document is made from it at request time, so routes added
// afterwards appear too. `databaseUp` answers /healthz and the pos_database_up gauge.
void addOperationalRoutes(Routes& routes, Metrics& metrics, std::function<bool()> databaseUp);

}  // namespace posserver::http
