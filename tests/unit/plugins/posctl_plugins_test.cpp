// posctl plugins, as a technician runs it.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <memory>

#include "lane_fixture.hpp"

namespace {

struct Run {
  int status;
  std::string out;
};

Run posctl(const std::string& args) {
  const std::string cmd = std::string(POSCTL_PATH) + " " + args + " 2>&1";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(cmd.c_str(), "r"), ::pclose);
  std::string out;
  std::array<char, 4096> buf{};
  for (std::size_t n; (n = std::fread(buf.data(), 1, buf.size(), pipe.get())) > 0;) out.append(buf.data(), n);
  return {::pclose(pipe.release()), out};
}

TEST(PosctlPlugins, InspectAcceptsAGoodPluginFolderAndItsLibrary) {
  const auto dir = std::filesystem::path(POS_PLUGIN_DIR) / "hello";
  for (const auto& target : {dir, dir / "libhello.so"}) {
    auto r = posctl("plugins inspect " + target.string());
    EXPECT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("OK hello 1.0.0"), std::string::npos) << r.out;
  }
}

TEST(PosctlPlugins, InspectSaysExactlyWhatIsWrong) {
  postest::LaneFixture lane;
  const auto noEntry = lane.addPlugin("no_entry");
  auto r = posctl("plugins inspect " + noEntry.string());
  EXPECT_NE(r.status, 0);
  EXPECT_NE(r.out.find("FAIL plugin 'no_entry'"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("does not export the entry"), std::string::npos) << r.out;

  const auto base = lane.addPlugin("good_base");
  std::filesystem::copy_file(base / "libgood_base.so", base / "libother.so");
  auto wrongName = posctl("plugins inspect " + (base / "libother.so").string());
  EXPECT_NE(wrongName.out.find("names the library 'libgood_base.so'"), std::string::npos) << wrongName.out;

  auto missing = posctl("plugins inspect " + (lane.pluginRoot() / "nothing_here").string());
  EXPECT_NE(missing.out.find("nothing_here: no such file or folder"), std::string::npos) << missing.out;

  lane.dir.write("plugins/notelf/plugin.json", R"({"id":"notelf","name":"Not ELF","version":"1.0.0","sdk_abi":"1.0"})");
  lane.dir.write("plugins/notelf/libnotelf.so", "this is a text file");
  auto text = posctl("plugins inspect " + (lane.pluginRoot() / "notelf").string());
  EXPECT_NE(text.out.find("libnotelf.so is not an ELF shared library"), std::string::npos) << text.out;

  lane.dir.write("plugins/bad/plugin.json", R"({"id":"bad","name":"Bad","version":"one","sdk_abi":"1.0"})");
  auto bad = posctl("plugins inspect " + (lane.pluginRoot() / "bad").string());
  EXPECT_NE(bad.out.find("\"version\" is 'one'; expected MAJOR.MINOR.PATCH"), std::string::npos) << bad.out;
}

TEST(PosctlPlugins, ListShowsEveryPluginWithStateAndError) {
  postest::LaneFixture lane;
  lane.addPlugin("good_base");
  lane.addPlugin("init_fails");
  const std::string base = "--plugins " + lane.pluginRoot().string() + " --data-dir " + lane.dataDir().string();
  auto resolved = posctl(base + " plugins list");
  EXPECT_EQ(resolved.status, 0) << resolved.out;
  EXPECT_NE(resolved.out.find("good_base        1.0.0      resolved"), std::string::npos) << resolved.out;

  auto ran = posctl(base + " plugins list --init");
  EXPECT_NE(ran.out.find("good_base        1.0.0      initialized"), std::string::npos) << ran.out;
  EXPECT_NE(ran.out.find("init_fails       1.0.0      failed"), std::string::npos) << ran.out;
  EXPECT_NE(ran.out.find("init: setting 'endpoint' is empty"), std::string::npos) << ran.out;
}

}  // namespace
