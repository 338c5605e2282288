#pragma once
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "poscore/catalog/product.hpp"
#include "poscore/catalog/product_rules.hpp"

namespace poscore::catalog {

// The catalog file's columns in the order export writes them.
inline constexpr std::array<const char*, 12> kCsvColumns{
    column::kSku,  column::kBarcodes,       column::kNameEn,       column::kNameZh,
    column::kPrice, column::kTaxClass,      column::kUnit,         column::kTare,
    column::kExpectedWeight, column::kWeightSpread, column::kEas, column::kAgeRestricted};
// Columns a file may leave out; their cells then read as 0.
bool isOptionalColumn(const std::string& name);

// Where each of kCsvColumns sits in the file's header, if it is there.
struct CsvHeader {
  std::array<std::optional<std::size_t>, kCsvColumns.size()> position;
  std::size_t width = 0;
};

// The header's columns, or what is wrong with it (unknown, repeated or missing names).
CsvHeader readHeader(const std::vector<std::string>& names, std::vector<ProductIssue>& issues);

// One row as a product, with an issue for every cell that cannot be read (barcodes are turned into
// GTIN-14 keys). Rules about the product as a whole are checkProduct()'s.
Product readRow(const CsvHeader& header, const std::vector<std::string>& cells, std::vector<ProductIssue>& issues);

// The GTIN-14 key of a barcode in the file, or the issue with it.
std::optional<std::string> barcodeKey(const std::string& code, std::vector<ProductIssue>& issues);

// Barcodes as written back: EAN-13 when the key starts with 0, the GTIN-14 otherwise.
std::string barcodeText(const std::string& gtin14);

}  // namespace poscore::catalog
