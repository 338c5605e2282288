#include <gmock/gmock.h>

#include "catalog_fixture.hpp"

namespace poscore::catalog {
namespace {

using ::testing::ElementsAre;
using test::CatalogFixture;
using test::kHeader;

const std::string kCatalog = kHeader +
                             "RICE-5,6901234567892,Northeast Rice 5 kg,东北大米 5公斤,49.90,B,each,0,5020,15,0,0\n"
                             "TEA-1,6901234567908|6901234567915,\"Tea, green \"\"best\"\"\",绿茶,3.50,A,each,0,520,5,0,0\n"
                             "APPLE,2001234000000,Fuji apples,红富士苹果,12.80,B,weight,5,0,0,0,0\n"
                             "BAIJIU,6920000000012,Erguotou 500 ml,二锅头 500毫升,25.00,A,each,0,950,10,1,1\n"
                             "BAG,,Carrier bag,购物袋,0.30,C,each,0,0,0,0,0\n";

class CsvRoundTrip : public CatalogFixture {};

TEST_F(CsvRoundTrip, ExportWritesWhatTheImportReadAndReadsBackTheSame) {
  ASSERT_TRUE(import(kCatalog).clean());
  const auto first = exported();
  // Keys come back as EAN-13 text; otherwise the file is as written.
  EXPECT_EQ(first, kCatalog);

  postest::TempDir other;
  LaneDb db2(other / "lane.db");
  auto store2 = openStore(db2);
  std::istringstream in(first);
  auto report = importCatalogCsv(store2, in, {});
  ASSERT_TRUE(report && report.value().clean());
  std::ostringstream out;
  ASSERT_TRUE(exportCatalogCsv(store2, out));
  EXPECT_EQ(out.str(), first);
}

TEST_F(CsvRoundTrip, WithoutReplaceRowsUpsertBySkuAndTheRestStays) {
  ASSERT_TRUE(import(kCatalog).clean());
  const auto teaId = bySku("TEA-1")->id;
  auto report = import(kHeader + "TEA-1,6901234567908,Green tea,绿茶,3.90,A,each,0,520,5,0,0\n" +
                       "NEW,6901234567922,Noodles,方便面,4.50,B,each,0,110,3,0,0\n");
  ASSERT_TRUE(report.clean());
  EXPECT_EQ(report.removed, 0u);
  EXPECT_EQ(count(), 6);
  auto tea = bySku("TEA-1");
  EXPECT_EQ(tea->id, teaId);
  EXPECT_EQ(tea->price, Money::minor(390));
  EXPECT_THAT(tea->barcodes, ElementsAre("06901234567908"));
  auto dropped = store.findByBarcode("06901234567915");
  ASSERT_TRUE(dropped);
  EXPECT_FALSE(dropped.value());
  EXPECT_TRUE(bySku("RICE-5"));
}

TEST_F(CsvRoundTrip, ReplaceRemovesWhatTheFileDoesNotListAndKeepsTheIdsOfWhatItDoes) {
  ASSERT_TRUE(import(kCatalog).clean());
  const auto riceId = bySku("RICE-5")->id;
  ImportOptions options;
  options.replace = true;
  auto report = import(kHeader + "RICE-5,6901234567892,Northeast Rice 5 kg,东北大米,52.00,B,each,0,5020,15,0,0\n" +
                       "NEW,6901234567915,Noodles,方便面,4.50,B,each,0,110,3,0,0\n",
                       options);
  ASSERT_TRUE(report.clean()) << describe(report.issues.at(0));
  EXPECT_EQ(report.removed, 4u);
  EXPECT_EQ(count(), 2);
  EXPECT_EQ(bySku("RICE-5")->id, riceId);
  EXPECT_EQ(bySku("RICE-5")->price, Money::minor(5200));
  EXPECT_FALSE(bySku("TEA-1"));
  // The barcode TEA-1 had is free under replace: the whole catalog is the file.
  auto moved = store.findByBarcode("06901234567915");
  ASSERT_TRUE(moved && moved.value());
  EXPECT_EQ(moved.value()->sku, "NEW");
}

TEST_F(CsvRoundTrip, ABulkLoadRebuildsTheNameIndexesAndAFailedOneKeepsThem) {
  auto nameIndexes = [this] {
    auto rows = db.query("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'catalog_products_name_%'");
    EXPECT_TRUE(rows) << rows.error();
    return rows ? std::get<std::int64_t>(rows.value().at(0).at(0)) : -1;
  };
  ImportOptions bulk;
  bulk.bulkLoadBytes = 0;
  ASSERT_TRUE(import(kCatalog, bulk).clean());
  EXPECT_EQ(nameIndexes(), 2);
  auto found = store.searchByName("fuji");
  ASSERT_TRUE(found);
  ASSERT_EQ(found.value().size(), 1u);
  EXPECT_EQ(found.value()[0].sku, "APPLE");
  auto plan = db.query("EXPLAIN QUERY PLAN SELECT id FROM catalog_products WHERE name_en LIKE 'fu%'");
  ASSERT_TRUE(plan);
  EXPECT_THAT(std::get<std::string>(plan.value().at(0).back()), ::testing::HasSubstr("catalog_products_name_en"));

  EXPECT_FALSE(import(kHeader + "X,,x,y,-1,A,each,,,,,\n", bulk).clean());
  EXPECT_EQ(nameIndexes(), 2);
  EXPECT_EQ(count(), 5);
}

}  // namespace
}  // namespace poscore::catalog
