#include "csv_columns.hpp"

#include <algorithm>
#include <charconv>

#include <boost/algorithm/string/split.hpp>

#include "poscore/barcode/gtin.hpp"
#include "poscore/money/money.hpp"

namespace poscore::catalog {
namespace {

std::string columnList() {
  std::string list;
  for (const char* name : kCsvColumns) list += (list.empty() ? "" : ",") + std::string(name);
  return list;
}

bool allDigits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "12", "12.5", "-12.50": the shape of a price, whatever its size.
bool looksLikeDecimal(std::string_view text) {
  if (!text.empty() && text.front() == '-') text.remove_prefix(1);
  const auto dot = text.find('.');
  if (dot == std::string_view::npos) return allDigits(text);
  const auto decimals = text.substr(dot + 1);
  return allDigits(text.substr(0, dot)) && allDigits(decimals) && decimals.size() <= 2;
}

Money readPrice(const std::string& text, std::vector<ProductIssue>& issues) {
  if (auto price = parseMoney(text)) return *price;
  if (looksLikeDecimal(text)) {
    issues.push_back({column::kPrice, "the price " + text + " is above " + formatMoney(Money::minor(kMaxAmountMinor)),
                      "check the decimal point"});
  } else {
    issues.push_back({column::kPrice, "'" + text + "' is not a price",
                      "write it like 12.50: a dot before at most two decimals, no currency sign or thousands separator"});
  }
  return Money{};
}

std::int64_t readGrams(const std::string& text, const char* name, std::vector<ProductIssue>& issues) {
  if (text.empty() && isOptionalColumn(name)) return 0;
  std::int64_t grams = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), grams);
  if (error != std::errc{} || end != text.data() + text.size()) {
    issues.push_back({name, "'" + text + "' is not a whole number of grams", "give grams as digits, e.g. 250"});
    return 0;
  }
  return grams;
}

bool readFlag(const std::string& text, const char* name, std::vector<ProductIssue>& issues) {
  if (text == "1") return true;
  if (text == "0" || text.empty()) return false;
  issues.push_back({name, "'" + text + "' is not 0 or 1", "write 1 for yes and 0 (or nothing) for no"});
  return false;
}

SaleUnit readUnit(const std::string& text, std::vector<ProductIssue>& issues) {
  if (text == "weight") return SaleUnit::Weight;
  if (text != "each") {
    issues.push_back({column::kUnit, "'" + text + "' is not a unit",
                      "write 'each' for items sold by the piece or 'weight' for items priced per kilogram"});
  }
  return SaleUnit::Each;
}

std::vector<std::string> readBarcodes(const std::string& text, std::vector<ProductIssue>& issues) {
  std::vector<std::string> keys;
  if (text.empty()) return keys;
  std::vector<std::string> codes;
  boost::algorithm::split(codes, text, [](char c) { return c == '|'; });
  for (const auto& code : codes) {
    if (auto key = barcodeKey(code, issues)) keys.push_back(std::move(*key));
  }
  return keys;
}

}  // namespace

bool isOptionalColumn(const std::string& name) {
  return name == column::kTare || name == column::kExpectedWeight || name == column::kWeightSpread ||
         name == column::kEas || name == column::kAgeRestricted;
}

CsvHeader readHeader(const std::vector<std::string>& names, std::vector<ProductIssue>& issues) {
  CsvHeader header;
  header.width = names.size();
  for (std::size_t i = 0; i < names.size(); ++i) {
    const auto known = std::find(kCsvColumns.begin(), kCsvColumns.end(), names[i]);
    if (known == kCsvColumns.end()) {
      issues.push_back({names[i], "'" + names[i] + "' is not a catalog column",
                        "use the column names " + columnList() + " (lower case) and remove any other"});
      continue;
    }
    auto& position = header.position[static_cast<std::size_t>(known - kCsvColumns.begin())];
    if (position) {
      issues.push_back({names[i], "the column '" + names[i] + "' appears twice", "keep one of them"});
      continue;
    }
    position = i;
  }
  for (std::size_t c = 0; c < kCsvColumns.size(); ++c) {
    if (!header.position[c] && !isOptionalColumn(kCsvColumns[c])) {
      issues.push_back({kCsvColumns[c], std::string("the column '") + kCsvColumns[c] + "' is missing",
                        "add it to the header row; the columns are " + columnList()});
    }
  }
  return header;
}

Product readRow(const CsvHeader& header, const std::vector<std::string>& cells, std::vector<ProductIssue>& issues) {
  static const std::string kNone;
  auto cell = [&](std::size_t c) -> const std::string& {
    return header.position[c] ? cells[*header.position[c]] : kNone;
  };
  Product p;
  p.sku = cell(0);
  p.barcodes = readBarcodes(cell(1), issues);
  p.nameEn = cell(2);
  p.nameZh = cell(3);
  p.price = readPrice(cell(4), issues);
  p.taxClass = cell(5);
  p.unit = readUnit(cell(6), issues);
  p.tareGrams = readGrams(cell(7), column::kTare, issues);
  p.expectedWeightGrams = readGrams(cell(8), column::kExpectedWeight, issues);
  p.weightSpreadGrams = readGrams(cell(9), column::kWeightSpread, issues);
  p.easTagged = readFlag(cell(10), column::kEas, issues);
  p.ageRestricted = readFlag(cell(11), column::kAgeRestricted, issues);
  return p;
}

std::optional<std::string> barcodeKey(const std::string& code, std::vector<ProductIssue>& issues) {
  if (!allDigits(code)) {
    issues.push_back({column::kBarcodes, code.empty() ? "a barcode between '|' separators is empty"
                                                      : "'" + code + "' holds characters other than digits",
                      "give the digits printed under the bars, several codes separated by '|'"});
    return std::nullopt;
  }
  const auto size = code.size();
  if (size != 8 && size != 12 && size != 13 && size != 14) {
    issues.push_back({column::kBarcodes, "'" + code + "' has " + std::to_string(size) + " digits",
                      "give an EAN-8, UPC-A (12 digits), EAN-13 or GTIN-14 code"});
    return std::nullopt;
  }
  if (auto key = barcode::toGtin14(code)) return key;
  const auto expected = barcode::gs1CheckDigit(std::string_view(code).substr(0, size - 1)).value_or('?');
  issues.push_back({column::kBarcodes,
                    "'" + code + "' ends in check digit " + code.back() + " but its digits give " + expected,
                    "check the code for a typo; if the digits are right the last one must be " + std::string(1, expected)});
  return std::nullopt;
}

std::string barcodeText(const std::string& gtin14) {
  return gtin14.size() == 14 && gtin14.front() == '0' ? gtin14.substr(1) : gtin14;
}

}  // namespace poscore::catalog
