#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "poscore/money/money.hpp"

namespace poscore::catalog {

// How an item is counted: by the piece, or weighed with the price per kilogram.
enum class SaleUnit { Each, Weight };

// One product of the lane catalog. Weights are integer grams.
struct Product {
  std::int64_t id = 0;                // catalog row id; 0 before it is stored
  std::string sku;                    // the store's own article number, unique
  std::vector<std::string> barcodes;  // GTIN-14 keys (see barcode::toGtin14); unique across products
  std::string nameEn;
  std::string nameZh;
  Money price;                        // per piece, or per kilogram when unit is Weight
  std::string taxClass;               // a code from the lane's tax classes, e.g. "A"
  SaleUnit unit = SaleUnit::Each;
  std::int64_t tareGrams = 0;         // container weight taken off a weighed item
  std::int64_t expectedWeightGrams = 0;  // for the security scale; 0 when unknown
  std::int64_t weightSpreadGrams = 0;    // its expected spread (one standard deviation)
  bool easTagged = false;
  bool ageRestricted = false;
};

}  // namespace poscore::catalog
