// Points: the append-only ledger, balances that never go below zero, idempotency keys.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <atomic>
#include <random>
#include <thread>

#include "api_fixture.hpp"
#include "posserver/api/core_api.hpp"

namespace {
using postest::ApiTest;

class PointsTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    lane_ = enrol("lane", "S001", "L01");
    admin_ = enrol("admin");
    member_ = addMember("88000001");
  }

  std::string addMember(const std::string& card) {
    const auto added = call("POST", "/api/v1/members", R"({"card":")" + card + R"("})", lane_);
    return std::to_string(added.json()->getObject("member")->getValue<std::int64_t>("id"));
  }

  postest::Answer points(const std::string& member, const std::string& key, const std::string& body,
                         const std::string& token = "") {
    std::map<std::string, std::string> headers;
    if (!key.empty()) headers["idempotency-key"] = key;
    return call("POST", "/api/v1/members/" + member + "/points", body, token.empty() ? lane_ : token, headers);
  }

  std::int64_t balance(const std::string& member) {
    return call("GET", "/api/v1/members/" + member + "/points", "", lane_).json()->getValue<std::int64_t>("balance");
  }

  std::string lane_, admin_, member_;
};

TEST_P(PointsTest, EarnRedeemAndAdjustMoveTheBalanceAndTheLedger) {
  const auto earned = points(member_, "sale-1", R"({"kind":"earn","points":120,"reference":"L01-000001"})");
  ASSERT_EQ(earned.status, 201) << earned.body;
  const auto entry = earned.json()->getObject("entry");
  EXPECT_EQ(entry->getValue<std::int64_t>("balance"), 120);
  EXPECT_EQ(entry->getValue<std::string>("reference"), "L01-000001");
  EXPECT_EQ(entry->getValue<std::string>("idempotency_key"), "sale-1");
  const auto redeemed = points(member_, "slip-1", R"({"kind":"redeem","points":20})");
  ASSERT_EQ(redeemed.status, 201) << redeemed.body;
  EXPECT_EQ(redeemed.json()->getObject("entry")->getValue<std::int64_t>("points"), -20);
  ASSERT_EQ(points(member_, "fix-1", R"({"kind":"adjust","points":-50,"reason":"duplicate card"})", admin_).status, 201);

  const auto history = call("GET", "/api/v1/members/" + member_ + "/points?limit=2", "", lane_);
  ASSERT_EQ(history.status, 200) << history.body;
  const auto answer = history.json();
  EXPECT_EQ(answer->getValue<std::int64_t>("balance"), 50);
  const auto entries = answer->getArray("entries");
  ASSERT_EQ(entries->size(), 2u);
  EXPECT_EQ(entries->getObject(0)->getValue<std::string>("kind"), "adjust");  // newest first
  EXPECT_EQ(entries->getObject(1)->getValue<std::string>("kind"), "redeem");
  const auto lookedUp = call("GET", "/api/v1/members/lookup?card=88000001", "", lane_);
  EXPECT_EQ(lookedUp.json()->getObject("member")->getValue<std::int64_t>("points"), 50);
}

TEST_P(PointsTest, ARedemptionBeyondTheBalanceIsRefusedAndWritesNothing) {
  ASSERT_EQ(points(member_, "k1", R"({"kind":"earn","points":10})").status, 201);
  const auto before = tableCounts();
  const auto refused = points(member_, "k2", R"({"kind":"redeem","points":11})");
  EXPECT_EQ(refused.status, 409);
  EXPECT_EQ(refused.errorCode(), "insufficient_points");
  EXPECT_EQ(points(member_, "k3", R"({"kind":"adjust","points":-11})", admin_).errorCode(), "insufficient_points");
  EXPECT_EQ(tableCounts(), before);
  // The refused key was not spent: it may carry a smaller redemption later.
  EXPECT_EQ(points(member_, "k2", R"({"kind":"redeem","points":10})").status, 201);
  EXPECT_EQ(balance(member_), 0);
}

