#include "poscore/catalog/product_rules.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace poscore::catalog {
namespace {

Product valid() {
  Product p;
  p.sku = "A1";
  p.barcodes = {"06901234567892"};
  p.nameEn = "Rice";
  p.nameZh = "大米";
  p.price = Money::minor(100);
  p.taxClass = "B";
  return p;
}

std::vector<std::string> columnsAtFault(const Product& p) {
  std::vector<std::string> columns;
  for (const auto& issue : checkProduct(p)) columns.push_back(issue.column);
  return columns;
}

using ::testing::ElementsAre;

TEST(ProductRules, AValidProductHasNoIssue) { EXPECT_TRUE(checkProduct(valid()).empty()); }

TEST(ProductRules, EachBrokenFieldIsNamed) {
  auto p = valid();
  p.sku = "";
  EXPECT_THAT(columnsAtFault(p), ElementsAre("sku"));
  p = valid();
  p.sku = " A1";
  EXPECT_THAT(columnsAtFault(p), ElementsAre("sku"));
  p = valid();
  p.nameEn = "";
  EXPECT_THAT(columnsAtFault(p), ElementsAre("name_en"));
  p = valid();
  p.nameZh = "\xE5\xA4";  // a cut UTF-8 sequence
  EXPECT_THAT(columnsAtFault(p), ElementsAre("name_zh"));
  p = valid();
  p.nameEn = std::string(kMaxNameLength + 1, 'x');
  EXPECT_THAT(columnsAtFault(p), ElementsAre("name_en"));
  p = valid();
  p.price = Money::minor(-5);
  EXPECT_THAT(columnsAtFault(p), ElementsAre("price"));
  p = valid();
  p.price = Money::minor(kMaxAmountMinor + 1);
  EXPECT_THAT(columnsAtFault(p), ElementsAre("price"));
  p = valid();
  p.taxClass = "";
  EXPECT_THAT(columnsAtFault(p), ElementsAre("tax_class"));
  p = valid();
  p.tareGrams = -1;
  p.expectedWeightGrams = kMaxGrams + 1;
  p.weightSpreadGrams = -3;
  EXPECT_THAT(columnsAtFault(p), ElementsAre("tare_g", "expected_weight_g", "weight_spread_g"));
}

TEST(ProductRules, BarcodesMustBeValidGtin14KeysListedOnce) {
  auto p = valid();
  p.barcodes = {"6901234567892"};  // EAN-13, not yet a key
  EXPECT_THAT(columnsAtFault(p), ElementsAre("barcodes"));
  p.barcodes = {"06901234567893"};  // wrong check digit
  EXPECT_THAT(columnsAtFault(p), ElementsAre("barcodes"));
  p.barcodes = {"06901234567892", "06901234567892"};
  EXPECT_THAT(columnsAtFault(p), ElementsAre("barcodes"));
}

TEST(ProductRules, ZeroPriceAndTheLargestAmountAreAllowed) {
  auto p = valid();
  p.price = Money::minor(0);
  EXPECT_TRUE(checkProduct(p).empty());
  p.price = Money::minor(kMaxAmountMinor);
  EXPECT_TRUE(checkProduct(p).empty());
}

}  // namespace
}  // namespace poscore::catalog
