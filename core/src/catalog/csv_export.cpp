#include <ostream>

#include "csv_columns.hpp"
#include "csv_records.hpp"
#include "poscore/catalog/catalog_csv.hpp"
#include "product_rows.hpp"

namespace poscore::catalog {
namespace {

// Pages keep memory flat for a catalog of millions.
constexpr std::int64_t kPage = 1000;
const std::string kPageAfter = std::string(kSelectProduct) + " WHERE p.id > ? ORDER BY p.id LIMIT ?";

void writeRow(std::ostream& out, const Product& p) {
  std::string barcodes;
  for (const auto& key : p.barcodes) barcodes += (barcodes.empty() ? "" : "|") + barcodeText(key);
  out << csvField(p.sku) << ',' << barcodes << ',' << csvField(p.nameEn) << ',' << csvField(p.nameZh) << ','
      << formatMoney(p.price) << ',' << csvField(p.taxClass) << ',' << unitName(p.unit) << ',' << p.tareGrams << ','
      << p.expectedWeightGrams << ',' << p.weightSpreadGrams << ',' << (p.easTagged ? 1 : 0) << ','
      << (p.ageRestricted ? 1 : 0) << '\n';
}

}  // namespace

possdk::Status exportCatalogCsv(CatalogStore& store, std::ostream& out) {
  for (std::size_t c = 0; c < kCsvColumns.size(); ++c) out << (c == 0 ? "" : ",") << kCsvColumns[c];
  out << '\n';
  std::int64_t after = 0;
  for (;;) {
    auto rows = store.db().query(kPageAfter, {after, kPage});
    if (!rows) return possdk::Status::fail("catalog export failed: " + rows.error());
    for (const auto& row : rows.value()) {
      auto product = productFromRow(row);
      if (!product) return possdk::Status::fail("catalog export failed: " + product.error());
      writeRow(out, product.value());
      after = product.value().id;
    }
    if (!out) return possdk::Status::fail("catalog export failed: the output cannot be written; check the disk space");
    if (static_cast<std::int64_t>(rows.value().size()) < kPage) return possdk::Status::ok();
  }
}

}  // namespace poscore::catalog
