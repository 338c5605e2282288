#include "product_rows.hpp"

#include <algorithm>

#include <boost/algorithm/string/split.hpp>

namespace poscore::catalog {

namespace {

constexpr const char* kColumns[] = {"id", "sku", "name_en", "name_zh", "price_minor", "tax_class", "unit",
                                    "tare_g", "expected_weight_g", "weight_spread_g", "eas", "age_restricted",
                                    "barcodes"};
constexpr std::size_t kColumnCount = std::size(kColumns);

template <typename T>
const T* as(const possdk::SqlRow& row, std::size_t index) {
  return std::get_if<T>(&row[index]);
}

}  // namespace

std::string unitName(SaleUnit unit) { return unit == SaleUnit::Weight ? "weight" : "each"; }

possdk::Result<Product> productFromRow(const possdk::SqlRow& row) {
  using Read = possdk::Result<Product>;
  if (row.size() != kColumnCount) return Read::fail("a catalog row has " + std::to_string(row.size()) + " columns");
  for (std::size_t i = 0; i < kColumnCount; ++i) {
    const bool text = i == 1 || i == 2 || i == 3 || i == 5 || i == 6;
    const bool ok = i == kColumnCount - 1 ? (as<std::string>(row, i) || as<std::nullptr_t>(row, i))
                                          : (text ? as<std::string>(row, i) != nullptr : as<std::int64_t>(row, i) != nullptr);
    if (!ok) {
      return Read::fail(std::string("catalog column '") + kColumns[i] +
                        "' holds a value of the wrong type; the lane database may be damaged, re-import the catalog");
    }
  }
  Product p;
  p.id = *as<std::int64_t>(row, 0);
  p.sku = *as<std::string>(row, 1);
  p.nameEn = *as<std::string>(row, 2);
  p.nameZh = *as<std::string>(row, 3);
  p.price = Money::minor(*as<std::int64_t>(row, 4));
  p.taxClass = *as<std::string>(row, 5);
  p.unit = *as<std::string>(row, 6) == "weight" ? SaleUnit::Weight : SaleUnit::Each;
  p.tareGrams = *as<std::int64_t>(row, 7);
  p.expectedWeightGrams = *as<std::int64_t>(row, 8);
  p.weightSpreadGrams = *as<std::int64_t>(row, 9);
  p.easTagged = *as<std::int64_t>(row, 10) != 0;
  p.ageRestricted = *as<std::int64_t>(row, 11) != 0;
  if (const auto* codes = as<std::string>(row, 12)) {
    boost::algorithm::split(p.barcodes, *codes, [](char c) { return c == '|'; });
    std::sort(p.barcodes.begin(), p.barcodes.end());
  }
  return p;
}

}  // namespace poscore::catalog
