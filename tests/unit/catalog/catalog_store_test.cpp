#include <gmock/gmock.h>

#include "catalog_fixture.hpp"
#include "poscore/barcode/gtin.hpp"

namespace poscore::catalog {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using test::CatalogFixture;

Product rice() {
  Product p;
  p.sku = "R-5KG";
  p.barcodes = {"06901234567892"};
  p.nameEn = "Northeast Rice 5 kg";
  p.nameZh = "东北大米 5公斤";
  p.price = Money::minor(4990);
  p.taxClass = "B";
  p.expectedWeightGrams = 5020;
  p.weightSpreadGrams = 15;
  return p;
}

Product tea() {
  Product p;
  p.sku = "TEA-GREEN";
  p.barcodes = {"06901234567908", "06901234567915"};
  p.nameEn = "green tea 500 ml";
  p.nameZh = "绿茶 500毫升";
  p.price = Money::minor(350);
  p.taxClass = "A";
  return p;
}

class CatalogStoreTest : public CatalogFixture {
 protected:
  std::int64_t add(const Product& p) {
    auto id = store.upsert(p);
    EXPECT_TRUE(id) << id.error();
    return id ? id.value() : 0;
  }
  std::vector<std::string> skusNamed(const std::string& prefix) {
    auto found = store.searchByName(prefix);
    EXPECT_TRUE(found) << found.error();
    std::vector<std::string> skus;
    if (found) {
      for (const auto& p : found.value()) skus.push_back(p.sku);
    }
    return skus;
  }
};

TEST_F(CatalogStoreTest, FindsAProductByAnyOfItsBarcodesWithEveryField) {
  const auto id = add(rice());
  add(tea());
  auto found = store.findByBarcode(*barcode::toGtin14("6901234567892"));
  ASSERT_TRUE(found) << found.error();
  ASSERT_TRUE(found.value());
  auto expected = rice();
  expected.id = id;
  const auto& p = *found.value();
  EXPECT_EQ(p.id, expected.id);
  EXPECT_EQ(p.sku, expected.sku);
  EXPECT_EQ(p.barcodes, expected.barcodes);
  EXPECT_EQ(p.nameEn, expected.nameEn);
  EXPECT_EQ(p.nameZh, expected.nameZh);
  EXPECT_EQ(p.price, expected.price);
  EXPECT_EQ(p.taxClass, expected.taxClass);
  EXPECT_EQ(p.unit, expected.unit);
  EXPECT_EQ(p.expectedWeightGrams, 5020);
  EXPECT_EQ(p.weightSpreadGrams, 15);

  auto second = store.findByBarcode("06901234567915");
  ASSERT_TRUE(second && second.value());
  EXPECT_EQ(second.value()->sku, "TEA-GREEN");
  EXPECT_THAT(second.value()->barcodes, ElementsAre("06901234567908", "06901234567915"));
}

TEST_F(CatalogStoreTest, AnUnknownBarcodeIsNoProductAndAMalformedKeyIsRefused) {
  add(rice());
  auto unknown = store.findByBarcode("06920000000012");
  ASSERT_TRUE(unknown) << unknown.error();
  EXPECT_FALSE(unknown.value());
  auto malformed = store.findByBarcode("6901234567892");
  ASSERT_FALSE(malformed);
  EXPECT_THAT(malformed.error(), HasSubstr("toGtin14"));
}

TEST_F(CatalogStoreTest, FindsBySku) {
  add(tea());
  ASSERT_TRUE(bySku("TEA-GREEN"));
  EXPECT_EQ(bySku("TEA-GREEN")->price, Money::minor(350));
  EXPECT_FALSE(bySku("tea-green"));
}

TEST_F(CatalogStoreTest, SearchesEnglishNamesByPrefixInAnyCaseAndChineseNamesByPrefix) {
  add(rice());
  add(tea());
  auto flags = tea();
  flags.sku = "TEA-JASMINE";
  flags.barcodes = {};
  flags.nameEn = "Jasmine tea";
  flags.nameZh = "茉莉花茶";
  add(flags);
  EXPECT_THAT(skusNamed("green"), ElementsAre("TEA-GREEN"));
  EXPECT_THAT(skusNamed("GREEN T"), ElementsAre("TEA-GREEN"));
  EXPECT_THAT(skusNamed("东北"), ElementsAre("R-5KG"));
  EXPECT_THAT(skusNamed("茉莉"), ElementsAre("TEA-JASMINE"));
  EXPECT_THAT(skusNamed("tea"), ElementsAre());  // a prefix, not a word inside the name
  EXPECT_THAT(skusNamed(""), ElementsAre());
}

TEST_F(CatalogStoreTest, SearchTakesWildcardCharactersLiterallyAndKeepsToTheLimit) {
  auto percent = rice();
  percent.sku = "P1";
  percent.barcodes = {};
  percent.nameEn = "100% juice";
  add(percent);
  auto other = percent;
  other.sku = "P2";
  other.nameEn = "1000 pieces";
  add(other);
  EXPECT_THAT(skusNamed("100%"), ElementsAre("P1"));
  EXPECT_THAT(skusNamed("10_"), ElementsAre());
  auto limited = store.searchByName("1", 1);
  ASSERT_TRUE(limited);
  EXPECT_EQ(limited.value().size(), 1u);
}

TEST_F(CatalogStoreTest, UpsertUpdatesBySkuKeepingTheIdAndReplacingTheBarcodes) {
  const auto id = add(tea());
  auto changed = tea();
  changed.price = Money::minor(390);
  changed.barcodes = {"06920000000012"};
  EXPECT_EQ(add(changed), id);
  EXPECT_EQ(count(), 1);
  EXPECT_EQ(bySku("TEA-GREEN")->price, Money::minor(390));
  auto old = store.findByBarcode("06901234567908");
  ASSERT_TRUE(old);
  EXPECT_FALSE(old.value());
  auto now = store.findByBarcode("06920000000012");
  ASSERT_TRUE(now && now.value());
  EXPECT_EQ(now.value()->id, id);
}

TEST_F(CatalogStoreTest, UpsertRefusesABarcodeOfAnotherProductAndWritesNothing) {
  add(rice());
  auto thief = tea();
  thief.barcodes.push_back("06901234567892");
  auto refused = store.upsert(thief);
  ASSERT_FALSE(refused);
  EXPECT_THAT(refused.error(), HasSubstr("belongs to product 'R-5KG'"));
  EXPECT_EQ(count(), 1);
  EXPECT_FALSE(bySku("TEA-GREEN"));
}

TEST_F(CatalogStoreTest, UpsertRefusesAProductBreakingTheRulesNamingTheField) {
  auto bad = rice();
  bad.price = Money::minor(-1);
  auto refused = store.upsert(bad);
  ASSERT_FALSE(refused);
  EXPECT_THAT(refused.error(), HasSubstr("price"));
  EXPECT_EQ(count(), 0);
}

TEST_F(CatalogStoreTest, TheTablesArePreparedOnceAndSurviveReopening) {
  add(rice());
  LaneDb again(dir / "lane.db");
  auto reopened = CatalogStore::open(again);
  ASSERT_TRUE(reopened) << reopened.error();
  auto n = reopened.value().count();
  ASSERT_TRUE(n);
  EXPECT_EQ(n.value(), 1);
}

}  // namespace
}  // namespace poscore::catalog
