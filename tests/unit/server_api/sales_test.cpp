// Sale upload: kept as sent, idempotent by lane and receipt, only for the lane's own lane.
#include "api_fixture.hpp"

namespace {
using postest::ApiTest;

std::string sale(const std::string& receipt, std::int64_t total = 1250, const std::string& lane = "L01") {
  return R"({"lane_id":")" + lane + R"(","receipt":")" + receipt +
         R"(","kind":"sale","completed_at":"2026-11-22T09:30:00Z","currency":"CNY","total":)" + std::to_string(total) +
         R"(,"sale":{"lines":[{"sku":"P1","qty":1}],"paid":1250}})";
}

class SalesTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    lane_ = enrol("lane", "S001", "L01");
  }
  std::string lane_;
};

TEST_P(SalesTest, StoredOnceThenDuplicateThenConflict) {
  const auto first = call("POST", "/api/v1/sales", sale("L01-000001"), lane_);
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(first.body, R"({"status":"stored"})");
  // The same sale again, spaced differently: the same content.
  auto spaced = sale("L01-000001");
  spaced.insert(1, "  ");
  const auto again = call("POST", "/api/v1/sales", spaced, lane_);
  EXPECT_EQ(again.status, 200);
  EXPECT_EQ(again.body, R"({"status":"duplicate"})");
  const auto before = tableCounts();
  const auto other = call("POST", "/api/v1/sales", sale("L01-000001", 999), lane_);
  EXPECT_EQ(other.status, 409);
  EXPECT_EQ(other.errorCode(), "conflict");
  EXPECT_EQ(tableCounts(), before);

  auto kept = (*database_)->query("SELECT body, total, store_id, lane_id, completed_at FROM sales");
  ASSERT_TRUE(kept.isOk());
  ASSERT_EQ(kept.value().size(), 1u);
  EXPECT_EQ(std::get<std::string>(kept.value()[0][0]), sale("L01-000001"));
  EXPECT_EQ(std::get<std::int64_t>(kept.value()[0][1]), 1250);
  EXPECT_EQ(std::get<std::string>(kept.value()[0][2]), "S001");
  EXPECT_EQ(std::get<std::int64_t>(kept.value()[0][4]), 1'795'339'800);
}

// Lane ids are a store's own: S002's L01 is another lane than S001's and numbers its receipts alike.
TEST_P(SalesTest, LanesOfOneNameInTwoStoresKeepTheirOwnReceipts) {
  const auto otherStore = enrol("lane", "S002", "L01");
  ASSERT_EQ(call("POST", "/api/v1/sales", sale("L01-000001"), lane_).status, 201);
  const auto theirs = call("POST", "/api/v1/sales", sale("L01-000001", 777), otherStore);
  ASSERT_EQ(theirs.status, 201) << theirs.body;
  const auto resent = call("POST", "/api/v1/sales", sale("L01-000001", 777), otherStore);
  EXPECT_EQ(resent.status, 200) << resent.body;
  EXPECT_EQ(resent.body, R"({"status":"duplicate"})");
  EXPECT_EQ(call("POST", "/api/v1/sales", sale("L01-000001", 778), otherStore).status, 409);
  EXPECT_EQ(count("sales"), 2);
}

TEST_P(SalesTest, BadUploadsAreRefusedNamingTheFieldAndWriteNothing) {
  const auto admin = enrol("admin");
  const auto otherLane = enrol("lane", "S001", "L02");
  const auto before = tableCounts();
  auto with = [](const std::string& from, const std::string& to) {
    auto body = sale("R1");
    body.replace(body.find(from), from.size(), to);
    return body;
  };
  struct Case {
    std::string body, token;
    int status;
    std::string code, field;
  };
  const std::vector<Case> cases{
      {sale("R1", 1250, "L02"), lane_, 403, "forbidden", "lane_id"},
      {sale("R1"), otherLane, 403, "forbidden", "lane_id"},
      {sale("R1"), admin, 403, "forbidden", ""},
      {sale("R1"), "", 401, "unauthenticated", "Authorization"},
      {with(R"("total":1250)", R"("total":"12.50")"), lane_, 422, "invalid_field", "total"},
      {with(R"("total":1250)", R"("total":12.5)"), lane_, 422, "invalid_field", "total"},
      {with(R"("kind":"sale")", R"("kind":"refund")"), lane_, 422, "invalid_field", "kind"},
      {with("2026-11-22T09:30:00Z", "22/11/2026"), lane_, 422, "invalid_field", "completed_at"},
      {with(R"("currency":"CNY")", R"("currency":"yuan")"), lane_, 422, "invalid_field", "currency"},
      {with(R"("receipt":"R1")", R"("receipt":"R 1")"), lane_, 422, "invalid_field", "receipt"},
      {with(R"("receipt":"R1",)", ""), lane_, 422, "missing_field", "receipt"},
      {with(R"("currency")", R"("note":1,"currency")"), lane_, 422, "unknown_field", "note"},
      {sale("R1").substr(0, sale("R1").find(R"("sale":)")) + R"("sale":[1]})", lane_, 422, "invalid_field", "sale"},
      {"{\"lane_id\":", lane_, 400, "malformed_json", ""},
  };
  for (const auto& c : cases) {
    const auto answer = call("POST", "/api/v1/sales", c.body, c.token);
    EXPECT_EQ(answer.status, c.status) << c.body << " -> " << answer.body;
    EXPECT_EQ(answer.errorCode(), c.code) << c.body;
    EXPECT_EQ(answer.errorField(), c.field) << c.body;
  }
  const auto revokedLane = otherLane.substr(0, otherLane.find('.'));
  ASSERT_EQ(call("POST", "/api/v1/devices/" + revokedLane + "/revoke", "", admin).status, 200);
  auto afterRevoke = tableCounts();
  EXPECT_EQ(call("POST", "/api/v1/sales", sale("R1", 1250, "L02"), otherLane).errorCode(), "device_revoked");
  EXPECT_EQ(tableCounts(), afterRevoke);
  afterRevoke.erase("devices");
  auto expected = before;
  expected.erase("devices");
  EXPECT_EQ(afterRevoke, expected);
}

POS_DATABASE_TEST_SUITE(SalesTest);

}  // namespace
