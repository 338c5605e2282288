#include <gtest/gtest.h>

#include "posserver/http/routes.hpp"

using posserver::http::Request;
using posserver::http::Response;
using posserver::http::Routes;
using posserver::http::RouteSpec;

namespace {

RouteSpec route(std::string method, std::string path) {
  RouteSpec spec;
  spec.method = std::move(method);
  spec.path = std::move(path);
  spec.handler = [](const Request&) { return Response{}; };
  return spec;
}

}  // namespace

TEST(Routes, MatchesParametersAndReturnsTheirValues) {
  Routes routes;
  routes.add(route("POST", "/api/v1/members/{id}/points"));
  const auto match = routes.match("POST", "/api/v1/members/42/points");
  ASSERT_TRUE(match);
  EXPECT_EQ(match->route->path, "/api/v1/members/{id}/points");
  EXPECT_EQ(match->params.at("id"), "42");
  EXPECT_FALSE(routes.match("POST", "/api/v1/members//points"));
  EXPECT_FALSE(routes.match("POST", "/api/v1/members/42/points/"));
  EXPECT_FALSE(routes.match("POST", "/api/v1/members/42"));
}

TEST(Routes, LiteralSegmentWinsOverParameterWhicheverWasAddedFirst) {
  Routes routes;
  routes.add(route("GET", "/api/v1/members/{id}"));
  routes.add(route("GET", "/api/v1/members/lookup"));
  routes.add(route("GET", "/a/{x}/c"));
  routes.add(route("GET", "/a/b/{y}"));
  EXPECT_EQ(routes.match("GET", "/api/v1/members/lookup")->route->path, "/api/v1/members/lookup");
  EXPECT_EQ(routes.match("GET", "/api/v1/members/7")->route->path, "/api/v1/members/{id}");
  // The first segment that differs decides: /a/b beats /a/{x}.
  EXPECT_EQ(routes.match("GET", "/a/b/c")->route->path, "/a/b/{y}");
}

TEST(Routes, AllowedListsTheMethodsOfAPathForTellingFourOhFiveFromFourOhFour) {
  Routes routes;
  routes.add(route("GET", "/api/v1/stores"));
  routes.add(route("POST", "/api/v1/stores"));
  EXPECT_FALSE(routes.match("DELETE", "/api/v1/stores"));
  EXPECT_EQ(routes.allowed("/api/v1/stores"), (std::vector<std::string>{"GET", "POST"}));
  EXPECT_TRUE(routes.allowed("/api/v1/nothing").empty());
}

TEST(Routes, RefusesMalformedTemplatesAndDuplicates) {
  Routes routes;
  EXPECT_THROW(routes.add(route("GET", "no-slash")), std::invalid_argument);
  EXPECT_THROW(routes.add(route("GET", "/a//b")), std::invalid_argument);
  EXPECT_THROW(routes.add(route("GET", "/a/x{id}")), std::invalid_argument);
  EXPECT_THROW(routes.add(route("GET", "/a/{1d}")), std::invalid_argument);
  EXPECT_THROW(routes.add(route("GET", "/a/{id}/{id}")), std::invalid_argument);
  routes.add(route("GET", "/a/{id}"));
  EXPECT_THROW(routes.add(route("GET", "/a/{key}")), std::invalid_argument);
  routes.add(route("PUT", "/a/{key}"));
  auto badSchema = route("POST", "/b");
  badSchema.requestSchema = "{not json";
  EXPECT_THROW(routes.add(badSchema), std::invalid_argument);
  auto noHandler = route("POST", "/c");
  noHandler.handler = nullptr;
  EXPECT_THROW(routes.add(noHandler), std::invalid_argument);
}

TEST(Routes, TemplateProblemsNameTheSegmentAtFault) {
  using posserver::http::templateProblem;
  EXPECT_EQ(templateProblem("/api/v1/members/{id}/points"), std::nullopt);
  EXPECT_EQ(templateProblem("/a-b/c_d/e.f/g~h/{i_2}"), std::nullopt);
  EXPECT_EQ(templateProblem("a"), "it must start with '/'");
  EXPECT_EQ(templateProblem("/"), "it has an empty segment (a '//' or a trailing '/')");
  EXPECT_EQ(templateProblem("/a/"), "it has an empty segment (a '//' or a trailing '/')");
  // A request path is decoded before matching, so a literal of other characters is refused.
  EXPECT_EQ(templateProblem("/a b"), "segment 'a b' is neither A-Z a-z 0-9 . _ ~ - nor a whole {name}");
  EXPECT_EQ(templateProblem("/a/x{id}"), "segment 'x{id}' is neither A-Z a-z 0-9 . _ ~ - nor a whole {name}");
  EXPECT_EQ(templateProblem("/{1d}"), "parameter {1d} is not a name (a letter or '_', then letters, digits, '_')");
  EXPECT_EQ(templateProblem("/{id}/x/{id}"), "{id} appears twice");
}

TEST(Routes, ShapesIgnoreParameterNames) {
  using posserver::http::routeShape;
  EXPECT_EQ(routeShape("/api/v1/plugins/w/orders/{id}/lines/{line}"), "/api/v1/plugins/w/orders/{}/lines/{}");
  EXPECT_NE(routeShape("/orders/{id}"), routeShape("/orders/open"));
}
