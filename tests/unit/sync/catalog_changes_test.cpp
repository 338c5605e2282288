#include "poscore/sync/catalog_changes.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "sync_fixture.hpp"

namespace poscore::sync {
namespace {

using ::testing::HasSubstr;

std::string product(const std::string& sku, const std::string& barcode, int price, const std::string& taxClass = "A") {
  return R"({"sku":")" + sku + R"(","barcodes":[")" + barcode + R"("],"name_en":"Item )" + sku +
         R"(","name_zh":"商品","price":)" + std::to_string(price) + R"(,"tax_class":")" + taxClass +
         R"(","unit":"each","tare_g":0,"expected_weight_g":0,"weight_spread_g":0,"eas":false,"age_restricted":false})";
}
std::string upsert(int version, const std::string& sku, const std::string& productJson) {
  return R"({"version":)" + std::to_string(version) + R"(,"op":"upsert","sku":")" + sku + R"(","product":)" + productJson + "}";
}
std::string remove(int version, const std::string& sku) {
  return R"({"version":)" + std::to_string(version) + R"(,"op":"delete","sku":")" + sku + R"("})";
}
std::string page(const std::vector<std::string>& changes, int next, bool more) {
  std::string list;
  for (const auto& c : changes) list += (list.empty() ? "" : ",") + c;
  return R"({"changes":[)" + list + R"(],"next_since":)" + std::to_string(next) + R"(,"latest":9,"more":)" +
         (more ? "true" : "false") + "}";
}

// GTIN-14 keys with valid check digits.
constexpr const char* kTea = "06901234567892";
constexpr const char* kRice = "00012345678905";

class CatalogChangesTest : public postest::SyncFixture {
 protected:
  catalog::CatalogStore store() { return catalog::CatalogStore::open(*db).value(); }
  std::optional<catalog::Product> find(const std::string& sku) { return store().findBySku(sku).value(); }
};

TEST_F(CatalogChangesTest, PagesAreAppliedInOrderAndTheVersionKept) {
  server.on("GET /api/v1/catalog/changes", [](const postest::FakeStoreServer::Request& r) {
    if (r.uri.find("since=0&") != std::string::npos) {
      return postest::FakeStoreServer::Answer{
          200, page({upsert(1, "TEA", product("TEA", kTea, 1200)), upsert(2, "RICE", product("RICE", kRice, 3000))}, 2, true), {}, {}};
    }
    return postest::FakeStoreServer::Answer{
        200, page({upsert(3, "TEA", product("TEA", kTea, 1350)), remove(4, "RICE")}, 4, false), {}, {}};
  });
  auto sync = client();
  auto report = sync->runOnce();
  EXPECT_EQ(report.catalogChanges, 4u);
  EXPECT_EQ(sync->status().catalogVersion, 4);
  ASSERT_TRUE(find("TEA"));
  EXPECT_EQ(find("TEA")->price, Money::minor(1350));
  EXPECT_EQ(find("TEA")->nameZh, "商品");
  EXPECT_FALSE(find("RICE"));
  EXPECT_FALSE(store().findByBarcode(kRice).value());
  // The next round asks for what came after the version applied.
  sync->runOnce();
  EXPECT_THAT(server.requestsTo("GET /api/v1/catalog/changes").back().uri, HasSubstr("since=4&"));
}

TEST_F(CatalogChangesTest, AChangeThatDoesNotFitIsReportedAndSkipped) {
  server.on("GET /api/v1/catalog/changes", 200,
            page({upsert(1, "GIFT", product("GIFT", kTea, 500, "Z")), upsert(2, "RICE", product("RICE", kRice, 3000))}, 2, false));
  auto sync = client();
  sync->runOnce();
  EXPECT_FALSE(find("GIFT"));
  EXPECT_TRUE(find("RICE"));
  auto status = sync->status();
  EXPECT_EQ(status.catalogVersion, 2);
  ASSERT_EQ(status.catalogSkipped.size(), 1u);
  EXPECT_THAT(status.catalogSkipped[0], HasSubstr("catalog version 1 (upsert GIFT)"));
  EXPECT_THAT(status.catalogSkipped[0], HasSubstr("tax class Z"));
}

