#include "product_writer.hpp"

#include "product_rows.hpp"

namespace poscore::catalog {
namespace {

const std::string kUpsert = std::string("INSERT INTO catalog_products(") + kWrittenColumns +
                           ") VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" + kUpdateBySku + " RETURNING id";
const std::string kDropBarcodes = "DELETE FROM catalog_barcodes WHERE product_id = ?";
const std::string kAddBarcode =
    "INSERT INTO catalog_barcodes(gtin14, product_id) VALUES(?, ?)"
    " ON CONFLICT(gtin14) DO UPDATE SET product_id = excluded.product_id";
const std::string kOwner =
    "SELECT p.sku FROM catalog_barcodes b JOIN catalog_products p ON p.id = b.product_id WHERE b.gtin14 = ?";

}  // namespace

possdk::Result<std::int64_t> ProductWriter::write(const Product& p) {
  using Written = possdk::Result<std::int64_t>;
  auto id = sql_.query(kUpsert, {p.sku, p.nameEn, p.nameZh, p.price.minorUnits(), p.taxClass, unitName(p.unit),
                                 p.tareGrams, p.expectedWeightGrams, p.weightSpreadGrams,
                                 std::int64_t{p.easTagged ? 1 : 0}, std::int64_t{p.ageRestricted ? 1 : 0}});
  if (!id) return Written::fail(id.error());
  const auto productId = std::get<std::int64_t>(id.value().at(0).at(0));
  if (auto dropped = sql_.exec(kDropBarcodes, {productId}); !dropped) return Written::fail(dropped.error());
  for (const auto& key : p.barcodes) {
    if (auto added = sql_.exec(kAddBarcode, {key, productId}); !added) return Written::fail(added.error());
  }
  return productId;
}

possdk::Result<std::optional<std::string>> ProductWriter::barcodeOwner(const std::string& gtin14) {
  using Owner = possdk::Result<std::optional<std::string>>;
  auto rows = sql_.query(kOwner, {gtin14});
  if (!rows) return Owner::fail(rows.error());
  if (rows.value().empty()) return std::optional<std::string>{};
  return std::optional<std::string>{std::get<std::string>(rows.value()[0][0])};
}

}  // namespace poscore::catalog
