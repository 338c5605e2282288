// Stores, catalog changes and their gap-safe versions.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <atomic>
#include <thread>

#include "api_fixture.hpp"

namespace {
using postest::ApiTest;

std::string product(const std::string& sku, const std::string& extra = "") {
  return R"({"sku":")" + sku + R"(","name_en":"Pencil","name_zh":"铅笔","price":350,)"
         R"("tax_class":"A","unit":"each")" + extra + "}";
}

class CatalogTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    admin_ = enrol("admin");
    lane_ = enrol("lane", "S001", "L01");
  }
  std::string admin_, lane_;
};

TEST_P(CatalogTest, StoresAreAddedOnceAndListedToEveryRole) {
  const auto added = call("POST", "/api/v1/stores", R"({"id":"S001","name":"Main street"})", admin_);
  ASSERT_EQ(added.status, 201) << added.body;
  const auto before = tableCounts();
  const auto twice = call("POST", "/api/v1/stores", R"({"id":"S001","name":"Again"})", admin_);
  EXPECT_EQ(twice.status, 409);
  EXPECT_EQ(twice.errorField(), "id");
  EXPECT_EQ(call("POST", "/api/v1/stores", R"({"id":"S 2","name":"x"})", admin_).errorField(), "id");
  EXPECT_EQ(call("POST", "/api/v1/stores", R"({"id":"S2"})", admin_).errorCode(), "missing_field");
  EXPECT_EQ(call("POST", "/api/v1/stores", R"({"id":"S2","name":"x"})", lane_).errorCode(), "forbidden");
  EXPECT_EQ(tableCounts(), before);
  const auto listed = call("GET", "/api/v1/stores", "", lane_);
  ASSERT_EQ(listed.status, 200);
  EXPECT_EQ(listed.json()->getArray("stores")->getObject(0)->getValue<std::string>("name"), "Main street");
}

TEST_P(CatalogTest, EveryChangeGetsTheNextVersionAndReadersPage) {
  const auto first = call("POST", "/api/v1/catalog/changes",
                          "{\"upserts\":[" + product("P1", R"(,"barcodes":["4006381333931"])") + "," + product("P2", R"(,"barcodes":["012345678905"])") + "]}", admin_);
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(first.json()->getValue<std::int64_t>("version"), 2);
  const auto second = call("POST", "/api/v1/catalog/changes",
                           "{\"upserts\":[" + product("P1", R"(,"price":400)") + "],\"deletes\":[\"P2\"]}", admin_);
  EXPECT_EQ(second.json()->getValue<std::int64_t>("version"), 4);

  const auto page = call("GET", "/api/v1/catalog/changes?since=1&limit=2", "", lane_);
  ASSERT_EQ(page.status, 200) << page.body;
  const auto answer = page.json();
  const auto changes = answer->getArray("changes");
  ASSERT_EQ(changes->size(), 2u);
  EXPECT_EQ(changes->getObject(0)->getValue<std::string>("sku"), "P2");
  // UPC-A is kept as its GTIN-14 key.
  EXPECT_EQ(changes->getObject(0)->getObject("product")->getArray("barcodes")->getElement<std::string>(0), "00012345678905");
  EXPECT_EQ(changes->getObject(1)->getObject("product")->getValue<std::int64_t>("price"), 400);
  EXPECT_EQ(answer->getValue<std::int64_t>("next_since"), 3);
  EXPECT_EQ(answer->getValue<std::int64_t>("latest"), 4);
  EXPECT_TRUE(answer->getValue<bool>("more"));
  const auto rest = call("GET", "/api/v1/catalog/changes?since=3", "", lane_).json();
  EXPECT_EQ(rest->getArray("changes")->getObject(0)->getValue<std::string>("op"), "delete");
  EXPECT_FALSE(rest->getValue<bool>("more"));
}

