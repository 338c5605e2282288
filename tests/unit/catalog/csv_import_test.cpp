#include <gmock/gmock.h>

#include "catalog_fixture.hpp"

namespace poscore::catalog {
namespace {

using ::testing::AllOf;
using ::testing::ElementsAre;
using ::testing::Field;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using test::CatalogFixture;
using test::kHeader;

const std::string kRice = "RICE-5,6901234567892,Northeast Rice 5 kg,东北大米 5公斤,49.90,B,each,0,5020,15,0,0\n";
const std::string kTea = "TEA-1,6901234567908|6901234567915,Green tea,绿茶,3.50,A,each,0,520,5,0,0\n";

auto issueAt(std::size_t line, const std::string& column, const std::string& reason) {
  return AllOf(Field(&ImportIssue::line, line), Field(&ImportIssue::column, column),
               Field(&ImportIssue::reason, HasSubstr(reason)));
}

class CsvImport : public CatalogFixture {
 protected:
  // One data row on line 2 after the header; the issues it raises.
  std::vector<ImportIssue> issuesOf(const std::string& row, ImportOptions options = {}) {
    auto report = import(kHeader + row, options);
    EXPECT_EQ(count(), 0) << "nothing is written when the file has an issue";
    return report.issues;
  }
};

TEST_F(CsvImport, ACleanFileIsWrittenWithEveryField) {
  auto report = import(kHeader + kRice + kTea);
  EXPECT_TRUE(report.clean());
  EXPECT_EQ(report.products, 2u);
  EXPECT_EQ(count(), 2);
  auto tea = bySku("TEA-1");
  ASSERT_TRUE(tea);
  EXPECT_THAT(tea->barcodes, ElementsAre("06901234567908", "06901234567915"));
  EXPECT_EQ(tea->price, Money::minor(350));
  EXPECT_EQ(tea->nameZh, "绿茶");
  EXPECT_EQ(tea->expectedWeightGrams, 520);
}

TEST_F(CsvImport, ColumnsMayComeInAnyOrderAndTheOptionalOnesMayBeLeftOut) {
  auto report = import("price,sku,name_zh,name_en,unit,tax_class,barcodes\n12.00,B-1,苹果,Apples,weight,B,2001234000000\n");
  ASSERT_TRUE(report.clean()) << describe(report.issues.at(0));
  auto apples = bySku("B-1");
  ASSERT_TRUE(apples);
  EXPECT_EQ(apples->unit, SaleUnit::Weight);
  EXPECT_EQ(apples->price, Money::minor(1200));
  EXPECT_EQ(apples->barcodes, std::vector<std::string>{"02001234000000"});
  EXPECT_EQ(apples->tareGrams, 0);
  EXPECT_FALSE(apples->easTagged);
}

TEST_F(CsvImport, QuotedFieldsWithCommasAndQuotesAreRead) {
  auto report = import(kHeader + "X1,,\"Cola, \"\"Zero\"\"\",可乐,3.00,A,each,,,,1,0\n");
  ASSERT_TRUE(report.clean()) << describe(report.issues.at(0));
  EXPECT_EQ(bySku("X1")->nameEn, "Cola, \"Zero\"");
  EXPECT_TRUE(bySku("X1")->easTagged);
}

TEST_F(CsvImport, AByteOrderMarkAndWindowsLineEndsAreAccepted) {
  std::string crlf = "\xEF\xBB\xBF" + kHeader + kRice;
  for (std::size_t at = crlf.find('\n'); at != std::string::npos; at = crlf.find('\n', at + 2)) crlf.insert(at, "\r");
  auto report = import(crlf);
  EXPECT_TRUE(report.clean());
  EXPECT_EQ(bySku("RICE-5")->nameEn, "Northeast Rice 5 kg");
}

TEST_F(CsvImport, UnknownRepeatedAndMissingColumnsAreReportedOnTheHeaderLine) {
  auto report = import("sku,barcodes,name,name_zh,price,price,unit\nA,,x,y,1.00,1.00,each\n");
  EXPECT_THAT(report.issues, ElementsAre(issueAt(1, "name", "not a catalog column"),
                                         issueAt(1, "price", "appears twice"),
                                         issueAt(1, "name_en", "missing"),
                                         issueAt(1, "tax_class", "missing")));
  EXPECT_EQ(count(), 0);
}

TEST_F(CsvImport, AnEmptyFileIsRefused) {
  auto report = import("");
  EXPECT_THAT(report.issues, ElementsAre(issueAt(0, "", "empty")));
}

TEST_F(CsvImport, ALineWithTheWrongNumberOfFieldsIsReported) {
  EXPECT_THAT(issuesOf("RICE-5,6901234567892,Rice,大米,1.00,B,each\n"),
              ElementsAre(issueAt(2, "", "has 7 fields but the header has 12")));
}

TEST_F(CsvImport, MalformedQuotingIsReportedWithItsLine) {
  auto report = import(kHeader + kRice + "X,,\"Cola\"x,可乐,3.00,A,each,,,,0,0\n");
  EXPECT_THAT(report.issues, ElementsAre(issueAt(3, "", "not well-formed CSV")));
  EXPECT_EQ(count(), 0);
}

TEST_F(CsvImport, BadBarcodesAreReportedOneByOne) {
  EXPECT_THAT(issuesOf("A,6901234567893|69012345|12AB|,Rice,大米,1.00,B,each,,,,,\n"),
              ElementsAre(issueAt(2, "barcodes", "check digit 3 but its digits give 2"),
                          issueAt(2, "barcodes", "'69012345' ends in check digit"),
                          issueAt(2, "barcodes", "characters other than digits"),
                          issueAt(2, "barcodes", "empty")));
  EXPECT_THAT(issuesOf("A,690123456789212,Rice,大米,1.00,B,each,,,,,\n"),
              ElementsAre(issueAt(2, "barcodes", "has 15 digits")));
}

TEST_F(CsvImport, ABarcodeTwiceInTheFileNamesBothLines) {
  auto report = import(kHeader + kRice + "OTHER,06901234567892,Other rice,别的米,1.00,B,each,,,,,\n");
  EXPECT_THAT(report.issues, ElementsAre(issueAt(3, "barcodes", "6901234567892 is also on line 2")));
  EXPECT_EQ(count(), 0);
}

TEST_F(CsvImport, ASkuTwiceInTheFileIsReported) {
  auto report = import(kHeader + kRice + "RICE-5,,Other rice,别的米,1.00,B,each,,,,,\n");
  EXPECT_THAT(report.issues, ElementsAre(issueAt(3, "sku", "also on line 2")));
}

TEST_F(CsvImport, ABarcodeOfAProductTheFileDoesNotListIsRefused) {
  ASSERT_TRUE(import(kHeader + kRice).clean());
  auto report = import(kHeader + "NEW,6901234567892,New rice,新米,1.00,B,each,,,,,\n");
  EXPECT_THAT(report.issues, ElementsAre(issueAt(2, "barcodes", "belongs to product 'RICE-5'")));
  EXPECT_EQ(count(), 1);
  EXPECT_EQ(bySku("RICE-5")->barcodes, std::vector<std::string>{"06901234567892"});
}

TEST_F(CsvImport, ABarcodeMovesWhenTheFileAlsoListsItsOldProduct) {
  ASSERT_TRUE(import(kHeader + kRice).clean());
  auto report = import(kHeader + "NEW,6901234567892,New rice,新米,1.00,B,each,,,,,\n" +
                       "RICE-5,6920000000012,Northeast Rice 5 kg,东北大米,49.90,B,each,,,,,\n");
  ASSERT_TRUE(report.clean()) << describe(report.issues.at(0));
  EXPECT_EQ(bySku("NEW")->barcodes, std::vector<std::string>{"06901234567892"});
  EXPECT_EQ(bySku("RICE-5")->barcodes, std::vector<std::string>{"06920000000012"});
}

TEST_F(CsvImport, NegativeAbsurdAndMalformedPricesAreRefused) {
  EXPECT_THAT(issuesOf("A,,Rice,大米,-1.00,B,each,,,,,\n"), ElementsAre(issueAt(2, "price", "negative")));
  EXPECT_THAT(issuesOf("A,,Rice,大米,10000000.01,B,each,,,,,\n"), ElementsAre(issueAt(2, "price", "above 10000000.00")));
  EXPECT_THAT(issuesOf("A,,Rice,大米,99999999999999999999,B,each,,,,,\n"), ElementsAre(issueAt(2, "price", "above")));
  EXPECT_THAT(issuesOf("A,,Rice,大米,\"1,50\",B,each,,,,,\n"), ElementsAre(issueAt(2, "price", "not a price")));
  EXPECT_THAT(issuesOf("A,,Rice,大米,1.505,B,each,,,,,\n"), ElementsAre(issueAt(2, "price", "not a price")));
  EXPECT_THAT(issuesOf("A,,Rice,大米,¥1.50,B,each,,,,,\n"), ElementsAre(issueAt(2, "price", "not a price")));
  EXPECT_THAT(issuesOf("A,,Rice,大米,,B,each,,,,,\n"), ElementsAre(issueAt(2, "price", "not a price")));
}

TEST_F(CsvImport, TaxClassesComeFromTheCaller) {
  EXPECT_THAT(issuesOf("A,,Rice,大米,1.00,D,each,,,,,\n"),
              ElementsAre(issueAt(2, "tax_class", "'D' is not one of the lane's tax classes (A, B, C)")));
  ImportOptions options;
  options.taxClasses = {"D"};
  EXPECT_THAT(issuesOf("A,,Rice,大米,1.00,B,each,,,,,\n", options), ElementsAre(issueAt(2, "tax_class", "(D)")));
  EXPECT_THAT(issuesOf("A,,Rice,大米,1.00,,each,,,,,\n"), ElementsAre(issueAt(2, "tax_class", "empty")));
  EXPECT_TRUE(import(kHeader + "A,,Rice,大米,1.00,D,each,,,,,\n", options).clean());
}

TEST_F(CsvImport, BadUnitsWeightsAndFlagsAreRefused) {
  EXPECT_THAT(issuesOf("A,,Rice,大米,1.00,B,kg,,,,,\n"), ElementsAre(issueAt(2, "unit", "'kg' is not a unit")));
  EXPECT_THAT(issuesOf("A,,Rice,大米,1.00,B,weight,-5,-1,-2,,\n"),
              ElementsAre(issueAt(2, "tare_g", "negative"), issueAt(2, "expected_weight_g", "negative"),
                          issueAt(2, "weight_spread_g", "negative")));
  EXPECT_THAT(issuesOf("A,,Rice,大米,1.00,B,each,,2.5,,,\n"),
              ElementsAre(issueAt(2, "expected_weight_g", "not a whole number of grams")));
  EXPECT_THAT(issuesOf("A,,Rice,大米,1.00,B,each,,5000000,,,\n"), ElementsAre(issueAt(2, "expected_weight_g", "above")));
  EXPECT_THAT(issuesOf("A,,Rice,大米,1.00,B,each,,,,yes,2\n"),
              ElementsAre(issueAt(2, "eas", "not 0 or 1"), issueAt(2, "age_restricted", "not 0 or 1")));
}

TEST_F(CsvImport, MissingNamesAndSkuAreRefused) {
  EXPECT_THAT(issuesOf(",,,,1.00,B,each,,,,,\n"),
              ElementsAre(issueAt(2, "sku", "empty"), issueAt(2, "name_en", "empty"), issueAt(2, "name_zh", "empty")));
}

TEST_F(CsvImport, EveryIssueOfEveryLineIsReportedUpToTheCapWithTheRestCounted) {
  std::string csv = kHeader;
  for (int i = 0; i < 130; ++i) csv += "S" + std::to_string(i) + ",,Rice,大米,-1,B,each,,,,,\n";
  ImportOptions options;
  options.maxIssuesListed = 100;
  auto report = import(csv, options);
  EXPECT_EQ(report.issues.size(), 100u);
  EXPECT_EQ(report.issuesNotListed, 30u);
  EXPECT_EQ(report.issues.back().line, 101u);
  EXPECT_EQ(count(), 0);
}

TEST_F(CsvImport, AnIssueLateInTheFileLeavesTheCatalogAsItWas) {
  ASSERT_TRUE(import(kHeader + kRice).clean());
  const auto before = exported();
  auto report = import(kHeader + kTea + "RICE-5,6901234567892,Rice renamed,大米,1.00,B,each,,,,,\n" +
                       "BAD,,Bad,坏,1.00,Z,each,,,,,\n");
  EXPECT_THAT(report.issues, ElementsAre(issueAt(4, "tax_class", "'Z'")));
  EXPECT_EQ(exported(), before);
  ImportOptions replace;
  replace.replace = true;
  report = import(kHeader + kTea + "BAD,,Bad,坏,1.00,Z,each,,,,,\n", replace);
  EXPECT_FALSE(report.clean());
  EXPECT_EQ(exported(), before);
}

TEST_F(CsvImport, IssuesPointAtTheLineARecordStartsOnPastBlankLinesAndQuotedLineBreaks) {
  auto report = import(kHeader + "\n" + "Q,,\"two\nlines\",茶,1.00,A,each,,,,,\n" + "\n" + "W,,Rice,大米,1.00,Z,each,,,,,\n");
  // The name with a line break is refused on line 3 where its record starts; the bad class is on 6.
  EXPECT_THAT(report.issues, ElementsAre(issueAt(3, "name_en", "control character"), issueAt(6, "tax_class", "'Z'")));
}

TEST_F(CsvImport, ProgressIsReportedUpToTheWholeFile) {
  std::string csv = kHeader;
  for (int i = 0; i < 10000; ++i) csv += "S" + std::to_string(i) + ",,Rice,大米,1.00,B,each,,,,,\n";
  std::vector<ImportProgress> seen;
  ImportOptions options;
  options.progress = [&](const ImportProgress& p) { seen.push_back(p); };
  ASSERT_TRUE(import(csv, options).clean());
  ASSERT_GE(seen.size(), 3u);
  EXPECT_EQ(seen.back().lines, 10001u);
  EXPECT_EQ(seen.back().bytes, csv.size());
  EXPECT_EQ(seen.back().totalBytes, csv.size());
  EXPECT_LT(seen.front().bytes, seen.back().bytes);
}

TEST_F(CsvImport, DescribeSaysWhereWhatAndWhatToDo) {
  EXPECT_EQ(describe({12, "price", "'x' is not a price", "write it like 12.50"}),
            "line 12, column price: 'x' is not a price; write it like 12.50");
  EXPECT_EQ(describe({0, "", "the file is empty", "add a header"}), "the file: the file is empty; add a header");
}

TEST_F(CsvImport, AFileThatCannotBeReadIsAFailureNotAReport) {
  auto missing = importCatalogCsvFile(store, dir / "missing.csv", {});
  ASSERT_FALSE(missing);
  EXPECT_THAT(missing.error(), HasSubstr("missing.csv"));
}

}  // namespace
}  // namespace poscore::catalog
