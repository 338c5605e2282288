// Receipt settings: defaults, paper widths, languages, tax class labels, and refusals.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "poscore/receipt/receipt_settings.hpp"
#include "temp_dir.hpp"

namespace {

using namespace poscore::receipt;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

possdk::Result<ReceiptSettings> settingsFrom(const std::string& json) {
  postest::TempDir dir;
  return receiptSettingsFrom(poscore::Config::load(dir.write("pos.json", json)));
}

TEST(ReceiptSettings, DefaultsAreEightyMillimetreEnglish) {
  auto s = receiptSettingsFrom(poscore::Config::empty());
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

TEST(ReceiptSettings, StoreFooterOffsetAndTaxClasses) {
  auto s = settingsFrom(R"({
    "store": {"name": "Corner Shop", "address": "1 Main St"},
    "receipt": {"footer": "Thank you\n谢谢惠顾", "utc_offset_minutes": 480, "columns": 48},
    "tax": {"classes": {"A": {"label": "VAT 13%", "label_zh": "增值税 13%"},
                        "B": {"label": "Sales tax", "inclusive": false}}}})");
  ASSERT_TRUE(s) << s.error();
  EXPECT_EQ(s.value().storeName, "Corner Shop");
  EXPECT_EQ(s.value().storeAddress, "1 Main St");
  EXPECT_THAT(s.value().footer, ElementsAre("Thank you", "谢谢惠顾"));
  EXPECT_EQ(s.value().utcOffsetMinutes, 480);
  EXPECT_EQ(s.value().columns, 48);
  EXPECT_TRUE(s.value().taxClasses.at("A").inclusive);
  EXPECT_EQ(s.value().taxClasses.at("A").labelZh, "增值税 13%");
  EXPECT_FALSE(s.value().taxClasses.at("B").inclusive);
}

TEST(ReceiptSettings, BadValuesAreRefusedNamingTheKey) {
  const std::pair<const char*, const char*> cases[] = {
      {R"({"receipt": {"paper": "76mm"}})", "receipt.paper"},
      {R"({"receipt": {"languages": "fr"}})", "receipt.languages"},
      {R"({"receipt": {"columns": 10}})", "receipt.columns"},
      {R"({"receipt": {"utc_offset_minutes": "east"}})", "receipt.utc_offset_minutes"},
      {R"({"lane": {"currency_decimals": 5}})", "lane.currency_decimals"},
      {R"({"tax": {"classes": {"A": {"inclusive": "yes"}}}})", "tax.classes.A.inclusive"},
      {R"({"tax": {"classes": {"A": 13}}})", "tax.classes.A"},
  };
  for (const auto& [json, key] : cases) {
    auto s = settingsFrom(json);
    ASSERT_FALSE(s) << json;
    EXPECT_THAT(s.error(), HasSubstr(key)) << json;
  }
}

}  // namespace