TEST_P(CatalogTest, ABadProductRefusesTheWholePublishNamingItsField) {
  const auto before = tableCounts();
  struct Case {
    std::string upsert;
    std::string code, field;
  };
  const std::vector<Case> cases{
      {product("P1", R"(,"barcodes":["4006381333931"],"price":-1)"), "invalid_field", "upserts[1].price"},
      {product("P1", R"(,"price":10.5)"), "invalid_field", "upserts[1].price"},
      {product("P1", R"(,"price":"350")"), "invalid_field", "upserts[1].price"},
      {product("P1", R"(,"barcodes":["4006381333932"])"), "invalid_field", "upserts[1].barcodes[0]"},
      {product("P1", R"(,"barcodes":["4006381333931","04006381333931"])"), "invalid_field", "upserts[1].barcodes[1]"},
      {product("P1", R"(,"tax_class":"vat 13")"), "invalid_field", "upserts[1].tax_class"},
      {product("P1", R"(,"unit":"box")"), "invalid_field", "upserts[1].unit"},
      {product("P1", R"(,"tare_g":-5)"), "invalid_field", "upserts[1].tare_g"},
      {product("P1", R"(,"colour":"red")"), "unknown_field", "upserts[1].colour"},
      {product(" P1"), "invalid_field", "upserts[1].sku"},
      {R"({"sku":"P1","name_en":"Pencil","price":1,"tax_class":"A","unit":"each"})", "missing_field", "upserts[1].name_zh"},
  };
  for (const auto& c : cases) {
    const auto answer = call("POST", "/api/v1/catalog/changes", "{\"upserts\":[" + product("OK") + "," + c.upsert + "]}", admin_);
    EXPECT_EQ(answer.status, 422) << c.upsert << " -> " << answer.body;
    EXPECT_EQ(answer.errorCode(), c.code) << c.upsert;
    EXPECT_EQ(answer.errorField(), c.field) << c.upsert;
  }
  EXPECT_EQ(call("POST", "/api/v1/catalog/changes", "{}", admin_).errorCode(), "missing_field");
  EXPECT_EQ(call("POST", "/api/v1/catalog/changes", "{\"upserts\":[" + product("P") + "]}", lane_).errorCode(), "forbidden");
  EXPECT_EQ(call("POST", "/api/v1/catalog/changes", "[1]", admin_).errorCode(), "malformed_json");
  EXPECT_EQ(tableCounts(), before);
  EXPECT_EQ(call("GET", "/api/v1/catalog/changes?since=-1", "", lane_).errorField(), "since");
  EXPECT_EQ(call("GET", "/api/v1/catalog/changes?limit=1001", "", lane_).errorField(), "limit");
  EXPECT_EQ(call("GET", "/api/v1/catalog/changes?from=1", "", lane_).errorCode(), "unknown_field");
}

TEST_P(CatalogTest, ABarcodeHasOneProductAndOnlyHeldProductsAreDeleted) {
  ASSERT_EQ(call("POST", "/api/v1/catalog/changes", "{\"upserts\":[" + product("P1", R"(,"barcodes":["4006381333931"])") + "]}", admin_).status, 201);
  const auto before = tableCounts();
  const auto taken = call("POST", "/api/v1/catalog/changes",
                          "{\"upserts\":[" + product("P2") + "," + product("P3", R"(,"barcodes":["04006381333931"])") + "]}", admin_);
  EXPECT_EQ(taken.status, 409) << taken.body;
  EXPECT_EQ(taken.errorField(), "upserts[1].barcodes[0]");
  const auto unknown = call("POST", "/api/v1/catalog/changes", R"({"deletes":["P1","P9"]})", admin_);
  EXPECT_EQ(unknown.status, 422) << unknown.body;
  EXPECT_EQ(unknown.errorField(), "deletes[1]");
  EXPECT_EQ(tableCounts(), before);
  // Taken off P1 first in the same publish, the barcode may move to P3.
  const auto moved = call("POST", "/api/v1/catalog/changes",
                          "{\"upserts\":[" + product("P1") + "," + product("P3", R"(,"barcodes":["4006381333931"])") + "]}", admin_);
  EXPECT_EQ(moved.status, 201) << moved.body;
}

