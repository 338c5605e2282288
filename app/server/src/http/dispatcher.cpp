#include "posserver/http/dispatcher.hpp"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/String.h>

#include <algorithm>
#include <cctype>
#include <vector>

#include "posserver/db/database.hpp"

namespace posserver::http {
namespace {

std::string trim(const std::string& text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::string mediaType(const std::string& contentType) {
  return Poco::toLower(trim(contentType.substr(0, contentType.find(';'))));
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

std::string bearerToken(const Request& request) {
  const auto value = trim(request.header("authorization"));
  if (value.empty()) {
    throw ApiError(401, "unauthenticated", "Authorization",
                   "this route needs a device credential: send Authorization: Bearer <token>");
  }
  const auto space = value.find(' ');
  if (space == std::string::npos || Poco::toLower(value.substr(0, space)) != "bearer" || trim(value.substr(space)).empty()) {
    throw ApiError(401, "unauthenticated", "Authorization",
                   "the Authorization header must be \"Bearer <token>\"; enrol the device to get a token");
  }
  return trim(value.substr(space));
}

// The method as a metrics label: a client may send any token as a method, and each distinct label
// would be a new series kept for the life of the process.
std::string methodLabel(const std::string& method) {
  static const std::vector<std::string> known = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};
  return std::find(known.begin(), known.end(), method) == known.end() ? "other" : method;
}

// The error code of an error answer a handler built itself instead of throwing ApiError.
std::string codeOf(const Response& response) {
  try {
    const auto body = Poco::JSON::Parser().parse(response.body).extract<Poco::JSON::Object::Ptr>();
    const auto code = body->getObject("error")->getValue<std::string>("code");
    if (!code.empty()) return code;
  } catch (const std::exception&) {
    // Not the documented error body; counted under "unknown" below.
  }
  return "unknown";
}

}  // namespace

Dispatcher::Dispatcher(const Routes& routes, Authenticator& authenticator, RateLimiter& limiter, Metrics& metrics,
                       const possdk::Clock& clock, possdk::Logger& log, const OutOfService* outOfService)
    : routes_(routes),
      authenticator_(authenticator),
      limiter_(limiter),
      metrics_(metrics),
      clock_(clock),
      log_(log),
      outOfService_(outOfService) {}

Response Dispatcher::handle(Request& request) {
  const auto started = clock_.monotonic();
  std::string errorCode;
  Response response;
  try {
    response = dispatch(request, errorCode);
  } catch (const ApiError& e) {
    errorCode = e.code();
    response = e.toResponse();
  } catch (const db::DatabaseUnavailable& e) {
    log_.warn("request " + request.method + " " + request.path + ": database unavailable: " + e.what());
    errorCode = "database_unavailable";
    response = ApiError(503, errorCode, "", "the database cannot be reached; try again later").toResponse();
  } catch (const std::exception& e) {
    errorCode = "internal";
    response = internalError(request, e.what());
  } catch (...) {
    errorCode = "internal";
    response = internalError(request, "an exception that is not a std::exception");
  }
  record(request, response, errorCode, started);
  return response;
}

Response Dispatcher::refuse(Request& request, const ApiError& error) {
  const auto started = clock_.monotonic();
  if (const auto match = routes_.match(request.method, request.path)) request.route = match->route->path;
  const auto response = error.toResponse();
  record(request, response, error.code(), started);
  return response;
}

Response Dispatcher::dispatch(Request& request, std::string& errorCode) {
  if (outOfService_ != nullptr) {
    if (auto refusal = outOfService_->refusal(request.path)) throw *refusal;
  }
  const auto match = routes_.match(request.method, request.path);
  if (!match) {
    const auto allowed = routes_.allowed(request.path);
    if (allowed.empty()) throw ApiError(404, "not_found", "", "there is no route " + request.path);
    throw ApiError(405, "method_not_allowed", "",
                   request.path + " does not take " + request.method + "; it takes " + joined(allowed),
                   {{"Allow", joined(allowed)}});
  }
  const auto& route = *match->route;
  request.route = route.path;
  request.pathParams = match->params;

  if (!request.body.empty() && mediaType(request.header("content-type")) != "application/json") {
    throw ApiError(415, "unsupported_media_type", "Content-Type",
                   "the body must be JSON: send Content-Type: application/json");
  }
  if (!route.roles.empty()) authorize(request, route);
  if (!route.rateLimit.empty()) {
    const auto key = request.caller ? "device:" + request.caller->deviceId : "address:" + request.remoteAddress;
    limiter_.take(route.rateLimit, key);
  }
  auto response = route.handler(request);
  if (response.status >= 400) errorCode = codeOf(response);
  return response;
}

void Dispatcher::authorize(Request& request, const RouteSpec& route) {
  request.caller = authenticator_.authenticate(bearerToken(request));
  if (std::find(route.roles.begin(), route.roles.end(), request.caller->role) == route.roles.end()) {
    throw ApiError(403, "forbidden", "",
                   "a " + request.caller->role + " device may not call " + route.method + " " + route.path +
                       "; it is for: " + joined(route.roles));
  }
}

Response Dispatcher::internalError(const Request& request, const std::string& what) {
  const auto id = "r" + std::to_string(nextRequestId_.fetch_add(1));
  log_.error("request " + id + " " + request.method + " " + request.path + " failed: " + what);
  auto response = ApiError(500, "internal", "",
                           "the server failed on this request (id " + id + "); report the id to the administrator")
                      .toResponse();
  response.headers.emplace_back("X-Request-Id", id);
  return response;
}

void Dispatcher::record(const Request& request, const Response& response, const std::string& errorCode,
                        std::chrono::steady_clock::time_point started) {
  try {
    const auto route = request.route.empty() ? std::string("unmatched") : request.route;
    metrics_.observeRequest(methodLabel(request.method), route, response.status, errorCode, clock_.monotonic() - started);
  } catch (const std::exception& e) {
    log_.error(std::string("could not record a request in the metrics: ") + e.what());
  }
}

}  // namespace posserver::http
