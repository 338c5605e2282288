#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include "http_fakes.hpp"
#include "poscore/services/clocks.hpp"
#include "posserver/db/database.hpp"
#include "posserver/http/dispatcher.hpp"
#include "posserver/http/json_body.hpp"

using namespace posserver::http;

namespace {

Poco::JSON::Object::Ptr parse(const std::string& text) {
  return Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
}

class DispatcherTest : public ::testing::Test {
 protected:
  DispatcherTest() {
    limiter.configure("lookup", {.capacity = 1, .refillPerMinute = 1});
    add("GET", "/api/v1/members/{id}", {"lane", "kiosk"}, "", [](const Request& r) {
      Response response;
      response.body = R"({"id":")" + r.pathParams.at("id") + R"(","device":")" + r.caller->deviceId + "\"}";
      return response;
    });
    add("POST", "/api/v1/members/{id}", {"admin"}, "", [](const Request& r) {
      const auto body = JsonBody::parse(r.body);
      Response response;
      response.status = 201;
      response.body = "{\"points\":" + std::to_string(body.requireInt("points", 1, 10)) + "}";
      return response;
    });
    add("GET", "/api/v1/lookup", {"lane", "admin"}, "lookup", [](const Request&) { return Response{}; });
    add("POST", "/api/v1/enrol", {}, "lookup", [](const Request&) { return Response{}; });
    add("GET", "/boom", {}, "", [](const Request&) -> Response { throw std::runtime_error("secret detail"); });
    add("GET", "/down", {}, "", [](const Request&) -> Response {
      throw posserver::db::DatabaseUnavailable("connection refused");
    });
    add("GET", "/built-error", {}, "", [](const Request&) { return ApiError(409, "conflict", "", "taken").toResponse(); });
    add("GET", "/bare-error", {}, "", [](const Request&) {
      Response response;
      response.status = 502;
      response.body = "upstream";
      return response;
    });
    addOperationalRoutes(routes, metrics, [this] { return databaseUp; });
  }

  void add(std::string method, std::string path, std::vector<std::string> roles, std::string limit, Handler handler) {
    RouteSpec spec;
    spec.method = std::move(method);
    spec.path = std::move(path);
    spec.roles = std::move(roles);
    spec.rateLimit = std::move(limit);
    spec.summary = "test route";
    if (spec.method == "POST") spec.requestSchema = R"({"type":"object"})";
    spec.handler = std::move(handler);
    routes.add(std::move(spec));
  }

  Response call(std::string method, std::string path, std::string token = "", std::string body = "",
                std::string contentType = "application/json") {
    Request request;
    request.method = std::move(method);
    request.path = std::move(path);
    request.remoteAddress = "10.0.0.9";
    if (!token.empty()) request.headers["authorization"] = "Bearer " + token;
    if (!body.empty()) request.headers["content-type"] = contentType;
    request.body = std::move(body);
    return dispatcher.handle(request);
  }

  // The error object of an error answer, checked to have every field.
  Poco::JSON::Object::Ptr errorOf(const Response& response) {
    const auto error = parse(response.body)->getObject("error");
    EXPECT_TRUE(error);
    if (!error) return new Poco::JSON::Object;
    EXPECT_EQ(error->getValue<int>("status"), response.status);
    EXPECT_TRUE(error->has("field"));
    EXPECT_TRUE(error->has("message"));
    return error;
  }

  std::string header(const Response& response, const std::string& name) {
    for (const auto& [key, value] : response.headers) {
      if (key == name) return value;
    }
    return "";
  }

  poscore::ManualClock clock;
  Routes routes;
  postest::FakeAuthenticator authenticator;
  RateLimiter limiter{clock};
  Metrics metrics;
  postest::CapturingLogger log;
  Dispatcher dispatcher{routes, authenticator, limiter, metrics, clock, log};
  bool databaseUp = true;
};

}  // namespace

TEST_F(DispatcherTest, RoutesToTheHandlerWithParametersAndCaller) {
  const auto response = call("GET", "/api/v1/members/42", "lane-token");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, R"({"id":"42","device":"dev-lane"})");
}

TEST_F(DispatcherTest, UnknownPathIs404AndOtherMethodIs405WithAllow) {
  const auto missing = call("GET", "/api/v1/nothing");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(errorOf(missing)->getValue<std::string>("code"), "not_found");
  const auto wrongMethod = call("DELETE", "/api/v1/members/42");
  EXPECT_EQ(wrongMethod.status, 405);
  EXPECT_EQ(errorOf(wrongMethod)->getValue<std::string>("code"), "method_not_allowed");
  EXPECT_EQ(header(wrongMethod, "Allow"), "GET, POST");
}

TEST_F(DispatcherTest, BodyThatIsNotJsonIs415BeforeAuthentication) {
  const auto response = call("POST", "/api/v1/members/1", "", "points=3", "application/x-www-form-urlencoded");
  EXPECT_EQ(response.status, 415);
  EXPECT_EQ(errorOf(response)->getValue<std::string>("field"), "Content-Type");
  EXPECT_EQ(call("POST", "/api/v1/members/1", "admin-token", R"({"points":3})", "Application/JSON; charset=utf-8").status,
            201);
}

