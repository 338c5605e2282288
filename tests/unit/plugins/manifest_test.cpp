#include "poscore/plugins/manifest.hpp"

#include <gtest/gtest.h>

#include "temp_dir.hpp"

namespace {
using postest::TempDir;

const char* kGood = R"({"id":"scale_tools","name":"Scale tools","version":"1.2.3","sdk_abi":"1.0",
  "requires":["weighing>=2.0.0","audit_ext"],"devices":["usb:0eb8:f000","serial:*"],"permissions":["devices.claim"]})";

TEST(Manifest, ReadsEveryField) {
  TempDir d;
  d.write("plugin.json", kGood);
  auto m = poscore::readManifest(d.path());
  ASSERT_TRUE(m) << m.error();
  EXPECT_EQ(m->id, "scale_tools");
  EXPECT_EQ(m->version, "1.2.3");
  EXPECT_EQ(m->abiMajor, 1);
  EXPECT_EQ(m->abiMinor, 0);
  EXPECT_EQ(m->library, "libscale_tools.so");
  ASSERT_EQ(m->requires_.size(), 2u);
  EXPECT_EQ(m->requires_[0].id, "weighing");
  EXPECT_EQ(m->requires_[0].minVersion, "2.0.0");
  EXPECT_EQ(m->requires_[1].minVersion, "");
  EXPECT_EQ(m->devices.size(), 2u);
  EXPECT_EQ(m->libraryPath(), d.path() / "libscale_tools.so");
}

TEST(Manifest, MissingFileSaysWhichFolder) {
  TempDir d;
  auto m = poscore::readManifest(d.path());
  ASSERT_FALSE(m);
  EXPECT_NE(m.error().find(d.path().string()), std::string::npos);
  EXPECT_NE(m.error().find("no plugin.json"), std::string::npos);
}

TEST(Manifest, CorruptJsonIsRefusedWithTheFileName) {
  TempDir d;
  d.write("plugin.json", R"({"id": "x", "name": )");
  auto m = poscore::readManifest(d.path());
  ASSERT_FALSE(m);
  EXPECT_NE(m.error().find("plugin.json"), std::string::npos);
  EXPECT_NE(m.error().find("not valid JSON"), std::string::npos);
}

struct BadField {
  const char* json;
  const char* expected;
};

class ManifestRefuses : public ::testing::TestWithParam<BadField> {};

TEST_P(ManifestRefuses, NamesTheKeyAndTheProblem) {
  TempDir d;
  d.write("plugin.json", GetParam().json);
  auto m = poscore::readManifest(d.path());
  ASSERT_FALSE(m);
  EXPECT_NE(m.error().find(GetParam().expected), std::string::npos) << m.error();
}

INSTANTIATE_TEST_SUITE_P(
    Fields, ManifestRefuses,
    ::testing::Values(
        BadField{R"({"name":"n","version":"1.0.0","sdk_abi":"1.0"})", "\"id\" is missing"},
        BadField{R"({"id":"Bad-Id","name":"n","version":"1.0.0","sdk_abi":"1.0"})", "\"id\" is 'Bad-Id'"},
        BadField{R"({"id":"ok","name":"n","version":"1.0","sdk_abi":"1.0"})", "\"version\" is '1.0'"},
        BadField{R"({"id":"ok","name":"n","version":"1.0.0","sdk_abi":1})", "\"sdk_abi\" must be a string"},
        BadField{R"({"id":"ok","name":"n","version":"1.0.0","sdk_abi":"1.0","requries":[]})", "\"requries\" is not a plugin.json key"},
        BadField{R"({"id":"ok","name":"n","version":"1.0.0","sdk_abi":"1.0","requires":["x>1"]})", "\"requires[0]\" is 'x>1'"},
        BadField{R"({"id":"ok","name":"n","version":"1.0.0","sdk_abi":"1.0","devices":["printer"]})", "\"devices[0]\""},
        BadField{R"({"id":"ok","name":"n","version":"1.0.0","sdk_abi":"1.0","library":"../evil.so"})", "\"library\""},
        BadField{R"({"id":"ok","name":"n","version":"1.0.0","sdk_abi":"99999999999.0"})", "\"sdk_abi\" is '99999999999.0'"},
        BadField{R"([1,2])", "must hold one JSON object"}));

TEST(Manifest, NamesAreCountedInCharactersNotBytes) {
  TempDir d;
  std::string name;
  for (int i = 0; i < 40; ++i) name += "积分";  // 80 characters, 240 bytes
  d.write("plugin.json", R"({"id":"points","name":")" + name + R"(","version":"1.0.0","sdk_abi":"1.0"})");
  EXPECT_TRUE(poscore::readManifest(d.path()));
  d.write("plugin.json", R"({"id":"points","name":")" + name + R"(x","version":"1.0.0","sdk_abi":"1.0"})");
  auto tooLong = poscore::readManifest(d.path());
  ASSERT_FALSE(tooLong);
  EXPECT_NE(tooLong.error().find("more than 80 characters"), std::string::npos);
}

TEST(Versions, CompareNumerically) {
  EXPECT_LT(poscore::compareVersions("1.9.0", "1.10.0"), 0);
  EXPECT_EQ(poscore::compareVersions("2.0.0", "2.0.0"), 0);
  EXPECT_GT(poscore::compareVersions("3.0.1", "3.0.0"), 0);
}

}  // namespace
