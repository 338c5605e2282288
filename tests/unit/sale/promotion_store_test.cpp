#include <gtest/gtest.h>

#include "poscore/sale/promotion_store.hpp"
#include "sale/sale_builders.hpp"
#include "temp_dir.hpp"

namespace {

using namespace saletest;

const char* kTwoPromotions = R"({"promotions": [
  {"id": "mb-1", "kind": "multi_buy", "label_en": "3 for 10.00", "label_zh": "3件10元", "skus": ["100002", "100001"],
   "quantity": 3, "price": "10.00", "from": "2026-11-01T00:00:00+08:00"},
  {"id": "tp-1", "kind": "time_price", "label_en": "Evening", "label_zh": "晚市", "skus": ["100005"], "price": "2.50",
   "to": "2026-12-01T00:00:00Z", "daily_from": "18:00", "daily_to": "20:30"}]})";

class PromotionStoreTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(store.migrate()); }
  postest::TempDir dir;
  poscore::LaneDb db{dir / "lane.db"};
  PromotionStore store{db};
};

TEST_F(PromotionStoreTest, ImportsAFileAndLoadsItBackAsWritten) {
  auto count = importPromotionsFile(store, dir.write("promotions.json", kTwoPromotions), 2);
  ASSERT_TRUE(count) << count.error();
  EXPECT_EQ(count.value(), 2U);
  auto loaded = store.load();
  ASSERT_TRUE(loaded) << loaded.error();
  const auto expected = parsePromotions(kTwoPromotions, "x", 2).value();
  ASSERT_EQ(loaded.value().items.size(), 2U);
  EXPECT_EQ(loaded.value().utcOffsetMinutes, 480);
  for (std::size_t i = 0; i < 2; ++i) {
    const auto& got = loaded.value().items[i];
    const auto& want = expected.items[i];
    EXPECT_EQ(got.id, want.id);
    EXPECT_EQ(got.kind, want.kind);
    EXPECT_EQ(got.labelZh, want.labelZh);
    EXPECT_EQ(got.skus, want.skus) << "SKUs keep their order";
    EXPECT_EQ(got.quantity, want.quantity);
    EXPECT_EQ(got.price, want.price);
    EXPECT_EQ(got.from, want.from);
    EXPECT_EQ(got.to, want.to);
    EXPECT_EQ(got.hours.has_value(), want.hours.has_value());
  }
  EXPECT_EQ(loaded.value().items[1].hours->toMinute, 20 * 60 + 30);
}

TEST_F(PromotionStoreTest, ABadFileChangesNothing) {
  ASSERT_TRUE(importPromotionsFile(store, dir.write("promotions.json", kTwoPromotions), 2));
  const auto bad = dir.write("bad.json", R"({"promotions": [
      {"id": "ok", "kind": "time_price", "label_en": "x", "label_zh": "x", "skus": ["1"], "price": "1.00"},
      {"id": "bad", "kind": "time_price", "label_en": "x", "label_zh": "x", "skus": ["1"], "price": "-1.00"}]})");
  auto count = importPromotionsFile(store, bad, 2);
  ASSERT_FALSE(count);
  EXPECT_NE(count.error().find("bad.json: promotions[1].price"), std::string::npos) << count.error();
  EXPECT_EQ(store.load().value().items.size(), 2U);
}

TEST_F(PromotionStoreTest, ReplaceAllRefusesAnInvalidPromotionAndKeepsTheOldOnes) {
  ASSERT_TRUE(importPromotionsFile(store, dir.write("promotions.json", kTwoPromotions), 2));
  Promotions next;
  next.items.push_back(parsePromotions(kTwoPromotions, "x", 2).value().items[0]);
  next.items[0].quantity = 1;
  const auto status = store.replaceAll(next);
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().find("promotions[0].quantity"), std::string::npos) << status.error();
  EXPECT_EQ(store.load().value().items.size(), 2U);
}

TEST_F(PromotionStoreTest, AnEmptyListClearsThePromotions) {
  ASSERT_TRUE(importPromotionsFile(store, dir.write("promotions.json", kTwoPromotions), 2));
  ASSERT_TRUE(store.replaceAll(Promotions{}));
  EXPECT_TRUE(store.load().value().items.empty());
}

TEST_F(PromotionStoreTest, AMissingFileSaysWhichFile) {
  auto count = importPromotionsFile(store, dir / "nope.json", 2);
  ASSERT_FALSE(count);
  EXPECT_NE(count.error().find("nope.json"), std::string::npos);
}

TEST(DemoPromotions, TheBundledFileLoadsAndPricesASale) {
  postest::TempDir dir;
  poscore::LaneDb db(dir / "lane.db");
  PromotionStore store(db);
  ASSERT_TRUE(store.migrate());
  auto count = importPromotionsFile(store, std::filesystem::path(POS_SOURCE_DIR) / "app/pos/demo/promotions.json", 2);
  ASSERT_TRUE(count) << count.error();
  EXPECT_GE(count.value(), 3U);
  const auto loaded = store.load();
  ASSERT_TRUE(loaded) << loaded.error();
  // Every SKU a demo promotion names is an article of the demo catalog.
  const auto catalog = postest::readFile(std::filesystem::path(POS_SOURCE_DIR) / "app/pos/demo/catalog.csv");
  for (const auto& promotion : loaded.value().items) {
    for (const auto& sku : promotion.skus) {
      EXPECT_NE(catalog.find("\n" + sku + ","), std::string::npos) << promotion.id << " names " << sku;
    }
  }
  const auto sale = priced(openSale({piece(1, "692-1270-009", 350, 2), piece(2, "692-1270-015", 550)}),
                           defaultPricingRules(), loaded.value(), kNoon);
  EXPECT_EQ(sale.totals.net, yuan(1000)) << "drinks: any 3 for 10.00";
}

}  // namespace
