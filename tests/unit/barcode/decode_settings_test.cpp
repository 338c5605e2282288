// The "barcodes" section of the lane settings: variable-measure layouts and their validation.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "barcode_test_support.hpp"
#include "poscore/services/config.hpp"
#include "temp_dir.hpp"

namespace {

using namespace poscore::barcode;
using ::testing::AllOf;
using ::testing::HasSubstr;

possdk::Result<DecodeSettings> load(const std::string& barcodesJson) {
  postest::TempDir dir;
  const auto file = dir.write("pos.json", R"({"barcodes": )" + barcodesJson + "}");
  return loadDecodeSettings(poscore::Config::load(file), bartest::settingsIn2026().clock);
}

std::string loadError(const std::string& barcodesJson) {
  auto settings = load(barcodesJson);
  EXPECT_FALSE(settings.isOk()) << barcodesJson;
  return settings.error();
}

const VariableMeasureLayout& layoutOf(const DecodeSettings& settings, const std::string& prefix) {
  static const VariableMeasureLayout none;
  for (const auto& layout : settings.variableMeasure) {
    if (layout.prefix == prefix) return layout;
  }
  ADD_FAILURE() << "no layout for prefix " << prefix;
  return none;
}

TEST(DecodeSettings, DefaultsCoverEveryRestrictedPrefix) {
  const auto defaults = defaultVariableMeasureLayouts();
  EXPECT_EQ(defaults.size(), 11u);
  DecodeSettings settings;
  EXPECT_TRUE(layoutOf(settings, "02").verifier);
  EXPECT_EQ(layoutOf(settings, "02").valueDigits, 4);
  EXPECT_EQ(layoutOf(settings, "23").kind, MeasureKind::Price);
  EXPECT_EQ(layoutOf(settings, "28").itemDigits, 4);
  EXPECT_EQ(layoutOf(settings, "29").kind, MeasureKind::Weight);
  for (const auto& layout : defaults) {
    EXPECT_EQ(layout.itemDigits + (layout.verifier ? 1 : 0) + layout.valueDigits, 10) << layout.prefix;
  }
}

TEST(DecodeSettings, NoSectionGivesTheDefaults) {
  auto settings = loadDecodeSettings(poscore::Config::empty(), nullptr);
  ASSERT_TRUE(settings.isOk());
  EXPECT_EQ(settings.value().variableMeasure.size(), defaultVariableMeasureLayouts().size());
  EXPECT_TRUE(settings.value().clock);
}

TEST(DecodeSettings, ConfiguredLayoutReplacesTheDefaultOfItsPrefix) {
  auto settings = load(R"({"variable_measure": [
      {"prefix": "21", "item_digits": 4, "value": "weight", "value_digits": 5, "decimals": 3, "verifier": true},
      {"prefix": "27", "value": "none"}],
    "currency_numeric": "978", "currency_decimals": 2, "eight_digit_zero_one_is_upce": false})");
  ASSERT_TRUE(settings.isOk()) << settings.error();
  const auto& s = settings.value();
  EXPECT_EQ(s.variableMeasure.size(), defaultVariableMeasureLayouts().size());
  EXPECT_EQ(layoutOf(s, "21").kind, MeasureKind::Weight);
  EXPECT_TRUE(layoutOf(s, "21").verifier);
  EXPECT_EQ(layoutOf(s, "27").kind, MeasureKind::None);
  EXPECT_EQ(layoutOf(s, "27").itemDigits, 10);
  EXPECT_EQ(layoutOf(s, "20").kind, MeasureKind::Price);
  EXPECT_EQ(s.currencyNumeric, "978");
  EXPECT_FALSE(s.eightDigitZeroOneIsUpcE);
  // The loaded layout reads codes: item 1234, verifier 1 (of 01234), weight 1.234 kg.
  auto decoded = decode("2112341012340", s);
  ASSERT_TRUE(decoded.isOk()) << decoded.error();
  EXPECT_EQ(decoded.value().weightGrams, 1234);
}

TEST(DecodeSettings, ErrorsNameTheField) {
  const auto base = std::string(R"({"variable_measure": [{"prefix": "21", "value": "price"}, )");
  EXPECT_THAT(loadError(base + R"({"prefix": "31", "value": "price"}]})"),
              AllOf(HasSubstr("barcodes.variable_measure[1].prefix"), HasSubstr("\"20\" to \"29\"")));
  EXPECT_THAT(loadError(base + R"({"prefix": "22", "value": "volume"}]})"),
              AllOf(HasSubstr("barcodes.variable_measure[1].value"), HasSubstr("\"weight\"")));
  EXPECT_THAT(loadError(base + R"({"prefix": "22", "value": "price", "value_digits": 4}]})"),
              AllOf(HasSubstr("barcodes.variable_measure[1].item_digits"), HasSubstr("they make 9")));
  EXPECT_THAT(loadError(base + R"({"prefix": "22", "value": "price", "value_digits": 3, "item_digits": 6, "verifier": true}]})"),
              AllOf(HasSubstr("barcodes.variable_measure[1].verifier"), HasSubstr("4- and 5-digit")));
  EXPECT_THAT(loadError(base + R"({"prefix": "22", "value": "price", "decimals": 7}]})"),
              AllOf(HasSubstr("barcodes.variable_measure[1].decimals"), HasSubstr("0 to 6")));
  EXPECT_THAT(loadError(base + R"({"prefix": "22", "value": "price", "digits": 5}]})"),
              AllOf(HasSubstr("barcodes.variable_measure[1].digits"), HasSubstr("unknown key")));
  EXPECT_THAT(loadError(base + R"({"prefix": "21", "value": "weight"}]})"),
              AllOf(HasSubstr("barcodes.variable_measure[1].prefix"), HasSubstr("twice")));
  EXPECT_THAT(loadError(base + R"({"value": "price"}]})"), HasSubstr("barcodes.variable_measure[1].prefix"));
  EXPECT_THAT(loadError(base + R"(7]})"), HasSubstr("barcodes.variable_measure[1]: expected an object"));
  EXPECT_THAT(loadError(R"({"variable_measure": {}})"), HasSubstr("barcodes.variable_measure: expected an array"));
  EXPECT_THAT(loadError(R"({"currency_numeric": "CNY"})"), HasSubstr("barcodes.currency_numeric"));
  EXPECT_THAT(loadError(R"({"currency": "CNY"})"), AllOf(HasSubstr("barcodes.currency"), HasSubstr("unknown key")));
}

}  // namespace