// A publish applies its upserts, in order, and then its deletes: a sku both upserted and deleted ends
// deleted, and a barcode a delete frees cannot go to an upsert of the same publish.
TEST_P(CatalogTest, APublishAppliesItsUpsertsBeforeItsDeletes) {
  ASSERT_EQ(call("POST", "/api/v1/catalog/changes", "{\"upserts\":[" + product("P1", R"(,"barcodes":["4006381333931"])") + "]}", admin_).status, 201);
  const auto freedTooLate = call("POST", "/api/v1/catalog/changes",
                                 "{\"deletes\":[\"P1\"],\"upserts\":[" + product("P3", R"(,"barcodes":["4006381333931"])") + "]}",
                                 admin_);
  EXPECT_EQ(freedTooLate.status, 409) << freedTooLate.body;
  EXPECT_EQ(freedTooLate.errorField(), "upserts[0].barcodes[0]");
  const auto both = call("POST", "/api/v1/catalog/changes", "{\"deletes\":[\"P1\"],\"upserts\":[" + product("P1") + "]}", admin_);
  ASSERT_EQ(both.status, 201) << both.body;
  const auto changes = call("GET", "/api/v1/catalog/changes?since=1", "", lane_).json()->getArray("changes");
  ASSERT_EQ(changes->size(), 2u);
  EXPECT_EQ(changes->getObject(0)->getValue<std::string>("op"), "upsert");
  EXPECT_EQ(changes->getObject(1)->getValue<std::string>("op"), "delete");
  EXPECT_EQ(count("catalog_products"), 0);
}

// Readers poll while publishers race: whatever a reader sees, it never sees a version and later
// finds a lower one it missed (every page it gets continues exactly where the last one ended).
TEST_P(CatalogTest, ConcurrentPublishersLeaveNoGapBehindAReader) {
  constexpr int kPublishers = 4;
  constexpr int kPublishes = 15;
  std::atomic<bool> done{false};
  std::atomic<int> failures{0};
  std::vector<std::thread> publishers;
  for (int p = 0; p < kPublishers; ++p) {
    publishers.emplace_back([&, p] {
      for (int i = 0; i < kPublishes; ++i) {
        const auto sku = "P" + std::to_string(p) + "-" + std::to_string(i);
        if (call("POST", "/api/v1/catalog/changes", "{\"upserts\":[" + product(sku) + "," + product(sku + "b") + "]}", admin_).status != 201) {
          ++failures;
        }
      }
    });
  }
  std::int64_t since = 0, seen = 0;
  bool ordered = true;
  auto readPage = [&] {
    const auto page = call("GET", "/api/v1/catalog/changes?since=" + std::to_string(since) + "&limit=7", "", lane_).json();
    const auto changes = page->getArray("changes");
    for (std::size_t i = 0; i < changes->size(); ++i) {
      ordered = ordered && changes->getObject(i)->getValue<std::int64_t>("version") == since + 1;
      since = changes->getObject(i)->getValue<std::int64_t>("version");
      ++seen;
    }
  };
  std::thread reader([&] {
    while (!done) readPage();
  });
  for (auto& publisher : publishers) publisher.join();
  done = true;
  reader.join();
  readPage();
  readPage();
  EXPECT_EQ(failures, 0);
  EXPECT_TRUE(ordered);
  EXPECT_LE(seen, kPublishers * kPublishes * 2);
  while (since < kPublishers * kPublishes * 2 && ordered) readPage();
  EXPECT_EQ(since, kPublishers * kPublishes * 2);
}

POS_DATABASE_TEST_SUITE(CatalogTest);

}  // namespace
