// Files longer than one staging batch (64 rows): the set-based checks and writes must see every row
// and name the right lines.
#include <gmock/gmock.h>

#include "catalog_fixture.hpp"
#include "poscore/barcode/gtin.hpp"

namespace poscore::catalog {
namespace {

using ::testing::AllOf;
using ::testing::ElementsAre;
using ::testing::Field;
using ::testing::HasSubstr;
using test::CatalogFixture;
using test::kHeader;

constexpr int kRows = 150;  // two full batches and part of a third

// A distinct valid EAN-13 for every n.
std::string ean13(int n) {
  char digits[16];
  std::snprintf(digits, sizeof digits, "690%09d", n);
  return std::string(digits) + *barcode::gs1CheckDigit(digits);
}

std::string row(const std::string& sku, const std::string& barcodes, const std::string& price = "1.00") {
  return sku + "," + barcodes + ",Item " + sku + ",商品," + price + ",A,each,,,,,\n";
}

// Row i (line i + 2) has sku S<i> and barcodes ean13(2i) and ean13(2i + 1).
std::string manyRows(const std::string& price = "1.00") {
  std::string csv = kHeader;
  for (int i = 0; i < kRows; ++i) csv += row("S" + std::to_string(i), ean13(2 * i) + "|" + ean13(2 * i + 1), price);
  return csv;
}

auto issueAt(std::size_t line, const std::string& column, const std::string& reason) {
  return AllOf(Field(&ImportIssue::line, line), Field(&ImportIssue::column, column),
               Field(&ImportIssue::reason, HasSubstr(reason)));
}

class CsvImportBatches : public CatalogFixture {
 protected:
  std::string ownerOf(int n) {
    auto found = store.findByBarcode(*barcode::toGtin14(ean13(n)));
    EXPECT_TRUE(found) << found.error();
    return found && found.value() ? found.value()->sku : "";
  }
  std::int64_t stagingTables() {
    auto rows = db.query("SELECT count(*) FROM sqlite_temp_master WHERE type = 'table'");
    EXPECT_TRUE(rows) << rows.error();
    return rows ? std::get<std::int64_t>(rows.value().at(0).at(0)) : -1;
  }
};

TEST_F(CsvImportBatches, EveryRowIsWrittenWithItsBarcodesInFileOrder) {
  auto report = import(manyRows());
  ASSERT_TRUE(report.clean()) << describe(report.issues.at(0));
  EXPECT_EQ(count(), kRows);
  for (int i : {0, 63, 64, 127, 128, kRows - 1}) {
    EXPECT_EQ(ownerOf(2 * i), "S" + std::to_string(i));
    EXPECT_EQ(ownerOf(2 * i + 1), "S" + std::to_string(i));
  }
  // New products get their ids in the order of the file.
  EXPECT_LT(bySku("S0")->id, bySku("S64")->id);
  EXPECT_LT(bySku("S64")->id, bySku("S149")->id);
  EXPECT_EQ(stagingTables(), 0);
}

TEST_F(CsvImportBatches, AReimportUpdatesBySkuKeepingIdsAndReplacingBarcodes) {
  ASSERT_TRUE(import(manyRows()).clean());
  const auto id = bySku("S100")->id;
  std::string csv = kHeader;
  for (int i = 0; i < kRows; ++i) csv += row("S" + std::to_string(i), ean13(2 * i), "2.50");
  auto report = import(csv);
  ASSERT_TRUE(report.clean()) << describe(report.issues.at(0));
  EXPECT_EQ(count(), kRows);
  auto s100 = bySku("S100");
  EXPECT_EQ(s100->id, id);
  EXPECT_EQ(s100->price, Money::minor(250));
  EXPECT_THAT(s100->barcodes, ElementsAre(*barcode::toGtin14(ean13(200))));
  EXPECT_EQ(ownerOf(201), "") << "the barcode the row no longer gives is gone";
}

TEST_F(CsvImportBatches, BarcodesOfUnlistedProductsAreReportedOnTheirLinesAndNothingChanges) {
  ASSERT_TRUE(import(kHeader + row("OLD-A", ean13(9000)) + row("OLD-B", ean13(9001) + "|" + ean13(9002))).clean());
  std::string csv = kHeader;
  for (int i = 0; i < kRows; ++i) {
    std::string codes = ean13(2 * i);
    if (i == 98) codes += "|" + ean13(9000);
    if (i == 138) codes += "|" + ean13(9002) + "|" + ean13(9001);
    csv += row("S" + std::to_string(i), codes);
  }
  auto report = import(csv);
  EXPECT_THAT(report.issues, ElementsAre(issueAt(100, "barcodes", ean13(9000) + " belongs to product 'OLD-A'"),
                                         issueAt(140, "barcodes", ean13(9001) + " belongs to product 'OLD-B'"),
                                         issueAt(140, "barcodes", ean13(9002) + " belongs to product 'OLD-B'")));
  EXPECT_EQ(count(), 2);
  EXPECT_EQ(ownerOf(9000), "OLD-A");
  EXPECT_EQ(stagingTables(), 0) << "a refused import leaves no staging tables behind";
  EXPECT_TRUE(import(manyRows()).clean()) << "and the next import starts afresh";
}

TEST_F(CsvImportBatches, ARowWithIssuesStillListsItsSkuForTheOwnerCheck) {
  ASSERT_TRUE(import(kHeader + row("OLD", ean13(9000))).clean());
  std::string csv = manyRows();
  csv += row("NEW", ean13(9000));      // line 152: takes OLD's barcode...
  csv += row("OLD", "", "-1.00");      // line 153: ...which is allowed, as OLD is listed, though its price is bad
  EXPECT_THAT(import(csv).issues, ElementsAre(issueAt(153, "price", "negative")));
  EXPECT_EQ(ownerOf(9000), "OLD");
}

TEST_F(CsvImportBatches, ABarcodeRepeatedBatchesLaterNamesTheFirstLine) {
  std::string csv = manyRows();
  csv += row("LATE", ean13(3));  // S1's second barcode, on line 3
  auto report = import(csv);
  EXPECT_THAT(report.issues, ElementsAre(issueAt(152, "barcodes", "is also on line 3")));
  EXPECT_EQ(count(), 0);
}

TEST_F(CsvImportBatches, ReplaceRemovesUnlistedProductsAcrossBatches) {
  ASSERT_TRUE(import(manyRows()).clean());
  const auto id = bySku("S140")->id;
  std::string csv = kHeader;
  for (int i = 70; i < kRows; ++i) csv += row("S" + std::to_string(i), ean13(2 * i + 1));
  ImportOptions replace;
  replace.replace = true;
  auto report = import(csv, replace);
  ASSERT_TRUE(report.clean()) << describe(report.issues.at(0));
  EXPECT_EQ(report.removed, 70u);
  EXPECT_EQ(count(), kRows - 70);
  EXPECT_FALSE(bySku("S69"));
  EXPECT_EQ(bySku("S140")->id, id);
  EXPECT_EQ(ownerOf(280), "");
  EXPECT_EQ(ownerOf(281), "S140");
}

}  // namespace
}  // namespace poscore::catalog
