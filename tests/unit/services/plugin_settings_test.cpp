#include "poscore/services/plugin_settings.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "temp_dir.hpp"

namespace poscore {
namespace {

using ::testing::HasSubstr;

class PluginSettingsTest : public ::testing::Test {
 protected:
  postest::TempDir dir;
  Config config = Config::load(dir.write("settings.json", R"({"plugins": {
      "points": {"rate": 5, "slip": {"printer": "tcp:127.0.0.1:9100"}},
      "face": {"secret": "only-face"}}})"));
  LaneDb db{dir / "lane.db"};
  PluginSettings points{config, db, "points"};
  PluginSettings face{config, db, "face"};
};

TEST_F(PluginSettingsTest, ReadsTheSettingsFileUnderThePluginsNamespace) {
  EXPECT_EQ(points.get("rate"), "5");
  EXPECT_EQ(points.getInt("rate", 0), 5);
  EXPECT_EQ(points.get("slip.printer"), "tcp:127.0.0.1:9100");
  EXPECT_EQ(points.get("absent"), std::nullopt);
}

TEST_F(PluginSettingsTest, RunTimeValueTakesPrecedenceAndPersists) {
  ASSERT_TRUE(points.set("rate", "7"));
  EXPECT_EQ(points.get("rate"), "7");
  ASSERT_TRUE(points.set("rate", "8"));
  EXPECT_EQ(points.get("rate"), "8");
  LaneDb reopened(dir / "lane.db");
  PluginSettings later(config, reopened, "points");
  EXPECT_EQ(later.get("rate"), "8");
  auto stored = db.query("SELECT key FROM settings_overrides");
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored.value(), (std::vector<possdk::SqlRow>{{std::string("plugins.points.rate")}}));
}

TEST_F(PluginSettingsTest, PluginsCannotSeeEachOthersKeys) {
  EXPECT_EQ(points.get("secret"), std::nullopt);
  ASSERT_TRUE(face.set("threshold", "90"));
  EXPECT_EQ(points.get("threshold"), std::nullopt);
  EXPECT_EQ(face.get("threshold"), "90");
  EXPECT_EQ(face.get("rate"), std::nullopt);
}

TEST_F(PluginSettingsTest, BadKeysAreRefusedByNameWithoutThrowingIntoThePlugin) {
  for (const char* key : {"", "Rate", "../face/secret", "plugins face", "x/y"}) {
    ::testing::internal::CaptureStderr();
    EXPECT_EQ(points.get(key), std::nullopt);
    EXPECT_THAT(::testing::internal::GetCapturedStderr(), HasSubstr("'" + std::string(key) + "'"));
    auto refused = points.set(key, "1");
    ASSERT_FALSE(refused);
    EXPECT_THAT(refused.error(), HasSubstr("setting key '" + std::string(key) + "' of plugin points is not valid"));
  }
  auto stored = db.query("SELECT count(*) FROM settings_overrides");
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored.value()[0][0], possdk::SqlValue{std::int64_t{0}});
}

}  // namespace
}  // namespace poscore
