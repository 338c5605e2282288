#include "poscore/theme/theme_loader.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <random>

namespace {

namespace fs = std::filesystem;
using namespace poscore::theme;

constexpr const char* kValidTheme = R"({
  "palette": {"background": "#102030", "foreground": "#f0f0f0", "accent": "#3366cc",
              "danger": "#cc3333", "warning": "#ffbb00", "success": "#33aa55", "panel": "#203040"},
  "fonts": {"family": "DejaVu Sans", "size": 12, "title_size": 20},
  "touch_target": 48,
  "logo": "logo.png"
})";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return at == std::string::npos ? text : text.replace(at, from.size(), to);
}

void write(const fs::path& file, const std::string& content) {
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << content;
}

class ThemeDir : public ::testing::Test {
 protected:
  void SetUp() override {
    std::random_device rd;
    root_ = fs::temp_directory_path() / ("pos-theme-test-" + std::to_string(rd()));
    dir_ = root_ / "night";
    write(dir_ / "logo.png", std::string("\x89PNG\r\n\x1a\n", 8) + "rest of a png");
  }
  void TearDown() override { fs::remove_all(root_); }
  void writeTheme(const std::string& json) { write(dir_ / "theme.json", json); }

  fs::path root_;
  fs::path dir_;
};

TEST_F(ThemeDir, ValidThemeLoadsEveryField) {
  writeTheme(kValidTheme);
  const auto loaded = loadTheme(dir_);
  ASSERT_EQ(loaded.warning, "");
  const Theme& t = loaded.theme;
  EXPECT_EQ(t.name, "night");
  EXPECT_EQ(t.dir, dir_);
  EXPECT_EQ(t.palette.background, (Rgb{0x10, 0x20, 0x30}));
  EXPECT_EQ(t.palette.foreground.hex(), "#f0f0f0");
  EXPECT_EQ(t.palette.accent.hex(), "#3366cc");
  EXPECT_EQ(t.palette.danger.hex(), "#cc3333");
  EXPECT_EQ(t.palette.warning.hex(), "#ffbb00");
  EXPECT_EQ(t.palette.success.hex(), "#33aa55");
  EXPECT_EQ(t.palette.panel.hex(), "#203040");
  EXPECT_EQ(t.fonts.family, "DejaVu Sans");
  EXPECT_EQ(t.fonts.size, 12);
  EXPECT_EQ(t.fonts.titleSize, 20);
  EXPECT_EQ(t.touchTarget, 48);
  EXPECT_EQ(t.logo, dir_ / "logo.png");
}

TEST_F(ThemeDir, LoadsByNameOrByPath) {
  writeTheme(kValidTheme);
  EXPECT_EQ(loadNamedTheme(root_, "night").warning, "");
  EXPECT_EQ(loadNamedTheme(root_, "night").theme.name, "night");
  EXPECT_EQ(loadNamedTheme("/nonexistent", dir_.string()).theme.name, "night");
  EXPECT_EQ(loadNamedTheme("/nonexistent", dir_.string() + "/").theme.name, "night");
}

TEST_F(ThemeDir, MissingThemeFallsBackAndSaysWhichFile) {
  const auto loaded = loadNamedTheme(root_, "nosuch");
  EXPECT_EQ(loaded.theme, builtinTheme());
  EXPECT_NE(loaded.warning.find((root_ / "nosuch" / "theme.json").string()), std::string::npos) << loaded.warning;
  EXPECT_NE(loaded.warning.find("does not exist"), std::string::npos) << loaded.warning;
}

TEST_F(ThemeDir, ListsOnlyFoldersWithATheme) {
  writeTheme(kValidTheme);
  write(root_ / "alpha" / "theme.json", kValidTheme);
  fs::create_directories(root_ / "empty");
  write(root_ / "stray.json", "{}");
  EXPECT_EQ(availableThemes(root_), (std::vector<std::string>{"alpha", "night"}));
  EXPECT_TRUE(availableThemes(root_ / "absent").empty());
}

struct BrokenCase {
  const char* name;
  std::string from;  // a piece of kValidTheme
  std::string to;    // what it becomes
  std::string field;  // the field the warning must name
};

// Named in test output by its case name, not by its bytes.
void PrintTo(const BrokenCase& c, std::ostream* os) { *os << c.name; }

class BrokenTheme : public ThemeDir, public ::testing::WithParamInterface<BrokenCase> {};

TEST_P(BrokenTheme, FallsBackToBuiltinAndNamesFileAndField) {
  const auto& c = GetParam();
  writeTheme(replaced(kValidTheme, c.from, c.to));
  const auto loaded = loadTheme(dir_);
  EXPECT_EQ(loaded.theme, builtinTheme());
  EXPECT_NE(loaded.warning.find((dir_ / "theme.json").string()), std::string::npos) << loaded.warning;
  EXPECT_NE(loaded.warning.find(c.field), std::string::npos) << loaded.warning;
  EXPECT_NE(loaded.warning.find("built-in theme"), std::string::npos) << loaded.warning;
}

