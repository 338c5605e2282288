// The demo lane's settings file loads through every loader that reads it, with the values the demo
// is meant to show: a Shanghai lane in yuan, VAT classes A/B/C, fen rounded down at the cash desk.
#include <gtest/gtest.h>

#include "poscore/barcode/decode_settings.hpp"
#include "poscore/printer/printer_port_factory.hpp"
#include "poscore/receipt/receipt_settings.hpp"
#include "poscore/sale/receipt_numbers.hpp"
#include "poscore/sale/tax_rules.hpp"

namespace {

using poscore::Config;
using poscore::Money;
using namespace poscore::sale;

// The file in the source tree and the copy the build lays out beside bin/ must both load.
class DemoSettings : public ::testing::TestWithParam<const char*> {
 protected:
  Config config = Config::load(GetParam());
};

TEST_P(DemoSettings, PricingIsAShanghaiLaneInYuan) {
  auto rules = loadPricingRules(config);
  ASSERT_TRUE(rules) << rules.error();
  const auto& r = rules.value();
  EXPECT_EQ(r.currency, "CNY");
  EXPECT_EQ(r.currencyNumeric, "156");
  EXPECT_EQ(r.decimals, 2);
  ASSERT_EQ(r.taxClasses.size(), 3U);
  EXPECT_EQ(r.findTaxClass("A")->rateBp, 1300);
  EXPECT_EQ(r.findTaxClass("B")->rateBp, 900);
  EXPECT_EQ(r.findTaxClass("C")->rateBp, 0);
  for (const auto& taxClass : r.taxClasses) {
    EXPECT_TRUE(taxClass.inclusive) << taxClass.code;  // shelf prices in China include VAT
    EXPECT_FALSE(taxClass.labelZh.empty()) << taxClass.code;
  }
  // Cash is rounded down to the jiao: the customer never pays the odd fen.
  EXPECT_EQ(roundCash(Money::minor(1237), r.cashRounding), Money::minor(1230));
  EXPECT_EQ(roundCash(Money::minor(1239), r.cashRounding), Money::minor(1230));
}

TEST_P(DemoSettings, ReceiptsPrintBothLanguagesWithThePricingLabels) {
  auto rules = loadPricingRules(config);
  ASSERT_TRUE(rules) << rules.error();
  auto receipt = poscore::receipt::receiptSettingsFrom(config, rules.value());
  ASSERT_TRUE(receipt) << receipt.error();
  EXPECT_EQ(receipt.value().languages, poscore::receipt::ReceiptLanguages::Both);
  EXPECT_FALSE(receipt.value().storeName.empty());
  EXPECT_FALSE(receipt.value().storeAddress.empty());
  EXPECT_EQ(receipt.value().currencyDecimals, 2);
  EXPECT_EQ(receipt.value().taxClasses.at("A").labelZh, "增值税 13%");
}

TEST_P(DemoSettings, BarcodesReadYuan) {
  auto rules = loadPricingRules(config);
  ASSERT_TRUE(rules) << rules.error();
  auto decode = poscore::barcode::loadDecodeSettings(config, rules.value(), nullptr);
  ASSERT_TRUE(decode) << decode.error();
  EXPECT_EQ(decode.value().currencyNumeric, "156");
  EXPECT_EQ(decode.value().currencyDecimals, 2);
}

TEST_P(DemoSettings, LaneIdAndPrinterAreSet) {
  auto laneId = laneIdFrom(config);
  ASSERT_TRUE(laneId) << laneId.error();
  EXPECT_EQ(laneId.value(), "L01");
  // The demo starts the virtual printer on this port; nothing connects until a receipt prints.
  auto port = poscore::printer::printerPortFrom(config, nullptr);
  ASSERT_TRUE(port) << port.error();
  EXPECT_EQ(port.value()->describe(), "printer at tcp 127.0.0.1:9100");
}

INSTANTIATE_TEST_SUITE_P(SourceAndBuild, DemoSettings,
                         ::testing::Values(POS_SOURCE_DIR "/app/pos/demo/pos.json", POS_BINARY_DIR "/demo/pos.json"),
                         [](const auto& param) { return param.index == 0 ? std::string("Source") : std::string("Build"); });

}  // namespace
