// What a module's route may be: refused at mount with a reason naming it, never half mounted.
#include "posserver/modules/module_route.hpp"

#include <gtest/gtest.h>

namespace {
using posserver::modules::mountRoute;

possdk::Route route(std::string method, std::string path, std::vector<std::string> roles) {
  return {std::move(method), std::move(path), std::move(roles),
          [](const possdk::HttpRequest&, possdk::ServerContext&) { return possdk::HttpResponse{}; }};
}

std::string refusal(const possdk::Route& r) {
  auto mounted = mountRoute("weighing", r);
  return mounted ? "" : mounted.error();
}

TEST(ModuleRoute, MountsBelowThePluginsPrefixWithItsRoles) {
  auto mounted = mountRoute("weighing", route("GET", "/orders/{id}", {"lane", "admin"}));
  ASSERT_TRUE(mounted) << mounted.error();
  EXPECT_EQ(mounted->path, "/api/v1/plugins/weighing/orders/{id}");
  EXPECT_EQ(mounted->roles, (std::vector<std::string>{"lane", "admin"}));
}

TEST(ModuleRoute, PublicMeansNoCredential) {
  auto mounted = mountRoute("stamp", route("GET", "/page", {"public"}));
  ASSERT_TRUE(mounted) << mounted.error();
  EXPECT_TRUE(mounted->roles.empty());
  EXPECT_NE(refusal(route("GET", "/page", {"public", "lane"})).find("role 'public' is unknown"), std::string::npos);
}

TEST(ModuleRoute, UnknownOrMissingRolesAreRefused) {
  EXPECT_NE(refusal(route("GET", "/orders", {"lane", "manager"})).find("route GET /orders of plugin weighing is refused: "
                                                                        "role 'manager' is unknown"),
            std::string::npos);
  EXPECT_NE(refusal(route("GET", "/orders", {})).find("names no role"), std::string::npos);
}

TEST(ModuleRoute, MalformedPathsAndMethodsAreRefused) {
  EXPECT_NE(refusal(route("GET", "orders", {"lane"})).find("must start with '/'"), std::string::npos);
  EXPECT_NE(refusal(route("GET", "/orders/", {"lane"})).find("empty segment"), std::string::npos);
  EXPECT_NE(refusal(route("GET", "/", {"lane"})).find("empty segment"), std::string::npos);
  EXPECT_NE(refusal(route("GET", "/a//b", {"lane"})).find("empty segment"), std::string::npos);
  EXPECT_NE(refusal(route("GET", "/a b", {"lane"})).find("route GET /a b of plugin weighing is refused: segment 'a b'"),
            std::string::npos);
  EXPECT_NE(refusal(route("GET", "/{1id}", {"lane"})).find("parameter {1id} is not a name"), std::string::npos);
  EXPECT_NE(refusal(route("GET", "/{id}/x/{id}", {"lane"})).find("{id} appears twice"), std::string::npos);
  EXPECT_NE(refusal(route("get", "/orders", {"lane"})).find("GET, POST, PUT, PATCH or DELETE"), std::string::npos);
  auto noHandler = route("GET", "/orders", {"lane"});
  noHandler.handler = nullptr;
  EXPECT_NE(refusal(noHandler).find("no handler"), std::string::npos);
}

}  // namespace