TEST_F(DispatcherTest, CredentialsAreCheckedForRoutesWithRoles) {
  const auto none = call("GET", "/api/v1/members/1");
  EXPECT_EQ(none.status, 401);
  EXPECT_EQ(errorOf(none)->getValue<std::string>("code"), "unauthenticated");
  EXPECT_EQ(errorOf(none)->getValue<std::string>("field"), "Authorization");

  Request basic;
  basic.method = "GET";
  basic.path = "/api/v1/members/1";
  basic.headers["authorization"] = "Basic abc";
  EXPECT_EQ(errorOf(dispatcher.handle(basic))->getValue<std::string>("code"), "unauthenticated");

  EXPECT_EQ(errorOf(call("GET", "/api/v1/members/1", "nobody"))->getValue<std::string>("code"), "unauthenticated");
  const auto revoked = call("GET", "/api/v1/members/1", "revoked-token");
  EXPECT_EQ(revoked.status, 401);
  EXPECT_EQ(errorOf(revoked)->getValue<std::string>("code"), "device_revoked");
}

TEST_F(DispatcherTest, WrongRoleIs403) {
  const auto response = call("POST", "/api/v1/members/1", "lane-token", R"({"points":3})");
  EXPECT_EQ(response.status, 403);
  EXPECT_EQ(errorOf(response)->getValue<std::string>("code"), "forbidden");
}

TEST_F(DispatcherTest, ValidationErrorsFromHandlersKeepTheirBody) {
  const auto response = call("POST", "/api/v1/members/1", "admin-token", R"({"points":"ten"})");
  EXPECT_EQ(response.status, 422);
  const auto error = errorOf(response);
  EXPECT_EQ(error->getValue<std::string>("code"), "invalid_field");
  EXPECT_EQ(error->getValue<std::string>("field"), "points");
  EXPECT_EQ(error->getValue<std::string>("message"), R"(points must be a whole number from 1 to 10; got "ten")");
  EXPECT_EQ(call("POST", "/api/v1/members/1", "admin-token", "{").status, 400);
}

TEST_F(DispatcherTest, RateLimitIsPerDeviceElsePerAddress) {
  EXPECT_EQ(call("GET", "/api/v1/lookup", "lane-token").status, 200);
  const auto limited = call("GET", "/api/v1/lookup", "lane-token");
  EXPECT_EQ(limited.status, 429);
  EXPECT_EQ(errorOf(limited)->getValue<std::string>("code"), "rate_limited");
  EXPECT_EQ(header(limited, "Retry-After"), "60");
  EXPECT_EQ(call("GET", "/api/v1/lookup", "admin-token").status, 200);  // another device
  EXPECT_EQ(call("POST", "/api/v1/enrol", "", "{}").status, 200);       // by address
  EXPECT_EQ(call("POST", "/api/v1/enrol", "", "{}").status, 429);
}

TEST_F(DispatcherTest, InternalErrorsAreLoggedWithAnIdAndNotLeaked) {
  const auto response = call("GET", "/boom");
  EXPECT_EQ(response.status, 500);
  const auto message = errorOf(response)->getValue<std::string>("message");
  EXPECT_EQ(message.find("secret"), std::string::npos);
  const auto id = header(response, "X-Request-Id");
  ASSERT_FALSE(id.empty());
  EXPECT_NE(message.find(id), std::string::npos);
  ASSERT_EQ(log.lines().size(), 1u);
  EXPECT_NE(log.lines()[0].find(id), std::string::npos);
  EXPECT_NE(log.lines()[0].find("secret detail"), std::string::npos);
}

TEST_F(DispatcherTest, UnreachableDatabaseIs503) {
  const auto response = call("GET", "/down");
  EXPECT_EQ(response.status, 503);
  EXPECT_EQ(errorOf(response)->getValue<std::string>("code"), "database_unavailable");
}

