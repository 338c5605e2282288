#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "poscore/catalog/product.hpp"

namespace poscore::catalog {

// Column names of the catalog file; product rules name the same fields, so an import error and an
// API error point at the same thing.
namespace column {
inline constexpr const char* kSku = "sku";
inline constexpr const char* kBarcodes = "barcodes";
inline constexpr const char* kNameEn = "name_en";
inline constexpr const char* kNameZh = "name_zh";
inline constexpr const char* kPrice = "price";
inline constexpr const char* kTaxClass = "tax_class";
inline constexpr const char* kUnit = "unit";
inline constexpr const char* kTare = "tare_g";
inline constexpr const char* kExpectedWeight = "expected_weight_g";
inline constexpr const char* kWeightSpread = "weight_spread_g";
inline constexpr const char* kEas = "eas";
inline constexpr const char* kAgeRestricted = "age_restricted";
}  // namespace column

// No single item on a lane's scale weighs a tonne: anything above is a typo (kilograms keyed as grams
// times a thousand).
inline constexpr std::int64_t kMaxGrams = 1'000'000;
inline constexpr std::size_t kMaxSkuLength = 40;
inline constexpr std::size_t kMaxNameLength = 120;  // bytes of UTF-8

// What is wrong with one field of a product, and what to do about it.
struct ProductIssue {
  std::string column;  // one of the column names above
  std::string reason;
  std::string fix;
};

// The rules every stored product keeps, whoever writes it: a sku without spaces at its ends, both
// names as UTF-8, barcodes as GTIN-14 keys with a valid check digit and none twice, a price from 0 to
// kMaxAmountMinor, a tax class code, weights in grams from 0 to kMaxGrams. Whether the tax class is
// one the lane knows is the caller's check: the store does not read the lane's settings.
std::vector<ProductIssue> checkProduct(const Product& product);

// True when `key` is a GTIN-14 key as the catalog stores it: 14 digits with a valid check digit.
bool isGtin14Key(const std::string& key);

}  // namespace poscore::catalog