TEST_F(CatalogChangesTest, AnUpdateThatDoesNotFitWithdrawsTheStaleProductAndIsReportedForItsRoundOnly) {
  std::vector<std::string> pages = {
      page({upsert(1, "TEA", product("TEA", kTea, 1200))}, 1, false),
      page({upsert(2, "TEA", product("TEA", kTea, 1350, "Z")), upsert(3, "RICE", product("RICE", kRice, 3000))}, 3, false),
      page({}, 3, false),
      page({upsert(4, "TEA", product("TEA", kTea, 1400))}, 4, false)};
  std::size_t served = 0;
  server.on("GET /api/v1/catalog/changes", [&](const postest::FakeStoreServer::Request&) {
    return postest::FakeStoreServer::Answer{200, pages.at(served++), {}, {}};
  });
  auto sync = client();
  sync->runOnce();
  ASSERT_TRUE(find("TEA"));
  sync->runOnce();
  // The lane does not go on selling TEA at 12.00 under the version it skipped.
  EXPECT_FALSE(find("TEA"));
  EXPECT_FALSE(store().findByBarcode(kTea).value());
  EXPECT_TRUE(find("RICE"));
  auto status = sync->status();
  EXPECT_EQ(status.catalogVersion, 3);
  ASSERT_EQ(status.catalogSkipped.size(), 1u);
  EXPECT_THAT(status.catalogSkipped[0], HasSubstr("catalog version 2 (upsert TEA): tax class Z"));
  EXPECT_THAT(status.catalogSkipped[0], HasSubstr("earlier TEA is withdrawn"));
  // A round that skips nothing clears the list.
  sync->runOnce();
  EXPECT_TRUE(sync->status().catalogSkipped.empty());
  // The server's next change of the sku that fits brings it back.
  sync->runOnce();
  ASSERT_TRUE(find("TEA"));
  EXPECT_EQ(find("TEA")->price, Money::minor(1400));
}

TEST_F(CatalogChangesTest, AFailedPageLeavesTheCatalogAsItWasAndIsAskedForAgain) {
  int calls = 0;
  server.on("GET /api/v1/catalog/changes", [&calls](const postest::FakeStoreServer::Request& r) {
    ++calls;
    if (r.uri.find("since=0&") != std::string::npos) {
      return postest::FakeStoreServer::Answer{200, page({upsert(1, "TEA", product("TEA", kTea, 1200))}, 1, true), {}, {}};
    }
    if (calls == 2) {
      // The second page breaks after a good change: the good one must not stay applied alone.
      return postest::FakeStoreServer::Answer{200, R"({"changes":[)" + upsert(2, "RICE", product("RICE", kRice, 3000)) +
                                                       R"(,{"version":3,"op":"rename","sku":"TEA"}],"next_since":3,"more":false})",
                                              {}, {}};
    }
    return postest::FakeStoreServer::Answer{200, page({upsert(2, "RICE", product("RICE", kRice, 3000))}, 2, false), {}, {}};
  });
  auto sync = client();
  sync->runOnce();
  EXPECT_EQ(sync->status().catalogVersion, 1);
  EXPECT_TRUE(find("TEA"));
  EXPECT_FALSE(find("RICE"));
  EXPECT_THAT(sync->status().lastError, HasSubstr("changes[1].op"));
  EXPECT_FALSE(sync->status().lastSuccess);
  sync->runOnce();
  EXPECT_THAT(server.requestsTo("GET /api/v1/catalog/changes").back().uri, HasSubstr("since=1&"));
  EXPECT_EQ(sync->status().catalogVersion, 2);
  EXPECT_TRUE(find("RICE"));
}

TEST_F(CatalogChangesTest, AServerErrorKeepsTheVersion) {
  server.on("GET /api/v1/catalog/changes", 503, postest::apiError(503, "database_unavailable", "down"));
  auto sync = client();
  sync->runOnce();
  EXPECT_EQ(sync->status().catalogVersion, 0);
  EXPECT_THAT(sync->status().lastError, HasSubstr("database_unavailable"));
}

TEST_F(CatalogChangesTest, AProductWithAFractionalPriceIsSkippedNamingTheField) {
  auto bad = product("TEA", kTea, 1200);
  bad.replace(bad.find("1200"), 4, "12.5");
  SyncStore syncStore(*db);
  auto s = store();
  auto applied = applyCatalogPage(s, page({upsert(1, "TEA", bad)}, 1, false), {"A"});
  ASSERT_TRUE(applied) << applied.error();
  ASSERT_EQ(applied.value().skipped.size(), 1u);
  EXPECT_THAT(applied.value().skipped[0], HasSubstr("product.price: expected a whole number"));
}

}  // namespace
}  // namespace poscore::sync
