#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "poscore/catalog/product.hpp"
#include "possdk/sql.hpp"

namespace poscore::catalog {

// Writes products as they are, inside the caller's transaction; the caller has checked them.
class ProductWriter {
 public:
  explicit ProductWriter(possdk::Sql& sql) : sql_(sql) {}

  // Inserts or updates by sku and gives the product exactly its barcodes, taking a barcode from the
  // product that held it (the caller decides whether that is allowed). Returns the product's id.
  possdk::Result<std::int64_t> write(const Product& product);
  // The sku of the product holding `gtin14`, or nullopt.
  possdk::Result<std::optional<std::string>> barcodeOwner(const std::string& gtin14);

 private:
  possdk::Sql& sql_;
};

}  // namespace poscore::catalog
