#include <gtest/gtest.h>

#include <vector>

#include "command_line.hpp"

namespace pos {
namespace {

CommandLine parse(std::vector<std::string> args) {
  args.insert(args.begin(), "pos");
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  return parseCommandLine(static_cast<int>(argv.size()), argv.data());
}

TEST(CommandLine, ReadsEveryOption) {
  const auto cl = parse({"--config", "lane.json", "--data-dir", "/var/lib/pos", "--plugins", "a", "--plugins", "b",
                         "--serial", "/dev/ttyS0", "--serial", "/dev/ttyUSB0", "--mode", "self-checkout", "--theme",
                         "classic", "--lang", "zh_CN", "--size", "800x600", "--screenshot", "s.png",
                         "--exit-after-first-screen"});
  ASSERT_TRUE(cl.options.has_value());
  const auto& o = *cl.options;
  EXPECT_EQ(o.config, "lane.json");
  EXPECT_EQ(o.dataDir, "/var/lib/pos");
  EXPECT_EQ(o.pluginDirs, (std::vector<std::filesystem::path>{"a", "b"}));
  EXPECT_EQ(o.serialPorts, (std::vector<std::string>{"/dev/ttyS0", "/dev/ttyUSB0"}));
  EXPECT_EQ(o.mode, "self-checkout");
  EXPECT_EQ(o.theme, "classic");
  EXPECT_EQ(o.language, "zh_CN");
  EXPECT_EQ(o.size, std::make_pair(800, 600));
  EXPECT_EQ(o.screenshot, "s.png");
  EXPECT_TRUE(o.exitAfterFirstScreen);
  EXPECT_TRUE(o.unattended());
}

TEST(CommandLine, DefaultsRunAnAttendedLane) {
  const auto cl = parse({});
  ASSERT_TRUE(cl.options.has_value());
  EXPECT_FALSE(cl.options->demo);
  EXPECT_FALSE(cl.options->mode.has_value());
  EXPECT_FALSE(cl.options->unattended());
}

TEST(CommandLine, SelftestAndDemo) {
  const auto cl = parse({"--demo", "--selftest", "shots"});
  ASSERT_TRUE(cl.options.has_value());
  EXPECT_TRUE(cl.options->demo);
  EXPECT_EQ(cl.options->selftestDir, "shots");
  EXPECT_TRUE(cl.options->unattended());
}

TEST(CommandLine, RefusesWhatItCannotRun) {
  for (const auto& bad : std::vector<std::vector<std::string>>{{"--mode", "kiosk"},
                                                               {"--lang", "fr"},
                                                               {"--size", "big"},
                                                               {"--size", "10x10"},
                                                               {"--demo", "--config", "x.json"},
                                                               {"--no-such-option"}}) {
    const auto cl = parse(bad);
    EXPECT_FALSE(cl.options.has_value()) << bad[0];
    EXPECT_NE(cl.exitCode, 0) << bad[0];
  }
}

TEST(CommandLine, HelpExitsCleanly) {
  const auto cl = parse({"--help"});
  EXPECT_FALSE(cl.options.has_value());
  EXPECT_EQ(cl.exitCode, 0);
}

}  // namespace
}  // namespace pos
