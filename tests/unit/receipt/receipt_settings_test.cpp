// Receipt settings: defaults, paper widths, languages, tax class labels, and refusals.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "poscore/receipt/receipt_settings.hpp"
#include "temp_dir.hpp"

namespace {

using namespace poscore::receipt;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

// Read as the lane reads them: the pricing rules first, then the receipt settings with them.
possdk::Result<ReceiptSettings> settingsFrom(const std::string& json) {
  postest::TempDir dir;
  const auto config = poscore::Config::load(dir.write("pos.json", json));
  const auto pricing = poscore::sale::loadPricingRules(config);
  if (!pricing) return possdk::Result<ReceiptSettings>::fail(pricing.error());
  return receiptSettingsFrom(config, pricing.value());
}

TEST(ReceiptSettings, DefaultsAreEightyMillimetreEnglish) {
  auto s = receiptSettingsFrom(poscore::Config::empty(), poscore::sale::defaultPricingRules());
  ASSERT_TRUE(s) << s.error();
  EXPECT_EQ(s.value().columns, 42);
  EXPECT_EQ(s.value().languages, ReceiptLanguages::English);
  EXPECT_EQ(s.value().currencyDecimals, 2);
  EXPECT_FALSE(s.value().utcOffsetMinutes);
}

TEST(ReceiptSettings, FiftyEightMillimetrePaperHasThirtyTwoColumns) {
  auto s = settingsFrom(R"({"receipt": {"paper": "58mm", "languages": "both"}})");
  ASSERT_TRUE(s) << s.error();
  EXPECT_EQ(s.value().columns, 32);
  EXPECT_EQ(s.value().languages, ReceiptLanguages::Both);
}

TEST(ReceiptSettings, StoreFooterAndOffset) {
  auto s = settingsFrom(R"({
    "store": {"name": "Corner Shop", "address": "1 Main St"},
    "receipt": {"footer": "Thank you\n谢谢惠顾", "utc_offset_minutes": 480, "columns": 48}})");
  ASSERT_TRUE(s) << s.error();
  EXPECT_EQ(s.value().storeName, "Corner Shop");
  EXPECT_EQ(s.value().storeAddress, "1 Main St");
  EXPECT_THAT(s.value().footer, ElementsAre("Thank you", "谢谢惠顾"));
  EXPECT_EQ(s.value().utcOffsetMinutes, 480);
  EXPECT_EQ(s.value().columns, 48);
}

TEST(ReceiptSettings, TaxLabelsAndDecimalsAreThePricingRules) {
  auto s = settingsFrom(R"({"sale": {"currency": "JPY", "tax_classes": {
      "A": {"rate_bp": 1000, "label_en": "Consumption tax 10%", "label_zh": "消费税 10%"},
      "S": {"rate_bp": 800, "inclusive": false, "label_en": "Sales tax", "label_zh": "销售税"}}}})");
  ASSERT_TRUE(s) << s.error();
  EXPECT_EQ(s.value().currencyDecimals, 0);
  ASSERT_EQ(s.value().taxClasses.size(), 2U);
  EXPECT_EQ(s.value().taxClasses.at("A").labelEn, "Consumption tax 10%");
  EXPECT_EQ(s.value().taxClasses.at("A").labelZh, "消费税 10%");
  EXPECT_TRUE(s.value().taxClasses.at("A").inclusive);
  EXPECT_FALSE(s.value().taxClasses.at("S").inclusive);
}

TEST(ReceiptSettings, WithoutSaleSettingsTheLanesDefaultClassesPrint) {
  auto s = receiptSettingsFrom(poscore::Config::empty(), poscore::sale::defaultPricingRules());
  ASSERT_TRUE(s) << s.error();
  EXPECT_EQ(s.value().taxClasses.at("A").labelZh, "增值税 13%");
  EXPECT_EQ(s.value().taxClasses.at("C").labelEn, "Tax exempt");
}

TEST(ReceiptSettings, BadValuesAreRefusedNamingTheKey) {
  const std::pair<const char*, const char*> cases[] = {
      {R"({"receipt": {"paper": "76mm"}})", "receipt.paper"},
      {R"({"receipt": {"languages": "fr"}})", "receipt.languages"},
      {R"({"receipt": {"columns": 10}})", "receipt.columns"},
      {R"({"receipt": {"utc_offset_minutes": "east"}})", "receipt.utc_offset_minutes"},
  };
  for (const auto& [json, key] : cases) {
    auto s = settingsFrom(json);
    ASSERT_FALSE(s) << json;
    EXPECT_THAT(s.error(), HasSubstr(key)) << json;
  }
}

}  // namespace
