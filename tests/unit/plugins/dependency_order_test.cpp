#include "poscore/plugins/dependency_order.hpp"

#include <gtest/gtest.h>

namespace {
using poscore::Manifest;

Manifest plugin(std::string id, std::vector<poscore::Dependency> deps = {}, std::string version = "1.0.0") {
  Manifest m;
  m.id = std::move(id);
  m.version = std::move(version);
  m.requires_ = std::move(deps);
  return m;
}

TEST(DependencyOrder, DependenciesComeFirstAndTiesGoById) {
  auto plan = poscore::planDependencies(
      {plugin("zeta", {{"core_ext", ""}}), plugin("alpha"), plugin("core_ext"), plugin("mid", {{"zeta", ""}})}, {});
  EXPECT_TRUE(plan.errors.empty());
  EXPECT_EQ(plan.order, (std::vector<std::string>{"alpha", "core_ext", "zeta", "mid"}));
}

TEST(DependencyOrder, MissingDependencyIsNamed) {
  auto plan = poscore::planDependencies({plugin("points", {{"face", ""}})}, {});
  EXPECT_TRUE(plan.order.empty());
  EXPECT_EQ(plan.errors.at("points"),
            "requires plugin 'face', which is not installed; install it or remove it from \"requires\"");
}

TEST(DependencyOrder, TooOldDependencyIsRefused) {
  auto plan = poscore::planDependencies({plugin("points", {{"face", "2.1.0"}}), plugin("face", {}, "2.0.9")}, {});
  EXPECT_EQ(plan.order, (std::vector<std::string>{"face"}));
  EXPECT_NE(plan.errors.at("points").find("'face' >= 2.1.0 but 2.0.9"), std::string::npos);
}

TEST(DependencyOrder, CycleIsRefusedNamingTheWholeCycle) {
  auto plan = poscore::planDependencies(
      {plugin("a", {{"b", ""}}), plugin("b", {{"c", ""}}), plugin("c", {{"a", ""}}), plugin("d", {{"a", ""}}), plugin("e")}, {});
  EXPECT_EQ(plan.order, (std::vector<std::string>{"e"}));
  EXPECT_NE(plan.errors.at("a").find("dependency cycle: a -> b -> c -> a"), std::string::npos);
  EXPECT_NE(plan.errors.at("c").find("dependency cycle: c -> a -> b -> c"), std::string::npos);
  EXPECT_EQ(plan.errors.at("d"), "requires 'a', which cannot run because of the dependency cycle a -> b -> c -> a");
}

TEST(DependencyOrder, SelfRequirementIsACycle) {
  auto plan = poscore::planDependencies({plugin("loop", {{"loop", ""}})}, {});
  EXPECT_NE(plan.errors.at("loop").find("dependency cycle: loop -> loop"), std::string::npos);
}

TEST(DependencyOrder, FailureTravelsUpAChain) {
  auto plan = poscore::planDependencies({plugin("top", {{"mid", ""}}), plugin("mid", {{"broken", ""}})},
                                        {{"broken", "abi: built for SDK ABI 2.0"}});
  EXPECT_TRUE(plan.order.empty());
  EXPECT_EQ(plan.errors.at("mid"), "requires 'broken', which cannot run: abi: built for SDK ABI 2.0");
  EXPECT_NE(plan.errors.at("top").find("requires 'mid', which cannot run"), std::string::npos);
}

}  // namespace
