#include "poscore/services/config.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "temp_dir.hpp"

namespace poscore {
namespace {

using ::testing::HasSubstr;
using postest::TempDir;

std::string loadError(const std::filesystem::path& file) {
  try {
    Config::load(file);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "no error";
}

TEST(Config, MalformedJsonNamesTheFileThePositionAndTheProblem) {
  TempDir dir;
  auto file = dir.write("settings.json", "{\n  \"shell\": {\n    \"theme\": }\n}\n");
  auto error = loadError(file);
  EXPECT_THAT(error, HasSubstr(file.string()));
  EXPECT_THAT(error, HasSubstr("line 3, column 14"));
  EXPECT_THAT(error, HasSubstr("unexpected byte '}'"));
}

TEST(Config, TruncatedFileIsRefused) {
  TempDir dir;
  auto error = loadError(dir.write("settings.json", "{\"shell\": {\"theme\": \"dark\""));
  EXPECT_THAT(error, HasSubstr("settings.json"));
  EXPECT_THAT(error, HasSubstr("not valid JSON"));
}

TEST(Config, TopLevelMustBeAnObject) {
  TempDir dir;
  EXPECT_THAT(loadError(dir.write("settings.json", "[1, 2]")), HasSubstr("JSON object at the top level"));
}

TEST(Config, MissingFileNamesIt) {
  TempDir dir;
  EXPECT_THAT(loadError(dir / "absent.json"), HasSubstr("absent.json"));
}

TEST(Config, GetWalksNestedObjects) {
  TempDir dir;
  auto config = Config::load(dir.write("settings.json", R"({"a": {"b": {"c": "deep"}}, "top": "t"})"));
  EXPECT_EQ(config.get("a.b.c"), "deep");
  EXPECT_EQ(config.get("top"), "t");
  EXPECT_EQ(config.get("a.b.missing"), std::nullopt);
  EXPECT_EQ(config.get("a.x.c"), std::nullopt);
  EXPECT_EQ(config.get("a..b.c"), std::nullopt);
  EXPECT_EQ(config.get(".a.b.c"), std::nullopt);
  EXPECT_EQ(config.get("a.b.c."), std::nullopt);
}

TEST(Config, ScalarsComeBackAsText) {
  TempDir dir;
  auto config = Config::load(
      dir.write("settings.json", R"({"s": "text", "i": -42, "big": 9007199254740993, "yes": true, "no": false,
                                     "nothing": null, "list": [1], "obj": {"k": 1}})"));
  EXPECT_EQ(config.get("s"), "text");
  EXPECT_EQ(config.get("i"), "-42");
  EXPECT_EQ(config.get("big"), "9007199254740993");
  EXPECT_EQ(config.get("yes"), "true");
  EXPECT_EQ(config.get("no"), "false");
  EXPECT_EQ(config.get("nothing"), std::nullopt);
  EXPECT_EQ(config.get("list"), std::nullopt);
  EXPECT_EQ(config.get("obj"), std::nullopt);
}

TEST(Config, SectionReturnsObjectsOnly) {
  TempDir dir;
  auto config = Config::load(dir.write("settings.json", R"({"plugins": {"points": {"rate": 5}, "x": 1}})"));
  auto points = config.section("plugins.points");
  ASSERT_FALSE(points.isNull());
  EXPECT_EQ(points->getValue<int>("rate"), 5);
  EXPECT_TRUE(config.section("plugins.x").isNull());
  EXPECT_TRUE(config.section("plugins.absent").isNull());
}

TEST(Config, RelativePathsResolveAgainstTheFilesFolder) {
  TempDir dir;
  auto config = Config::load(dir.write("settings.json", "{}"));
  EXPECT_EQ(config.baseDir(), dir.path());
  EXPECT_EQ(config.resolvePath("data/lane.db"), dir.path() / "data/lane.db");
  EXPECT_EQ(config.resolvePath("/var/lib/pos"), std::filesystem::path("/var/lib/pos"));
}

TEST(Config, EmptyConfigHasNoValuesAndKeepsItsBase) {
  auto config = Config::empty("/opt/pos");
  EXPECT_EQ(config.get("shell.theme"), std::nullopt);
  EXPECT_EQ(config.resolvePath("themes"), std::filesystem::path("/opt/pos/themes"));
}

}  // namespace
}  // namespace poscore