TEST_F(DispatcherTest, EveryAnswerIsCountedByRouteTemplate) {
  (void)call("GET", "/api/v1/members/42", "lane-token");
  (void)call("GET", "/api/v1/members/43", "nobody");
  (void)call("GET", "/nowhere");
  const auto text = metrics.render();
  EXPECT_NE(text.find(R"(pos_http_requests_total{method="GET",route="/api/v1/members/{id}",status="200"} 1)"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find(R"(pos_http_errors_total{route="/api/v1/members/{id}",code="unauthenticated"} 1)"),
            std::string::npos);
  EXPECT_NE(text.find(R"(pos_http_requests_total{method="GET",route="unmatched",status="404"} 1)"), std::string::npos);
  EXPECT_EQ(text.find("/members/42"), std::string::npos);
}

namespace {

// Everything under /api/v1/members/ is down, as the mount of a disabled plugin would be.
class MembersDown final : public OutOfService {
 public:
  std::optional<ApiError> refusal(const std::string& path) const override {
    if (path.rfind("/api/v1/members/", 0) != 0) return std::nullopt;
    return ApiError(503, "plugin_disabled", "", "members are down");
  }
};

}  // namespace

TEST_F(DispatcherTest, AnOutOfServicePathIs503BeforeRoutesAndCredentials) {
  MembersDown down;
  Dispatcher guarded{routes, authenticator, limiter, metrics, clock, log, &down};
  const auto send = [&](std::string method, std::string path) {
    Request request;
    request.method = std::move(method);
    request.path = std::move(path);
    return guarded.handle(request);
  };
  // A route without credential, a method the path does not take, a path with no route: all 503.
  for (const auto& [method, path] : std::vector<std::pair<std::string, std::string>>{
           {"GET", "/api/v1/members/42"}, {"DELETE", "/api/v1/members/42"}, {"GET", "/api/v1/members/42/newer"}}) {
    const auto response = send(method, path);
    EXPECT_EQ(response.status, 503) << method << " " << path;
    EXPECT_EQ(errorOf(response)->getValue<std::string>("code"), "plugin_disabled");
  }
  EXPECT_EQ(send("GET", "/api/v1/nothing").status, 404);
  EXPECT_EQ(send("GET", "/boom").status, 500);
}

TEST_F(DispatcherTest, ErrorAnswersReturnedByHandlersAreCountedByTheirCode) {
  EXPECT_EQ(call("GET", "/built-error").status, 409);
  EXPECT_EQ(call("GET", "/bare-error").status, 502);
  const auto text = metrics.render();
  EXPECT_NE(text.find(R"(pos_http_errors_total{route="/built-error",code="conflict"} 1)"), std::string::npos) << text;
  EXPECT_NE(text.find(R"(pos_http_errors_total{route="/bare-error",code="unknown"} 1)"), std::string::npos);
}

TEST_F(DispatcherTest, UnknownMethodsShareOneMetricsLabel) {
  (void)call("BREW", "/nowhere");
  (void)call("X-RANDOM", "/nowhere");
  const auto text = metrics.render();
  EXPECT_NE(text.find(R"(pos_http_requests_total{method="other",route="unmatched",status="404"} 2)"), std::string::npos)
      << text;
  EXPECT_EQ(text.find("BREW"), std::string::npos);
}

TEST_F(DispatcherTest, HealthzFollowsTheDatabase) {
  const auto up = call("GET", "/healthz");
  EXPECT_EQ(up.status, 200);
  EXPECT_EQ(up.body, R"({"status":"ok","database":"ok"})");
  databaseUp = false;
  const auto down = call("GET", "/healthz");
  EXPECT_EQ(down.status, 503);
  EXPECT_EQ(parse(down.body)->getValue<std::string>("database"), "unavailable");
}

TEST_F(DispatcherTest, MetricsRouteServesPrometheusTextWithTheDatabaseGauge) {
  databaseUp = false;
  const auto response = call("GET", "/metrics");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.contentType, "text/plain; version=0.0.4; charset=utf-8");
  EXPECT_NE(response.body.find("\npos_database_up 0\n"), std::string::npos) << response.body;
}

TEST_F(DispatcherTest, OpenApiDocumentDescribesEveryRoute) {
  const auto response = call("GET", "/api/v1/openapi.json");
  ASSERT_EQ(response.status, 200);
  const auto document = parse(response.body);
  EXPECT_EQ(document->getValue<std::string>("openapi"), "3.0.3");
  const auto paths = document->getObject("paths");
  for (const auto& route : routes.all()) {
    std::string method = route.method;
    for (auto& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    ASSERT_TRUE(paths->has(route.path)) << route.path;
    ASSERT_TRUE(paths->getObject(route.path)->has(method)) << route.method << " " << route.path;
  }
  const auto get = paths->getObject("/api/v1/members/{id}")->getObject("get");
  EXPECT_EQ(get->getArray("parameters")->getObject(0)->getValue<std::string>("name"), "id");
  EXPECT_EQ(get->getArray("parameters")->getObject(0)->getValue<std::string>("in"), "path");
  EXPECT_TRUE(get->getArray("security")->getObject(0)->has("bearer"));
  EXPECT_EQ(get->getArray("x-roles")->getElement<std::string>(1), "kiosk");
  EXPECT_EQ(get->getObject("responses")
                ->getObject("401")
                ->getObject("content")
                ->getObject("application/json")
                ->getObject("schema")
                ->getValue<std::string>("$ref"),
            "#/components/schemas/Error");
  const auto post = paths->getObject("/api/v1/members/{id}")->getObject("post");
  EXPECT_TRUE(post->getObject("requestBody")->getObject("content")->has("application/json"));
  EXPECT_TRUE(post->getObject("responses")->has("422"));
  EXPECT_FALSE(paths->getObject("/healthz")->getObject("get")->has("security"));
  EXPECT_TRUE(paths->getObject("/api/v1/lookup")->getObject("get")->getObject("responses")->has("429"));
  EXPECT_TRUE(document->getObject("components")->getObject("schemas")->has("Error"));
  EXPECT_EQ(document->getObject("components")
                ->getObject("securitySchemes")
                ->getObject("bearer")
                ->getValue<std::string>("scheme"),
            "bearer");
}
