// The wx-free helpers of the shell: placeholders, status texts, home screens, scan payloads.
#include <gtest/gtest.h>

#include <fstream>

#include <Poco/JSON/Parser.h>

#include "barcode_input.hpp"
#include "home_screens.hpp"
#include "status_fields.hpp"

namespace pos {
namespace {

const Translate identity = [](const std::string& s) { return s; };

TEST(Fill, ReplacesEveryPlaceholder) {
  EXPECT_EQ(fill("{a} and {b} and {a}", {{"a", "x"}, {"b", "{a}"}}), "x and {a} and x");
  EXPECT_EQ(fill("none", {{"a", "x"}}), "none");
}

TEST(StatusFields, ListDevicesServerModeLanguageAndTheme) {
  StatusSnapshot s;
  possdk::DeviceStatus scale;
  scale.info.id = "serial:/dev/ttyUSB0";
  scale.info.description = "Scale";
  scale.state = possdk::DeviceState::Idle;
  possdk::DeviceStatus printer;
  printer.info.id = "tcp:10.0.0.5:9100";
  printer.state = possdk::DeviceState::Error;
  s.devices = {scale, printer};
  s.usb = "2 USB devices";
  s.backlog = 3;
  s.mode = Mode::SelfCheckout;
  s.language = "zh_CN";
  s.theme = "self-checkout";
  const auto f = statusFields(s, identity);
  ASSERT_EQ(f.size(), static_cast<std::size_t>(kStatusFieldCount));
  EXPECT_EQ(f[kDevicesField], "Scale: idle  |  tcp:10.0.0.5:9100: error");
  EXPECT_EQ(f[kUsbField], "2 USB devices");
  EXPECT_EQ(f[kServerField], "Offline · 3 to send");
  EXPECT_EQ(f[kModeField], "Mode: Self-checkout");
  EXPECT_EQ(f[kLanguageField], "简体中文");
  EXPECT_EQ(f[kThemeField], "Theme: self-checkout");
  s.devices.clear();
  s.backlog = 0;
  EXPECT_EQ(statusFields(s, identity)[kDevicesField], "No devices");
  EXPECT_EQ(statusFields(s, identity)[kServerField], "Offline");
  s.online = true;
  EXPECT_EQ(statusFields(s, identity)[kServerField], "Online");
  s.backlog = 2;
  s.rejected = 1;
  EXPECT_EQ(statusFields(s, identity)[kServerField], "Online · 2 to send · 1 refused");
}

TEST(HomeScreens, CounterShowsTheLastCodeAndSelfCheckoutWelcomes) {
  const auto counter = homeScreen(Mode::Counter, "4006381333931", {}, identity);
  EXPECT_EQ(counter.id, homeScreenId(Mode::Counter));
  bool showsCode = false;
  for (const auto& e : counter.elements) showsCode |= e.text == "Last scanned: 4006381333931";
  EXPECT_TRUE(showsCode);
  const auto lane = homeScreen(Mode::SelfCheckout, "", "/themes/x/logo.png", identity);
  EXPECT_EQ(lane.id, homeScreenId(Mode::SelfCheckout));
  EXPECT_EQ(lane.elements.front().kind, possdk::ElementKind::Image);
  bool prompts = false;
  for (const auto& e : lane.elements) prompts |= e.text == "Scan your first item" && e.style == "title";
  EXPECT_TRUE(prompts);
}

TEST(BarcodePayload, IsJsonWithTheCodeEscaped) {
  const std::string code = "A\"B\\C";
  const auto parsed = Poco::JSON::Parser().parse(barcodePayload(code)).extract<Poco::JSON::Object::Ptr>();
  EXPECT_EQ(parsed->getValue<std::string>("code"), code);
  EXPECT_FALSE(parsed->has("manual"));
  const auto manual = Poco::JSON::Parser().parse(barcodePayload("1", true)).extract<Poco::JSON::Object::Ptr>();
  EXPECT_TRUE(manual->getValue<bool>("manual"));
}

poscore::Config settings(const std::string& json) {
  const auto file = std::filesystem::temp_directory_path() / "pos-shell-settings-test.json";
  std::ofstream(file) << json;
  auto config = poscore::Config::load(file);
  std::filesystem::remove(file);
  return config;
}

TEST(WedgeOptions, ComeFromTheSettingsOrDefaults) {
  const poscore::input::WedgeOptions defaults;
  EXPECT_EQ(wedgeOptionsFrom(poscore::Config::empty()).maxGap, defaults.maxGap);
  EXPECT_EQ(wedgeOptionsFrom(poscore::Config::empty()).minLength, defaults.minLength);
  const auto set = wedgeOptionsFrom(settings(R"({"shell": {"scanner": {"max_gap_ms": 30, "min_length": 8}}})"));
  EXPECT_EQ(set.maxGap, std::chrono::milliseconds(30));
  EXPECT_EQ(set.minLength, 8u);
  for (const char* bad : {R"({"shell": {"scanner": {"max_gap_ms": 0}}})", R"({"shell": {"scanner": {"min_length": "x"}}})",
                          R"({"shell": {"scanner": {"max_gap_ms": 12.5}}})"}) {
    EXPECT_THROW(wedgeOptionsFrom(settings(bad)), std::invalid_argument) << bad;
  }
}

}  // namespace
}  // namespace pos