TEST_P(PointsTest, ASameKeyReplaysAndAnotherRequestUnderItIsRefused) {
  const auto first = points(member_, "pos:L01:000042", R"({"kind":"earn","points":30})");
  ASSERT_EQ(first.status, 201);
  const auto before = tableCounts();
  const auto replay = points(member_, "pos:L01:000042", R"({"points":30, "kind":"earn"})");
  EXPECT_EQ(replay.status, 200);
  EXPECT_EQ(replay.header("Idempotent-Replay"), "true");
  EXPECT_EQ(replay.json()->getObject("entry")->getValue<std::int64_t>("id"),
            first.json()->getObject("entry")->getValue<std::int64_t>("id"));
  const auto reused = points(member_, "pos:L01:000042", R"({"kind":"earn","points":31})");
  EXPECT_EQ(reused.status, 409);
  EXPECT_EQ(reused.errorCode(), "idempotency_key_reused");
  EXPECT_EQ(reused.errorField(), "Idempotency-Key");
  const auto otherMember = addMember("88000002");
  const auto afterMember = tableCounts();
  EXPECT_EQ(points(otherMember, "pos:L01:000042", R"({"kind":"earn","points":30})").errorCode(), "idempotency_key_reused");
  EXPECT_EQ(tableCounts(), afterMember);
  EXPECT_EQ(before.at("points_ledger"), afterMember.at("points_ledger"));
  EXPECT_EQ(balance(member_), 30);
}

TEST_P(PointsTest, BadPointsRequestsAreRefusedNamingTheFieldAndWriteNothing) {
  ASSERT_EQ(points(member_, "seed", R"({"kind":"earn","points":5})").status, 201);
  const auto before = tableCounts();
  struct Case {
    std::string member, key, body, token;
    int status;
    std::string code, field;
  };
  const std::vector<Case> cases{
      {member_, "", R"({"kind":"earn","points":1})", lane_, 400, "missing_header", "Idempotency-Key"},
      {member_, "has space", R"({"kind":"earn","points":1})", lane_, 400, "invalid_header", "Idempotency-Key"},
      {member_, std::string(256, 'k'), R"({"kind":"earn","points":1})", lane_, 400, "invalid_header", "Idempotency-Key"},
      {member_, "a", R"({"kind":"earn","points":0})", lane_, 422, "invalid_field", "points"},
      {member_, "a", R"({"kind":"earn","points":1000000001})", lane_, 422, "invalid_field", "points"},
      {member_, "a", R"({"kind":"earn","points":"ten"})", lane_, 422, "invalid_field", "points"},
      {member_, "a", R"({"kind":"redeem","points":-3})", lane_, 422, "invalid_field", "points"},
      {member_, "a", R"({"kind":"adjust","points":0})", admin_, 422, "invalid_field", "points"},
      {member_, "a", R"({"kind":"gift","points":1})", lane_, 422, "invalid_field", "kind"},
      {member_, "a", R"({"kind":"earn"})", lane_, 422, "missing_field", "points"},
      {member_, "a", R"({"kind":"earn","points":1,"bonus":2})", lane_, 422, "unknown_field", "bonus"},
      {member_, "a", R"({"kind":"adjust","points":5})", lane_, 403, "forbidden", "kind"},
      {member_, "a", R"({"kind":"earn","points":1)", lane_, 400, "malformed_json", ""},
      {"424242", "a", R"({"kind":"earn","points":1})", lane_, 404, "member_not_found", "id"},
      {"abc", "a", R"({"kind":"earn","points":1})", lane_, 404, "member_not_found", "id"},
  };
  for (const auto& c : cases) {
    const auto answer = points(c.member, c.key, c.body, c.token);
    EXPECT_EQ(answer.status, c.status) << c.body << " -> " << answer.body;
    EXPECT_EQ(answer.errorCode(), c.code) << c.body;
    EXPECT_EQ(answer.errorField(), c.field) << c.body;
  }
  EXPECT_EQ(tableCounts(), before);
  EXPECT_EQ(call("GET", "/api/v1/members/" + member_ + "/points?limit=0", "", lane_).errorField(), "limit");
  EXPECT_EQ(call("GET", "/api/v1/members/424242/points", "", lane_).errorCode(), "member_not_found");
}

TEST_P(PointsTest, TheLedgerRefusesUpdatesAndDeletes) {
  ASSERT_EQ(points(member_, "k", R"({"kind":"earn","points":5})").status, 201);
  EXPECT_FALSE((*database_)->exec("UPDATE points_ledger SET points = 500").isOk());
  EXPECT_FALSE((*database_)->exec("DELETE FROM points_ledger").isOk());
  EXPECT_EQ(count("points_ledger"), 1);
  EXPECT_EQ(balance(member_), 5);
}

