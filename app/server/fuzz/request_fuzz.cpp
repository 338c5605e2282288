// libFuzzer target for pos-server's request path: the input becomes one HTTP request (method,
// path and query, a few headers, a body) for Dispatcher::handle on a route table that exercises
// every JsonBody accessor, path parameters, credentials, roles and a rate limit. It aborts when an
// invariant breaks: a status outside 100-599, an error answer without the error body of
// docs/server-api.md, or an exception escaping the dispatcher.
#include <Poco/Exception.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/URI.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>

#include "poscore/services/clocks.hpp"
#include "posserver/db/database.hpp"
#include "posserver/http/dispatcher.hpp"
#include "posserver/http/json_body.hpp"

namespace {

using namespace posserver::http;

class SilentLogger final : public possdk::Logger {
 public:
  void log(possdk::LogLevel, std::string_view) override {}
};

class FuzzAuthenticator final : public Authenticator {
 public:
  Caller authenticate(const std::string& token) override {
    if (token == "lane-token") return {"dev-lane", "lane", "S001", "L01"};
    if (token == "admin-token") return {"dev-admin", "admin", "S001", ""};
    if (token == "revoked-token") throw ApiError(401, "device_revoked", "Authorization", "revoked");
    throw ApiError(401, "unauthenticated", "Authorization", "unknown token");
  }
};

std::string stringify(const Poco::JSON::Object& object) {
  std::ostringstream text;
  object.stringify(text);
  return text.str();
}

// Uses every accessor, the way a resource handler does.
Response postParts(const Request& request) {
  const auto& id = request.pathParams.at("id");
  if (id == "boom") throw std::runtime_error("a handler bug");
  if (id == "down") throw posserver::db::DatabaseUnavailable("connection refused");
  if (id.empty() || !std::all_of(id.begin(), id.end(), [](unsigned char c) { return std::isdigit(c); })) {
    throw ApiError(404, "thing_not_found", "id", "no thing " + id);
  }
  const auto body = JsonBody::parse(request.body);
  body.allowOnly({"name", "note", "qty", "price", "gift", "meta", "lines"});
  Poco::JSON::Object answer;
  answer.set("name", body.requireString("name", 20));
  answer.set("note", body.optionalString("note", 50).value_or(""));
  answer.set("qty", body.requireInt("qty", 1, 1000));
  answer.set("price", body.optionalInt("price", -1'000'000'000, 1'000'000'000).value_or(0));
  answer.set("gift", body.optionalBool("gift", false));
  const auto meta = body.requireObject("meta");
  answer.set("tags", static_cast<int>(meta.optionalStrings("tags", 5, 10).size()));
  std::int64_t total = 0;
  for (const auto& line : body.optionalObjects("lines", 10)) {
    total += line.requireInt("n", 0, 100);
    if (line.has("sku")) answer.set(line.nameOf("sku"), line.requireString("sku", 14));
  }
  answer.set("total", total);
  Response response;
  response.status = 201;
  response.body = stringify(answer);
  return response;
}

struct Fixture {
  Fixture() {
    limiter.configure("fuzz", {.capacity = 5, .refillPerMinute = 60});
    add("POST", "/api/v1/things/{id}/parts", {"lane", "admin"}, "fuzz", postParts);
    add("GET", "/api/v1/things/{id}", {"lane", "kiosk"}, "", [](const Request& r) {
      Poco::JSON::Object answer;
      answer.set("id", r.pathParams.at("id"));
      answer.set("query", static_cast<int>(r.query.size()));
      Response response;
      response.body = stringify(answer);
      return response;
    });
    add("GET", "/api/v1/things/lookup", {}, "fuzz", [](const Request& r) {
      const auto card = r.query.find("card");
      if (card == r.query.end()) throw ApiError(422, "missing_field", "card", "give ?card=");
      Response response;
      response.body = "{}";
      return response;
    });
    addOperationalRoutes(routes, metrics, [] { return true; });
  }

  void add(std::string method, std::string path, std::vector<std::string> roles, std::string limit, Handler handler) {
    RouteSpec spec;
    spec.method = std::move(method);
    spec.path = std::move(path);
    spec.roles = std::move(roles);
    spec.rateLimit = std::move(limit);
    spec.handler = std::move(handler);
    routes.add(std::move(spec));
  }

  poscore::ManualClock clock;
  Routes routes;
  FuzzAuthenticator authenticator;
  RateLimiter limiter{clock, 64};
  Metrics metrics;
  SilentLogger log;
  Dispatcher dispatcher{routes, authenticator, limiter, metrics, clock, log};
};

[[noreturn]] void broken(const std::string& what, const Response& response) {
  std::fprintf(stderr, "invariant broken: %s\nstatus %d, body: %s\n", what.c_str(), response.status,
               response.body.c_str());
  std::abort();
}

void checkErrorBody(const Response& response) {
  Poco::JSON::Object::Ptr error;
  try {
    const auto parsed = Poco::JSON::Parser().parse(response.body).extract<Poco::JSON::Object::Ptr>();
    error = parsed->getObject("error");
  } catch (const std::exception&) {
    broken("an error answer whose body is not a JSON object", response);
  }
  if (!error) broken("an error answer without \"error\"", response);
  for (const auto* field : {"code", "field", "message"}) {
    if (!error->has(field) || !error->get(field).isString()) broken(std::string("no string error.") + field, response);
  }
  if (error->getValue<std::string>("code").empty()) broken("an empty error.code", response);
  if (!error->has("status") || !error->get("status").isInteger() || error->getValue<int>("status") != response.status) {
    broken("error.status missing or not the answer's status", response);
  }
}

// The input as a request: "METHOD TARGET\n", header lines "name: value\n" up to an empty line, then the body.
bool split(const std::string& input, Request& request) {
  std::istringstream lines(input);
  std::string line;
  std::getline(lines, line);
  const auto space = line.find(' ');
  if (space == std::string::npos) return false;
  request.method = line.substr(0, space);
  try {
    const Poco::URI uri(line.substr(space + 1));
    request.path = uri.getPath();
    for (const auto& [name, value] : uri.getQueryParameters()) request.query[name] = value;
  } catch (const Poco::Exception&) {
    return false;  // the transport answers 400 before dispatch
  }
  for (int count = 0; count < 8 && std::getline(lines, line) && !line.empty(); ++count) {
    const auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    auto name = line.substr(0, colon);
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    const auto value = line.substr(colon + 1);
    request.headers[name] = value.substr(std::min(value.find_first_not_of(' '), value.size()));
  }
  const auto bodyAt = lines.tellg();
  if (bodyAt >= 0) request.body = input.substr(static_cast<std::size_t>(bodyAt));
  request.remoteAddress = "127.0.0.1";
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Fixture fixture;
  Request request;
  if (!split(std::string(reinterpret_cast<const char*>(data), size), request)) return 0;
  fixture.clock.advance(std::chrono::milliseconds(1000));
  Response response;
  try {
    response = fixture.dispatcher.handle(request);
  } catch (...) {
    std::fprintf(stderr, "invariant broken: an exception escaped Dispatcher::handle\n");
    std::abort();
  }
  if (response.status < 100 || response.status > 599) broken("status outside 100-599", response);
  if (response.status >= 400) checkErrorBody(response);
  return 0;
}
