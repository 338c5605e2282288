// The "barcodes" section of the lane settings: variable-measure layouts and their validation.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "barcode_test_support.hpp"
#include "poscore/sale/tax_rules.hpp"
#include "poscore/services/config.hpp"
#include "temp_dir.hpp"

namespace {

using namespace poscore::barcode;
using ::testing::AllOf;
using ::testing::HasSubstr;

// The barcode settings of a whole lane settings file, read as the lane reads them: pricing first.
possdk::Result<DecodeSettings> loadLane(const std::string& laneJson) {
  postest::TempDir dir;
  const auto config = poscore::Config::load(dir.write("pos.json", laneJson));
  const auto pricing = poscore::sale::loadPricingRules(config);
  if (!pricing) return possdk::Result<DecodeSettings>::fail(pricing.error());
  return loadDecodeSettings(config, pricing.value(), bartest::settingsIn2026().clock);
}

possdk::Result<DecodeSettings> load(const std::string& barcodesJson) {
  return loadLane(R"({"barcodes": )" + barcodesJson + "}");
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
  auto settings = loadDecodeSettings(poscore::Config::empty(), poscore::sale::defaultPricingRules(), nullptr);
  ASSERT_TRUE(settings.isOk());
  EXPECT_EQ(settings.value().currencyNumeric, "156");
  EXPECT_EQ(settings.value().currencyDecimals, 2);
  EXPECT_EQ(settings.value().variableMeasure.size(), defaultVariableMeasureLayouts().size());
  EXPECT_TRUE(settings.value().clock);
}

TEST(DecodeSettings, ConfiguredLayoutReplacesTheDefaultOfItsPrefix) {
  auto settings = load(R"({"variable_measure": [
      {"prefix": "21", "item_digits": 4, "value": "weight", "value_digits": 5, "decimals": 3, "verifier": true},
      {"prefix": "27", "value": "none"}],
    "eight_digit_zero_one_is_upce": false})");
  ASSERT_TRUE(settings.isOk()) << settings.error();
  const auto& s = settings.value();
  EXPECT_EQ(s.variableMeasure.size(), defaultVariableMeasureLayouts().size());
  EXPECT_EQ(layoutOf(s, "21").kind, MeasureKind::Weight);
  EXPECT_TRUE(layoutOf(s, "21").verifier);
  EXPECT_EQ(layoutOf(s, "27").kind, MeasureKind::None);
  EXPECT_EQ(layoutOf(s, "27").itemDigits, 10);
  EXPECT_EQ(layoutOf(s, "20").kind, MeasureKind::Price);
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
  EXPECT_THAT(loadError(R"({"currency": "CNY"})"), AllOf(HasSubstr("barcodes.currency"), HasSubstr("unknown key")));
}

TEST(DecodeSettings, TheCurrencyIsTheLanesFromTheSaleSettings) {
  auto euro = loadLane(R"({"sale": {"currency": "EUR"}, "barcodes": {}})");
  ASSERT_TRUE(euro.isOk()) << euro.error();
  EXPECT_EQ(euro.value().currencyNumeric, "978");
  EXPECT_EQ(euro.value().currencyDecimals, 2);
  // Yen have no minor unit: a label scale's 12.34 is 12 yen.
  auto yen = loadLane(R"({"sale": {"currency": "JPY"}})");
  ASSERT_TRUE(yen.isOk()) << yen.error();
  EXPECT_EQ(yen.value().currencyNumeric, "392");
  EXPECT_EQ(yen.value().currencyDecimals, 0);
  auto decoded = decode("2012345012349", yen.value());
  ASSERT_TRUE(decoded.isOk()) << decoded.error();
  ASSERT_TRUE(decoded.value().price);
  EXPECT_EQ(*decoded.value().price, poscore::Money::minor(12));
}

TEST(DecodeSettings, TheCurrencyKeysLiveOnlyUnderSale) {
  EXPECT_THAT(loadError(R"({"currency_numeric": "156"})"),
              AllOf(HasSubstr("barcodes.currency_numeric"), HasSubstr("unknown key")));
  EXPECT_THAT(loadError(R"({"currency_decimals": 2})"),
              AllOf(HasSubstr("barcodes.currency_decimals"), HasSubstr("unknown key")));
}

}  // namespace
