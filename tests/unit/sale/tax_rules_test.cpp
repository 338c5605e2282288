#include <gtest/gtest.h>

#include "poscore/sale/tax_rules.hpp"
#include "temp_dir.hpp"

namespace {

using poscore::Config;
using poscore::Money;
using namespace poscore::sale;

Config configWith(postest::TempDir& dir, const std::string& json) { return Config::load(dir.write("pos.json", json)); }

TEST(TaxRules, DefaultsAreAMainlandChinaLane) {
  const auto rules = defaultPricingRules();
  EXPECT_EQ(rules.currency, "CNY");
  EXPECT_EQ(rules.currencyNumeric, "156");
  EXPECT_EQ(rules.decimals, 2);
  ASSERT_EQ(rules.taxClasses.size(), 3U);
  EXPECT_EQ(rules.findTaxClass("A")->rateBp, 1300);
  EXPECT_TRUE(rules.findTaxClass("A")->inclusive);
  EXPECT_EQ(rules.findTaxClass("B")->rateBp, 900);
  EXPECT_EQ(rules.findTaxClass("C")->rateBp, 0);
  EXPECT_EQ(rules.findTaxClass("D"), nullptr);
  EXPECT_EQ(rules.cashRounding.step, 1);
}

TEST(TaxRules, AnEmptyConfigGivesTheDefaults) {
  auto rules = loadPricingRules(Config::empty());
  ASSERT_TRUE(rules) << rules.error();
  EXPECT_EQ(rules.value().taxClasses.size(), 3U);
}

TEST(TaxRules, LoadsClassesRoundingAndCurrencyFromSettings) {
  postest::TempDir dir;
  auto rules = loadPricingRules(configWith(dir, R"({"sale": {"currency": "HKD", "currency_decimals": 2,
      "tax_classes": {"S": {"rate_bp": 800, "inclusive": false, "label_en": "Sales tax", "label_zh": "销售税"},
                      "Z": {"rate_bp": 0, "label_en": "Zero", "label_zh": "零税率"}},
      "cash_rounding": {"step": 10, "mode": "down"}}})"));
  ASSERT_TRUE(rules) << rules.error();
  EXPECT_EQ(rules.value().currency, "HKD");
  EXPECT_EQ(rules.value().currencyNumeric, "344");  // from ISO 4217, not given
  ASSERT_EQ(rules.value().taxClasses.size(), 2U);
  const auto* s = rules.value().findTaxClass("S");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->rateBp, 800);
  EXPECT_FALSE(s->inclusive);
  EXPECT_EQ(s->labelZh, "销售税");
  EXPECT_TRUE(rules.value().findTaxClass("Z")->inclusive);
  EXPECT_EQ(rules.value().findTaxClass("A"), nullptr);
  EXPECT_EQ(rules.value().cashRounding.step, 10);
  EXPECT_EQ(rules.value().cashRounding.mode, CashRounding::Mode::Down);
}

TEST(TaxRules, ACurrencyTakesItsIsoNumericCodeAndDecimals) {
  postest::TempDir dir;
  auto yen = loadPricingRules(configWith(dir, R"({"sale": {"currency": "JPY"}})"));
  ASSERT_TRUE(yen) << yen.error();
  EXPECT_EQ(yen.value().currencyNumeric, "392");
  EXPECT_EQ(yen.value().decimals, 0);
  auto aud = loadPricingRules(configWith(dir, R"({"sale": {"currency": "AUD", "currency_numeric": "036"}})"));
  ASSERT_TRUE(aud) << aud.error();
  EXPECT_EQ(aud.value().currencyNumeric, "036");  // leading zero kept
  EXPECT_EQ(aud.value().decimals, 2);
}

TEST(TaxRules, ACurrencyIsoDoesNotListNeedsItsNumericCodeAndDecimals) {
  postest::TempDir dir;
  auto stated = loadPricingRules(configWith(dir, R"({"sale": {"currency": "QQQ", "currency_numeric": "999",
      "currency_decimals": 1}})"));
  ASSERT_TRUE(stated) << stated.error();
  EXPECT_EQ(stated.value().currencyNumeric, "999");
  EXPECT_EQ(stated.value().decimals, 1);
  auto missing = loadPricingRules(configWith(dir, R"({"sale": {"currency": "QQQ", "currency_numeric": "999"}})"));
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().find("sale.currency_decimals"), std::string::npos) << missing.error();
}

struct BadSetting {
  const char* json;
  const char* named;  // the field the message must name
};

class TaxRulesRefuse : public ::testing::TestWithParam<BadSetting> {};

TEST_P(TaxRulesRefuse, NamingTheField) {
  postest::TempDir dir;
  auto rules = loadPricingRules(configWith(dir, GetParam().json));
  ASSERT_FALSE(rules);
  EXPECT_NE(rules.error().find(GetParam().named), std::string::npos) << rules.error();
  EXPECT_NE(rules.error().find("fix the lane settings"), std::string::npos) << rules.error();
}

