#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "poscore/catalog/product.hpp"
#include "poscore/services/lane_db.hpp"
#include "possdk/status.hpp"

namespace poscore::catalog {

// The lane's catalog in the lane database: products by sku and their barcodes by GTIN-14 key, in
// tables the "catalog" migrations own. Variable-measure items are stored under the key the barcode
// decoder builds (value digits zeroed, check digit recomputed); the store only keeps keys.
// Cheap to copy: it holds a reference to the database, which must outlive it.
class CatalogStore {
 public:
  // Applies the catalog's migrations; fails with the database's reason.
  static possdk::Result<CatalogStore> open(LaneDb& db);

  // The product a GTIN-14 key (barcode::toGtin14) belongs to, or nullopt when none does. Refuses a
  // key that is not 14 digits, which would be a caller's mistake rather than an unknown item.
  possdk::Result<std::optional<Product>> findByBarcode(const std::string& gtin14);
  possdk::Result<std::optional<Product>> findBySku(const std::string& sku);
  // Products whose English or Chinese name starts with `prefix` (ASCII letters in any case), by
  // English name, at most `limit` of them: the cashier's lookup dialog. An empty prefix finds none.
  possdk::Result<std::vector<Product>> searchByName(const std::string& prefix, std::size_t limit = 50);
  possdk::Result<std::int64_t> count();

  // Inserts the product, or updates the one with its sku, and sets its barcodes to exactly
  // `product.barcodes`; returns its id (kept across updates). Refuses a product that breaks
  // checkProduct() and a barcode that belongs to another product, naming it; nothing is written then.
  possdk::Result<std::int64_t> upsert(const Product& product);
  // Removes the product with `sku` and its barcodes; false when there was none. Completed sales keep
  // their own copy of what they sold, so they are not touched.
  possdk::Result<bool> remove(const std::string& sku);

  LaneDb& db() { return *db_; }

 private:
  explicit CatalogStore(LaneDb& db) : db_(&db) {}
  LaneDb* db_;
};

}  // namespace poscore::catalog
