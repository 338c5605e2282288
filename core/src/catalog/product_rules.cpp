#include "poscore/catalog/product_rules.hpp"

#include <algorithm>

#include "poscore/barcode/gtin.hpp"
#include "poscore/money/money.hpp"
#include "poscore/util/utf8.hpp"

namespace poscore::catalog {
namespace {

bool hasSpaceAtAnEnd(const std::string& text) {
  auto space = [](char c) { return c == ' ' || c == '\t'; };
  return !text.empty() && (space(text.front()) || space(text.back()));
}

bool hasControlCharacter(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
}

void checkName(const std::string& name, const char* column, std::vector<ProductIssue>& issues) {
  if (name.empty()) {
    issues.push_back({column, "the name is empty", "give the name screens and receipts show"});
  } else if (name.size() > kMaxNameLength) {
    issues.push_back({column, "the name is " + std::to_string(name.size()) + " bytes long",
                      "shorten it to at most " + std::to_string(kMaxNameLength) + " bytes"});
  } else if (!isValidUtf8(name) || hasControlCharacter(name)) {
    issues.push_back({column, "the name is not valid UTF-8 text or holds a control character",
                      "save the file as UTF-8 and keep each name on one line"});
  }
}

void checkGrams(std::int64_t grams, const char* column, std::vector<ProductIssue>& issues) {
  if (grams < 0) {
    issues.push_back({column, "the weight " + std::to_string(grams) + " g is negative", "give grams from 0 up"});
  } else if (grams > kMaxGrams) {
    issues.push_back({column, "the weight " + std::to_string(grams) + " g is above " + std::to_string(kMaxGrams) + " g",
                      "give the weight in grams, not milligrams"});
  }
}

// A product carries a few codes: looking back over them beats building a set for each product.
void checkBarcodes(const std::vector<std::string>& barcodes, std::vector<ProductIssue>& issues) {
  for (auto at = barcodes.begin(); at != barcodes.end(); ++at) {
    const auto& key = *at;
    if (!isGtin14Key(key)) {
      issues.push_back({column::kBarcodes, "'" + key + "' is not a GTIN-14 key with a valid check digit",
                        "store keys made by barcode::toGtin14"});
    } else if (std::find(barcodes.begin(), at, key) != at) {
      issues.push_back({column::kBarcodes, "'" + key + "' is listed twice", "list each barcode once"});
    }
  }
}

}  // namespace

bool isGtin14Key(const std::string& key) { return key.size() == 14 && barcode::hasValidCheckDigit(key); }

std::vector<ProductIssue> checkProduct(const Product& product) {
  std::vector<ProductIssue> issues;
  if (product.sku.empty()) {
    issues.push_back({column::kSku, "the sku is empty", "give the store's article number"});
  } else if (product.sku.size() > kMaxSkuLength || hasSpaceAtAnEnd(product.sku) || hasControlCharacter(product.sku) ||
             product.sku.find('|') != std::string::npos) {
    issues.push_back({column::kSku, "the sku '" + product.sku + "' is too long or holds spaces at its ends, '|' or a control character",
                      "use at most " + std::to_string(kMaxSkuLength) + " printable characters"});
  }
  checkName(product.nameEn, column::kNameEn, issues);
  checkName(product.nameZh, column::kNameZh, issues);
  checkBarcodes(product.barcodes, issues);
  const auto price = product.price.minorUnits();
  if (price < 0) {
    issues.push_back({column::kPrice, "the price " + formatMoney(product.price) + " is negative",
                      "give the shelf price; discounts belong in promotions"});
  } else if (price > kMaxAmountMinor) {
    issues.push_back({column::kPrice, "the price " + formatMoney(product.price) + " is above " +
                                          formatMoney(Money::minor(kMaxAmountMinor)),
                      "check the decimal point"});
  }
  if (product.taxClass.empty()) {
    issues.push_back({column::kTaxClass, "the tax class is empty", "give one of the lane's tax class codes"});
  }
  checkGrams(product.tareGrams, column::kTare, issues);
  checkGrams(product.expectedWeightGrams, column::kExpectedWeight, issues);
  checkGrams(product.weightSpreadGrams, column::kWeightSpread, issues);
  return issues;
}

}  // namespace poscore::catalog
