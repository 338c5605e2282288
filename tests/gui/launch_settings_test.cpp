#include "launch_settings.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "gui_test_support.hpp"

namespace pos {
namespace {

namespace fs = std::filesystem;

class LaunchCounter : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = test::freshTempDir("pos-launch-test"); }
  void TearDown() override { fs::remove_all(dir_); }
  LaunchSettings launch(const std::string& json) {
    std::ofstream(dir_ / "pos.json") << json;
    ShellOptions options;
    options.config = dir_ / "pos.json";
    poscore::Layout layout;
    layout.plugins = dir_ / "plugins";
    layout.demo = dir_ / "demo";
    return resolveLaunch(options, layout);
  }
  fs::path dir_;
};

TEST_F(LaunchCounter, CustomerDisplayIsOffUnlessTheSettingsTurnItOn) {
  EXPECT_FALSE(launch("{}").frame.counter.customerDisplay);
  EXPECT_TRUE(launch(R"({"shell": {"customer_display": true}})").frame.counter.customerDisplay);
  EXPECT_FALSE(launch(R"({"shell": {"customer_display": false}})").frame.counter.customerDisplay);
}

TEST_F(LaunchCounter, CurrencyDecimalsFollowTheLaneCurrency) {
  EXPECT_EQ(launch("{}").frame.counter.currencyDecimals, 2);
  EXPECT_EQ(launch(R"({"sale": {"currency": "JPY"}})").frame.counter.currencyDecimals, 0);
}

TEST_F(LaunchCounter, BadCounterSettingsNameTheKey) {
  try {
    launch(R"({"shell": {"customer_display": "yes"}})");
    FAIL() << "a word that is not true or false was taken";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("shell.customer_display"), std::string::npos) << e.what();
  }
  try {
    launch(R"({"sale": {"currency_decimals": 7}})");
    FAIL() << "seven decimals were taken";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("sale.currency_decimals"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace pos