INSTANTIATE_TEST_SUITE_P(
    EveryField, BrokenTheme,
    ::testing::Values(
        BrokenCase{"ColourName", R"("#3366cc")", R"("blue")", "\"palette.accent\""},
        BrokenCase{"ShortColour", R"("#102030")", R"("#123")", "\"palette.background\""},
        BrokenCase{"ColourNotHex", R"("#f0f0f0")", R"("#f0f0fg")", "\"palette.foreground\""},
        BrokenCase{"ColourNumber", R"("#33aa55")", "3355", "\"palette.success\""},
        BrokenCase{"ColourNull", R"("#203040")", "null", "\"palette.panel\""},
        BrokenCase{"MissingColour", R"("danger": "#cc3333",)", "", "\"palette.danger\""},
        BrokenCase{"UnknownColour", R"("warning")", R"("warn")", "\"palette.warn\""},
        BrokenCase{"PaletteNotObject", kValidTheme,
                   R"({"palette": "dark", "fonts": {}, "touch_target": 48, "logo": "logo.png"})", "\"palette\""},
        BrokenCase{"FontSizeTooSmall", R"("size": 12)", R"("size": 2)", "\"fonts.size\""},
        BrokenCase{"FontSizeTooLarge", R"("size": 12)", R"("size": 400)", "\"fonts.size\""},
        BrokenCase{"FontSizeText", R"("size": 12)", R"("size": "12")", "\"fonts.size\""},
        BrokenCase{"FontSizeFraction", R"("size": 12)", R"("size": 12.5)", "\"fonts.size\""},
        BrokenCase{"TitleSmallerThanBody", R"("title_size": 20)", R"("title_size": 11)", "\"fonts.title_size\""},
        BrokenCase{"EmptyFamily", R"("DejaVu Sans")", R"("")", "\"fonts.family\""},
        BrokenCase{"MissingFonts", R"("fonts")", R"("fontz")", "\"fontz\""},
        BrokenCase{"TouchTargetTooSmall", R"("touch_target": 48)", R"("touch_target": 4)", "\"touch_target\""},
        BrokenCase{"TouchTargetBoolean", R"("touch_target": 48)", R"("touch_target": true)", "\"touch_target\""},
        BrokenCase{"LogoMissingFile", R"("logo.png")", R"("gone.png")", "\"logo\""},
        BrokenCase{"LogoEscapesFolder", R"("logo.png")", R"("../night/logo.png")", "\"logo\""},
        BrokenCase{"LogoNotPng", R"("logo.png")", R"("theme.json")", "\"logo\""},
        BrokenCase{"NotJson", R"("touch_target": 48,)", R"("touch_target": 48,,)", "not valid JSON"},
        BrokenCase{"RootNotObject", kValidTheme, "[1, 2]", "JSON object"}),
    [](const auto& param) { return std::string(param.param.name); });

TEST(Rgb, ParsesOnlyHashAndSixHexDigits) {
  EXPECT_EQ(Rgb::parse("#A0b1C2"), (Rgb{0xa0, 0xb1, 0xc2}));
  EXPECT_EQ(Rgb::parse("#a0b1c2")->hex(), "#a0b1c2");
  for (const char* bad : {"", "#", "a0b1c2", "#a0b1c", "#a0b1c2d", "#a0b1cz", " #a0b1c2"}) {
    EXPECT_FALSE(Rgb::parse(bad).has_value()) << bad;
  }
}

// WCAG relative luminance and contrast ratio.
double luminance(Rgb c) {
  auto channel = [](std::uint8_t v) {
    const double s = v / 255.0;
    return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}
double contrast(Rgb a, Rgb b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

TEST(ShippedThemes, EveryShippedThemeLoadsCleanly) {
  const fs::path root = fs::path(POS_SOURCE_DIR) / "themes";
  const auto names = availableThemes(root);
  EXPECT_NE(std::find(names.begin(), names.end(), "classic"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "self-checkout"), names.end());
  for (const auto& name : names) {
    const auto loaded = loadNamedTheme(root, name);
    EXPECT_EQ(loaded.warning, "") << name;
    EXPECT_LT(fs::file_size(loaded.theme.logo), 16 * 1024u) << name;
    EXPECT_GE(contrast(loaded.theme.palette.foreground, loaded.theme.palette.background), 4.5) << name;
  }
}

TEST(ShippedThemes, SelfCheckoutIsLargeAndHighContrast) {
  const fs::path root = fs::path(POS_SOURCE_DIR) / "themes";
  const auto classic = loadNamedTheme(root, "classic").theme;
  const auto lane = loadNamedTheme(root, "self-checkout").theme;
  EXPECT_GE(lane.touchTarget, 72);
  EXPECT_GT(lane.fonts.size, classic.fonts.size);
  EXPECT_GT(lane.fonts.titleSize, classic.fonts.titleSize);
  EXPECT_GE(contrast(lane.palette.foreground, lane.palette.background), 7.0);
}

}  // namespace
