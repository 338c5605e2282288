#include <ostream>

#include "csv_columns.hpp"
#include "csv_records.hpp"
#include "poscore/catalog/catalog_csv.hpp"
#include "poscore/catalog/catalog_pages.hpp"
#include "product_rows.hpp"  // unitName

namespace poscore::catalog {
namespace {

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
  auto written = forEachProductPage(store, 1000, [&out](const std::vector<Product>& page) {
    for (const auto& product : page) writeRow(out, product);
    if (!out) return possdk::Status::fail("the output cannot be written; check the disk space");
    return possdk::Status::ok();
  });
  if (!written) return possdk::Status::fail("catalog export failed: " + written.error());
  return possdk::Status::ok();
}

}  // namespace poscore::catalog
