#include "poscore/sync/sync_settings.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "temp_dir.hpp"

namespace poscore::sync {
namespace {

using ::testing::HasSubstr;

class SyncSettingsTest : public ::testing::Test {
 protected:
  possdk::Result<std::optional<SyncSettings>> load(const std::string& json) {
    std::ofstream(dir / "lane.json") << json;
    return syncSettingsFrom(Config::load(dir / "lane.json"));
  }
  postest::TempDir dir;
};

TEST_F(SyncSettingsTest, NoServerSectionMeansOfflineNotAnError) {
  auto loaded = load(R"({"lane":{"id":"L01"}})");
  ASSERT_TRUE(loaded) << loaded.error();
  EXPECT_FALSE(loaded.value());
}

TEST_F(SyncSettingsTest, TheServerSectionIsRead) {
  std::ofstream(dir / "ca.pem") << "-----BEGIN CERTIFICATE-----\n";
  auto loaded = load(R"({"lane":{"id":"L01","name":"Front"},"server":{"url":"https://pos.example:8443/",
      "ca_file":"ca.pem","enrolment_code":"ABC","poll_seconds":5}})");
  ASSERT_TRUE(loaded && loaded.value()) << loaded.error();
  const auto& s = *loaded.value();
  EXPECT_EQ(s.url, "https://pos.example:8443");
  EXPECT_EQ(s.caFile, dir / "ca.pem");
  EXPECT_EQ(s.enrolmentCode, "ABC");
  EXPECT_EQ(s.poll, std::chrono::seconds(5));
  EXPECT_EQ(s.laneId, "L01");
  EXPECT_EQ(s.laneName, "Front");
}

TEST_F(SyncSettingsTest, MistakesNameTheKey) {
  EXPECT_THAT(load(R"({"lane":{"id":"L01"},"server":{}})").error(), HasSubstr("server.url is missing"));
  EXPECT_THAT(load(R"({"lane":{"id":"L01"},"server":{"url":"ftp://x"}})").error(), HasSubstr("http or https"));
  EXPECT_THAT(load(R"({"lane":{"id":"L01"},"server":{"url":"http://x/api"}})").error(), HasSubstr("has a path"));
  EXPECT_THAT(load(R"({"lane":{"id":"L01"},"server":{"url":"http://x","poll_seconds":0}})").error(),
              HasSubstr("server.poll_seconds"));
  EXPECT_THAT(load(R"({"lane":{"id":"L01"},"server":{"url":"https://x","ca_file":"none.pem"}})").error(),
              HasSubstr("server.ca_file"));
  EXPECT_THAT(load(R"({"server":{"url":"http://x"}})").error(), HasSubstr("lane.id"));
}

TEST(LaneSyncDocs, TheExampleEnrolmentCodeHasTheShapeOfTheServersCodes) {
  std::ifstream in(std::string(POS_SOURCE_DIR) + "/docs/lane-sync.md");
  ASSERT_TRUE(in) << "docs/lane-sync.md is missing";
  std::stringstream text;
  text << in.rdbuf();
  const auto docs = text.str();
  std::smatch found;
  ASSERT_TRUE(std::regex_search(docs, found, std::regex("\"enrolment_code\": \"([^\"]*)\"")));
  // pos-server's codes: 80 bits in Crockford base32, four groups of four (newEnrolmentCode).
  EXPECT_TRUE(std::regex_match(found[1].str(), std::regex("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"))) << found[1];
}

}  // namespace
}  // namespace poscore::sync
