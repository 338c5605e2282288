// Every core route is in the OpenAPI document with its summary, roles and schemas.
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include "api_fixture.hpp"
#include "posserver/http/openapi.hpp"

namespace {
using postest::ApiTest;

class CoreOpenApiTest : public ApiTest {};

TEST_P(CoreOpenApiTest, EveryRouteHasASummaryAndSchemasThatParse) {
  const auto document = Poco::JSON::Parser()
                            .parse(posserver::http::openApiDocument(routes_, "pos-server", "1"))
                            .extract<Poco::JSON::Object::Ptr>();
  const auto paths = document->getObject("paths");
  std::vector<std::string> added;
  for (const auto& route : routes_.all()) added.push_back(route.method + " " + route.path);
  // docs/server-api.md's sections Devices and credentials, Stores, Catalog, Sales, Members and points.
  const std::vector<std::string> documented{
      "POST /api/v1/enrol", "POST /api/v1/enrolment-codes", "GET /api/v1/devices", "POST /api/v1/devices/{id}/revoke",
      "POST /api/v1/lanes/heartbeat", "POST /api/v1/stores", "GET /api/v1/stores", "POST /api/v1/catalog/changes",
      "GET /api/v1/catalog/changes", "POST /api/v1/sales", "POST /api/v1/members", "GET /api/v1/members/lookup",
      "POST /api/v1/members/{id}/points", "GET /api/v1/members/{id}/points"};
  EXPECT_EQ(added, documented);
  for (const auto& route : routes_.all()) {
    SCOPED_TRACE(route.method + " " + route.path);
    EXPECT_FALSE(route.summary.empty());
    EXPECT_FALSE(route.responseSchema.empty());
    ASSERT_TRUE(paths->has(route.path));
    std::string method = route.method;
    for (auto& c : method) c = static_cast<char>(std::tolower(c));
    const auto operation = paths->getObject(route.path)->getObject(method);
    ASSERT_FALSE(operation.isNull());
    EXPECT_EQ(operation->getValue<std::string>("summary"), route.summary);
    if (route.method == "POST" && route.path.find("/revoke") == std::string::npos) {
      EXPECT_FALSE(route.requestSchema.empty());
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Databases, CoreOpenApiTest, ::testing::Values(posserver::db::Dialect::Sqlite), postest::dialectName);

}  // namespace
