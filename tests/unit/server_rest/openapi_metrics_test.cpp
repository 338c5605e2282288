// /api/v1/openapi.json lists every route the server mounted, and /metrics counts the requests made.
#include <Poco/JSON/Object.h>

#include <set>

#include "rest_fixture.hpp"

namespace {
using postest::RestClient;

class OpenApiMetricsTest : public postest::RestTest {};

TEST_P(OpenApiMetricsTest, OpenApiListsEveryMountedRoute) {
  startServer();
  RestClient client(port());
  const auto answer = client.get("/api/v1/openapi.json");
  ASSERT_EQ(answer.status, 200) << answer.body;
  std::set<std::string> listed;
  const auto paths = answer.json()->getObject("paths");
  for (const auto& path : paths->getNames()) {
    for (const auto& method : paths->getObject(path)->getNames()) listed.insert(method + " " + path);
  }
  // docs/server-api.md's routes, the operational ones and the plugin list (no plugins here).
  const std::set<std::string> mounted{
      "post /api/v1/enrol",           "post /api/v1/enrolment-codes",      "get /api/v1/devices",
      "post /api/v1/devices/{id}/revoke", "post /api/v1/lanes/heartbeat",  "post /api/v1/stores",
      "get /api/v1/stores",           "post /api/v1/catalog/changes",      "get /api/v1/catalog/changes",
      "post /api/v1/sales",           "post /api/v1/members",              "get /api/v1/members/lookup",
      "post /api/v1/members/{id}/points", "get /api/v1/members/{id}/points", "get /api/v1/plugins",
      "get /healthz",                 "get /metrics",                      "get /api/v1/openapi.json"};
  EXPECT_EQ(listed, mounted);
}

TEST_P(OpenApiMetricsTest, MetricsCountTheRequestsMade) {
  startServer();
  const auto token = enrol(port(), "lane", "L01");
  RestClient lane(port(), token);
  for (int i = 0; i < 3; ++i) ASSERT_EQ(lane.get("/api/v1/stores").status, 200);
  for (int i = 0; i < 2; ++i) ASSERT_EQ(lane.get("/api/v1/nothing-here").status, 404);
  ASSERT_EQ(lane.post("/api/v1/members", R"({"card":"88000001"})").status, 201);
  ASSERT_EQ(lane.post("/api/v1/members", R"({"card":"88000001"})").status, 409);
  ASSERT_EQ(lane.get("/healthz").status, 200);

  const auto metrics = lane.get("/metrics");
  ASSERT_EQ(metrics.status, 200);
  for (const std::string line : {
           R"(pos_http_requests_total{method="POST",route="/api/v1/enrol",status="201"} 1)",
           R"(pos_http_requests_total{method="GET",route="/api/v1/stores",status="200"} 3)",
           R"(pos_http_requests_total{method="GET",route="unmatched",status="404"} 2)",
           R"(pos_http_requests_total{method="POST",route="/api/v1/members",status="201"} 1)",
           R"(pos_http_requests_total{method="POST",route="/api/v1/members",status="409"} 1)",
           R"(pos_http_requests_total{method="GET",route="/healthz",status="200"} 1)",
           R"(pos_http_errors_total{route="unmatched",code="not_found"} 2)",
           R"(pos_http_errors_total{route="/api/v1/members",code="conflict"} 1)",
           "pos_database_up 1"}) {
    EXPECT_NE(metrics.body.find(line + "\n"), std::string::npos) << line << "\n" << metrics.body;
  }
}

POS_DATABASE_TEST_SUITE(OpenApiMetricsTest);

}  // namespace
