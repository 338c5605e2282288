#include "poscore/services/outbox.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "poscore/services/clocks.hpp"
#include "temp_dir.hpp"

namespace poscore {
namespace {

using ::testing::HasSubstr;

const DirectRequest kNoDirectCalls = [](auto&&...) {};

class OutboxTest : public ::testing::Test {
 protected:
  std::int64_t rows() {
    auto n = db.query("SELECT count(*) FROM outbox");
    EXPECT_TRUE(n) << n.error();
    return n ? std::get<std::int64_t>(n.value()[0][0]) : -1;
  }

  postest::TempDir dir;
  LaneDb db{dir / "lane.db"};
  ManualClock clock{std::chrono::system_clock::time_point{std::chrono::milliseconds{1795341600123}}};
  Outbox outbox{db, clock};
};

TEST_F(OutboxTest, EnqueueStoresTheCall) {
  auto id = outbox.enqueue("points", "/redemptions", R"({"code":"R-1"})", "sale-42-redeem");
  ASSERT_TRUE(id) << id.error();
  auto stored = db.query("SELECT id, plugin, path, body, idempotency_key, created_at, attempts, sent_at FROM outbox");
  ASSERT_TRUE(stored) << stored.error();
  ASSERT_EQ(stored.value().size(), 1u);
  EXPECT_EQ(stored.value()[0], (possdk::SqlRow{std::stoll(id.value()), std::string("points"), std::string("/redemptions"),
                                               std::string(R"({"code":"R-1"})"), std::string("sale-42-redeem"),
                                               std::string("2026-11-22T10:00:00.123Z"), std::int64_t{0}, nullptr}));
}

TEST_F(OutboxTest, SameKeyReturnsTheExistingEntry) {
  auto first = outbox.enqueue("points", "/a", "{}", "k-1");
  auto again = outbox.enqueue("points", "/a", "{}", "k-1");
  ASSERT_TRUE(first && again);
  EXPECT_EQ(first.value(), again.value());
  EXPECT_EQ(rows(), 1);
  auto otherPlugin = outbox.enqueue("coupon_kiosk", "/a", "{}", "k-1");
  ASSERT_TRUE(otherPlugin);
  EXPECT_NE(otherPlugin.value(), first.value()) << "keys are unique per plugin";
  EXPECT_EQ(rows(), 2);
}

TEST_F(OutboxTest, RefusalsNameTheFieldAndWriteNothing) {
  // 255 - "<8-character lane id>:points:" = 239
  const std::string longKey(240, 'k');
  const struct {
    std::string path, body, key, expected;
  } cases[] = {
      {"redemptions", "{}", "k", "path 'redemptions' must start with '/'"},
      {"", "{}", "k", "path '' must start with '/'"},
      {"/vouchers/a b", "{}", "k", "path has byte 32 at position 12"},
      {"/vouchers\n", "{}", "k", "path has byte 10 at position 10"},
      {"/r", "{\"code\": ", "k", "body is not a JSON object or array"},
      {"/r", "", "k", "body is not a JSON object or array"},
      {"/r", "{}", "", "idempotency key is empty"},
      {"/r", "{}", longKey, "idempotency key is 240 characters long; at most 239 are allowed, so that \"<lane id>:points:<key>\" fits"},
      {"/r", "{}", "sale/L01-1", "idempotency key 'sale/L01-1' has '/' at position 5; use only letters A-Z a-z, digits 0-9 and . _ : -"},
      {"/r", "{}", "earn 1", "has ' ' at position 5"},
      {"/r", "{}", "caf\xc3\xa9", "has byte 195 at position 4"},
      {"/r", "{}", std::string("a\0b", 3), "has byte 0 at position 2"},
  };
  for (const auto& c : cases) {
    auto result = outbox.enqueue("points", c.path, c.body, c.key);
    ASSERT_FALSE(result) << c.expected;
    EXPECT_THAT(result.error(), HasSubstr(c.expected));
    EXPECT_THAT(result.error(), HasSubstr("points"));
  }
  EXPECT_EQ(rows(), 0);
  EXPECT_TRUE(outbox.enqueue("points", "/r", "[]", std::string(239, 'k'))) << "239 characters are allowed";
  EXPECT_TRUE(outbox.enqueue("points", "/r", "[]", "AZaz09._:-")) << "every allowed character";
  EXPECT_FALSE(outbox.enqueue("coupon_kiosk", "/r", "[]", std::string(239, 'k'))) << "a longer plugin id leaves less room";
}

TEST_F(OutboxTest, BacklogCountsUnsentEntries) {
  EXPECT_EQ(outbox.backlog(), 0u);
  auto first = outbox.enqueue("points", "/a", "{}", "k-1");
  ASSERT_TRUE(outbox.enqueue("points", "/b", "{}", "k-2"));
  EXPECT_EQ(outbox.backlog(), 2u);
  ASSERT_TRUE(db.exec("UPDATE outbox SET sent_at = 'now' WHERE id = ?", {std::stoll(first.value())}));
  EXPECT_EQ(outbox.backlog(), 1u);
}

TEST_F(OutboxTest, FacadeQueuesUnderThePluginAndIsOffline) {
  auto client = outbox.facadeFor("stamp", kNoDirectCalls);
  EXPECT_FALSE(client->online());
  auto id = client->enqueue("/vouchers", R"({"v":1})", "v-1");
  ASSERT_TRUE(id) << id.error();
  auto plugin = db.query("SELECT plugin FROM outbox WHERE id = ?", {std::stoll(id.value())});
  ASSERT_TRUE(plugin);
  EXPECT_EQ(plugin.value()[0][0], possdk::SqlValue{std::string("stamp")});
}

// Direct calls are not the outbox's: the facade hands them on untouched and writes nothing.
TEST_F(OutboxTest, FacadeHandsDirectCallsOnWithoutQueuingThem) {
  std::string asked;
  auto client = outbox.facadeFor("stamp", [&](const std::string& method, const std::string& path, const std::string& body,
                                              std::chrono::milliseconds timeout, auto) {
    asked = method + " " + path + " " + body + " " + std::to_string(timeout.count());
  });
  client->request("GET", "/vouchers/7", "", std::chrono::milliseconds(1500), [](possdk::Result<possdk::ServerReply>) {});
  EXPECT_EQ(asked, "GET /vouchers/7  1500");
  EXPECT_EQ(outbox.backlog(), 0u);
}

TEST_F(OutboxTest, AFacadeNeedsAWayToSendDirectCalls) {
  EXPECT_THROW(outbox.facadeFor("stamp", DirectRequest{}), std::invalid_argument);
}

}  // namespace
}  // namespace poscore