TEST_P(PointsTest, ConcurrentDuplicatesOfOneKeyMakeOneEntry) {
  constexpr int kSenders = 8;
  std::atomic<int> created{0}, replayed{0}, other{0};
  runTogether(kSenders, [&](int) {
    const auto answer = points(member_, "once", R"({"kind":"earn","points":7})");
    (answer.status == 201 ? created : answer.header("Idempotent-Replay") == "true" ? replayed : other)++;
  });
  EXPECT_EQ(created, 1);
  EXPECT_EQ(replayed, kSenders - 1);
  EXPECT_EQ(other, 0);
  EXPECT_EQ(count("points_ledger"), 1);
  EXPECT_EQ(balance(member_), 7);
}

// 16 writers x 200 mixed earns and redemptions on a few members, a reader polling meanwhile: every
// accepted change is in the ledger exactly once, each member's entries chain from 0 to its balance,
// and no balance is ever seen below zero.
TEST_P(PointsTest, ConcurrentWritersKeepBalancesExactAndNeverNegative) {
  constexpr int kWriters = 16;
  constexpr int kRequests = 200;
  // The reader polls balances far faster than a lane may read points histories.
  posserver::api::configureCoreRateLimits(*limiter_, 1'000'000);
  const std::vector<std::string> members{member_, addMember("88000002"), addMember("88000003")};
  std::vector<std::atomic<std::int64_t>> accepted(members.size());
  std::atomic<int> acceptedCount{0}, refused{0}, failed{0};
  std::atomic<bool> done{false};
  std::atomic<std::int64_t> lowestSeen{0};
  std::thread reader([&] {
    while (!done) {
      for (const auto& member : members) {
        const auto seen = balance(member);
        if (seen < lowestSeen) lowestSeen = seen;
      }
    }
  });
  std::vector<std::thread> writers;
  for (int w = 0; w < kWriters; ++w) {
    writers.emplace_back([&, w] {
      std::mt19937 random(static_cast<unsigned>(w));
      for (int i = 0; i < kRequests; ++i) {
        const auto which = random() % members.size();
        const bool redeem = random() % 2 == 0;
        const std::int64_t amount = 1 + random() % 40;
        const auto answer = points(members[which], "w" + std::to_string(w) + "-" + std::to_string(i),
                                   std::string(R"({"kind":")") + (redeem ? "redeem" : "earn") + R"(","points":)" +
                                       std::to_string(amount) + "}");
        if (answer.status == 201) {
          accepted[which] += redeem ? -amount : amount;
          ++acceptedCount;
        } else if (answer.errorCode() == "insufficient_points") {
          ++refused;
        } else if (++failed == 1) {
          ADD_FAILURE() << "a writer was answered " << answer.status << " " << answer.body << "\n"
                        << (log_.lines().empty() ? "" : log_.lines().back());
        }
      }
    });
  }
  for (auto& writer : writers) writer.join();
  done = true;
  reader.join();
  EXPECT_EQ(failed, 0);
  EXPECT_EQ(acceptedCount + refused, kWriters * kRequests);
  EXPECT_GT(refused, 0);  // the mix did try to overdraw
  EXPECT_EQ(lowestSeen, 0);
  EXPECT_EQ(count("points_ledger"), acceptedCount);
  for (std::size_t m = 0; m < members.size(); ++m) {
    EXPECT_EQ(balance(members[m]), accepted[m]) << "member " << members[m];
    auto chain = (*database_)->query("SELECT points, balance FROM points_ledger WHERE member_id = ? ORDER BY id",
                                     {std::stoll(members[m])});
    ASSERT_TRUE(chain.isOk()) << chain.error();
    std::int64_t running = 0;
    for (const auto& row : chain.value()) {
      running += std::get<std::int64_t>(row[0]);
      ASSERT_GE(running, 0);
      ASSERT_EQ(std::get<std::int64_t>(row[1]), running);
    }
    EXPECT_EQ(running, accepted[m]);
  }
}

POS_DATABASE_TEST_SUITE(PointsTest);

}  // namespace