INSTANTIATE_TEST_SUITE_P(
    BadSettings, TaxRulesRefuse,
    ::testing::Values(
        BadSetting{R"({"sale": {"tax_classes": {"A": {"rate_bp": 10001, "label_en": "x", "label_zh": "x"}}}})",
                   "sale.tax_classes.A.rate_bp"},
        BadSetting{R"({"sale": {"tax_classes": {"A": {"rate_bp": -1, "label_en": "x", "label_zh": "x"}}}})",
                   "sale.tax_classes.A.rate_bp"},
        BadSetting{R"({"sale": {"tax_classes": {"A": {"rate_bp": 13.5, "label_en": "x", "label_zh": "x"}}}})",
                   "sale.tax_classes.A.rate_bp"},
        BadSetting{R"({"sale": {"tax_classes": {"A": {"label_en": "x", "label_zh": "x"}}}})", "sale.tax_classes.A.rate_bp"},
        BadSetting{R"({"sale": {"tax_classes": {"A": {"rate_bp": 1300, "label_en": "x"}}}})", "sale.tax_classes.A.label_zh"},
        BadSetting{R"({"sale": {"tax_classes": {"A": {"rate_bp": 1300, "inclusive": "yes", "label_en": "x", "label_zh": "x"}}}})",
                   "sale.tax_classes.A.inclusive"},
        BadSetting{R"({"sale": {"tax_classes": {"A": {"rate": 1300, "label_en": "x", "label_zh": "x"}}}})",
                   "sale.tax_classes.A.rate"},
        BadSetting{R"({"sale": {"tax_classes": {"A": 13}}})", "sale.tax_classes.A"},
        BadSetting{R"({"sale": {"tax_classes": {}}})", "sale.tax_classes"},
        BadSetting{R"({"sale": {"cash_rounding": {"step": 0}}})", "sale.cash_rounding.step"},
        BadSetting{R"({"sale": {"cash_rounding": {"step": 10, "mode": "bankers"}}})", "sale.cash_rounding.mode"},
        BadSetting{R"({"sale": {"currency": "yuan"}})", "sale.currency"},
        BadSetting{R"({"sale": {"currency": "QQQ"}})", "sale.currency"},
        BadSetting{R"({"sale": {"currency": "CLF"}})", "4 decimals"},
        BadSetting{R"({"sale": {"currency_numeric": "978"}})", "sale.currency_numeric"},
        BadSetting{R"({"sale": {"currency": "EUR", "currency_numeric": "156"}})", "\"978\""},
        BadSetting{R"({"sale": {"currency_numeric": "15"}})", "sale.currency_numeric"},
        BadSetting{R"({"sale": {"currency_numeric": "CNY"}})", "sale.currency_numeric"},
        BadSetting{R"({"sale": {"currency_decimals": 5}})", "sale.currency_decimals"},
        BadSetting{R"({"sale": {"currency_decimals": "2x"}})", "sale.currency_decimals"}));

TEST(LineTax, InclusiveTaxIsTheShareWithinTheNet) {
  const TaxClass a{"A", 1300, true, "A", "A"};
  EXPECT_EQ(lineTax(Money::minor(11300), a), Money::minor(1300));
  EXPECT_EQ(lineTax(Money::minor(1000), a), Money::minor(115));   // 115.04
  EXPECT_EQ(lineTax(Money::minor(-1000), a), Money::minor(-115));  // a return mirrors the sale
  EXPECT_EQ(lineTax(Money::minor(0), a), Money::minor(0));
}

TEST(LineTax, ExclusiveTaxIsAddedOnTopAndZeroRateIsZero) {
  const TaxClass s{"S", 800, false, "S", "S"};
  EXPECT_EQ(lineTax(Money::minor(1000), s), Money::minor(80));
  EXPECT_EQ(lineTax(Money::minor(1006), s), Money::minor(80));  // 80.48
  EXPECT_EQ(lineTax(Money::minor(1007), s), Money::minor(81));  // 80.56
  EXPECT_EQ(lineTax(Money::minor(999), TaxClass{"C", 0, true, "C", "C"}), Money::minor(0));
}

TEST(RoundCash, NearestDownAndUpMirrorNegativeAmounts) {
  const CashRounding nearest{10, CashRounding::Mode::Nearest};
  EXPECT_EQ(roundCash(Money::minor(1234), nearest), Money::minor(1230));
  EXPECT_EQ(roundCash(Money::minor(1235), nearest), Money::minor(1240));
  EXPECT_EQ(roundCash(Money::minor(-1235), nearest), Money::minor(-1240));
  EXPECT_EQ(roundCash(Money::minor(-1234), nearest), Money::minor(-1230));
  const CashRounding down{10, CashRounding::Mode::Down};
  EXPECT_EQ(roundCash(Money::minor(1239), down), Money::minor(1230));
  EXPECT_EQ(roundCash(Money::minor(-1239), down), Money::minor(-1230));
  const CashRounding up{50, CashRounding::Mode::Up};
  EXPECT_EQ(roundCash(Money::minor(1201), up), Money::minor(1250));
  EXPECT_EQ(roundCash(Money::minor(1250), up), Money::minor(1250));
  EXPECT_EQ(roundCash(Money::minor(-1201), up), Money::minor(-1250));
  EXPECT_EQ(roundCash(Money::minor(1234), CashRounding{}), Money::minor(1234));
}

}  // namespace
