#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <thread>

#include "poscore/sync/outbox_queue.hpp"
#include "sync_fixture.hpp"

namespace poscore::sync {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using std::chrono::milliseconds;

class OutboxSenderTest : public postest::SyncFixture {
 protected:
  OutboxEntry only() {
    auto all = OutboxQueue(*db).pending(10);
    EXPECT_EQ(all.value().size(), 1u);
    return all.value().at(0);
  }
};

TEST_F(OutboxSenderTest, EntriesGoOldestFirstToTheirRoutesWithTheirKeys) {
  queue("sale:L01-00000001");
  queue("earn-1", "points", "/members/m-1/points");
  queue("sale:L01-00000002");
  server.on("POST /api/v1/plugins/points/members/m-1/points", 201);
  auto report = client()->runOnce();
  EXPECT_EQ(report.sent, 3u);
  std::vector<std::string> order;
  for (const auto& r : server.requests()) {
    if (r.method == "POST" && r.uri != "/api/v1/lanes/heartbeat" && r.uri != "/api/v1/enrol") {
      order.push_back(r.uri + " " + r.header("Idempotency-Key") + " " + r.body);
    }
  }
  EXPECT_THAT(order, ElementsAre("/api/v1/sales L01:core:sale:L01-00000001 {\"key\":\"sale:L01-00000001\"}",
                                 "/api/v1/plugins/points/members/m-1/points L01:points:earn-1 {\"key\":\"earn-1\"}",
                                 "/api/v1/sales L01:core:sale:L01-00000002 {\"key\":\"sale:L01-00000002\"}"));
  EXPECT_EQ(outbox.backlog(), 0u);
  EXPECT_EQ(client()->status().backlog, 0u);
}

TEST_F(OutboxSenderTest, TheHeartbeatReportsTheBacklogAndItsOldestEntry) {
  queue("sale:1");
  clock.advance(milliseconds(5000));
  queue("sale:2");
  server.on("POST /api/v1/sales", 503, postest::apiError(503, "database_unavailable", "down"));
  client()->runOnce();
  auto beat = server.requestsTo("POST /api/v1/lanes/heartbeat").at(0).body;
  EXPECT_THAT(beat, HasSubstr("\"outbox_backlog\":2"));
  EXPECT_THAT(beat, HasSubstr("\"oldest_pending_at\":\"2025-12-18T00:00:00.000Z\""));
}

TEST_F(OutboxSenderTest, FailuresBackOffExponentiallyWithTheStoredSchedule) {
  queue("sale:1");
  server.on("POST /api/v1/sales", 503, postest::apiError(503, "database_unavailable", "down"));
  const std::uint64_t draw = 1'000'003;
  auto sync = client(draw);
  for (std::int64_t attempt = 1; attempt <= 8; ++attempt) {
    const auto before = server.requestsTo("POST /api/v1/sales").size();
    sync->runOnce();
    ASSERT_EQ(server.requestsTo("POST /api/v1/sales").size(), before + 1) << "attempt " << attempt;
    auto entry = only();
    EXPECT_EQ(entry.attempts, attempt);
    EXPECT_THAT(*entry.lastError, HasSubstr("503 database_unavailable"));
    const auto wait = backoffDelay(attempt, draw);
    EXPECT_LE(wait, backoffCeiling(attempt));
    // Not a moment before its time...
    clock.advance(wait - milliseconds(1));
    sync->runOnce();
    ASSERT_EQ(server.requestsTo("POST /api/v1/sales").size(), before + 1) << "sent early at attempt " << attempt;
    clock.advance(milliseconds(1));
  }
  EXPECT_EQ(backoffCeiling(8), std::chrono::seconds(60));
}

TEST_F(OutboxSenderTest, TooManyRequestsWaitsAsRetryAfterSays) {
  queue("sale:1");
  queue("sale:2");
  server.on("POST /api/v1/sales", [](const auto&) {
    return postest::FakeStoreServer::Answer{429, postest::apiError(429, "rate_limited", "slow down"), {{"Retry-After", "30"}}, {}};
  });
  auto sync = client(0);  // the jitter alone would retry at once
  sync->runOnce();
  // The lane stops sending for the round; the entry behind is not hammered either.
  EXPECT_EQ(server.requestsTo("POST /api/v1/sales").size(), 1u);
  server.on("POST /api/v1/sales", 201);
  clock.advance(std::chrono::seconds(29));
  sync->runOnce();
  // Nor does the entry behind overtake the one waiting.
  EXPECT_EQ(server.requestsTo("POST /api/v1/sales").size(), 1u);
  EXPECT_EQ(outbox.backlog(), 2u);
  clock.advance(std::chrono::seconds(1));
  sync->runOnce();
  EXPECT_EQ(outbox.backlog(), 0u);
  auto sent = server.requestsTo("POST /api/v1/sales");
  ASSERT_EQ(sent.size(), 3u);
  EXPECT_EQ(sent[1].body, R"({"key":"sale:1"})");
  EXPECT_EQ(sent[2].body, R"({"key":"sale:2"})");
}

TEST_F(OutboxSenderTest, ARestartedLaneKeepsTheAttemptsAndTheSchedule) {
  queue("sale:1");
  server.on("POST /api/v1/sales", 500, postest::apiError(500, "internal", "bug"));
  const std::uint64_t draw = 1999;
  for (int i = 0; i < 3; ++i) {
    client(draw)->runOnce();
    clock.advance(backoffDelay(i + 1, draw));
  }
  ASSERT_EQ(only().attempts, 3);
  // A new client on a reopened database: the fourth wait still applies.
  db = std::make_unique<LaneDb>(dir / "lane.db");
  Outbox reopened(*db, clock);
  SyncClientOptions options;
  options.random = [] { return std::uint64_t{1999}; };
  SyncClient restarted(*db, reopened, clock, settings(), {"A"}, options);
  restarted.runOnce();
  EXPECT_EQ(only().attempts, 4);
  clock.advance(backoffDelay(4, draw) - milliseconds(1));
  restarted.runOnce();
  EXPECT_EQ(only().attempts, 4);
  clock.advance(milliseconds(1));
  restarted.runOnce();
  EXPECT_EQ(only().attempts, 5);
}

TEST_F(OutboxSenderTest, ARefusedEntryIsSetAsideAndDoesNotBlockTheOthers) {
  queue("sale:bad");
  queue("sale:good");
  server.on("POST /api/v1/sales", [](const postest::FakeStoreServer::Request& r) {
    if (r.body.find("bad") != std::string::npos) {
      return postest::FakeStoreServer::Answer{422, postest::apiError(422, "invalid_field", "total must be whole"), {}, {}};
    }
    return postest::FakeStoreServer::Answer{201, "{}", {}, {}};
  });
  auto sync = client();
  auto report = sync->runOnce();
  EXPECT_EQ(report.rejected, 1u);
  EXPECT_EQ(report.sent, 1u);
  auto status = sync->status();
  EXPECT_EQ(status.backlog, 0u);
  EXPECT_EQ(status.rejected, 1u);
  EXPECT_THAT(status.lastError, HasSubstr("total must be whole"));
  auto rejected = OutboxQueue(*db).rejected(10).value();
  ASSERT_EQ(rejected.size(), 1u);
  EXPECT_EQ(rejected[0].idempotencyKey, "sale:bad");
  EXPECT_THAT(*rejected[0].lastError, HasSubstr("422 invalid_field"));
  // Set aside means never sent again.
  clock.advance(std::chrono::hours(1));
  sync->runOnce();
  EXPECT_EQ(server.requestsTo("POST /api/v1/sales").size(), 2u);
}

TEST_F(OutboxSenderTest, UnavailableWaitsAsRetryAfterSaysAndEndsTheRound) {
  queue("sale:1");
  queue("sale:2");
  server.on("POST /api/v1/sales", [](const auto&) {
    return postest::FakeStoreServer::Answer{503, postest::apiError(503, "unavailable", "maintenance"), {{"Retry-After", "120"}}, {}};
  });
  auto sync = client(0);  // the jitter alone would retry at once
  sync->runOnce();
  EXPECT_EQ(server.requestsTo("POST /api/v1/sales").size(), 1u) << "the entry behind is not sent into the outage";
  server.on("POST /api/v1/sales", 201);
  clock.advance(std::chrono::seconds(119));
  sync->runOnce();
  EXPECT_EQ(server.requestsTo("POST /api/v1/sales").size(), 1u) << "nothing goes before Retry-After is up";
  EXPECT_EQ(outbox.backlog(), 2u);
  clock.advance(std::chrono::seconds(1));
  sync->runOnce();
  EXPECT_EQ(outbox.backlog(), 0u);
}

TEST_F(OutboxSenderTest, UnavailableWithoutRetryAfterBacksOffHoldsItsSenderAndTriesTheOthers) {
  queue("sale:1");
  queue("sale:2");
  queue("earn-1", "points", "/members/m-1/points");
  server.on("POST /api/v1/sales", 503, postest::apiError(503, "unavailable", "down"));
  server.on("POST /api/v1/plugins/points/members/m-1/points", 201);
  auto report = client(0)->runOnce();
  EXPECT_EQ(server.requestsTo("POST /api/v1/sales").size(), 1u) << "sale:2 never overtakes sale:1";
  EXPECT_EQ(report.retried, 1u);
  EXPECT_EQ(report.sent, 1u);
  EXPECT_EQ(outbox.backlog(), 2u);
}

TEST_F(OutboxSenderTest, APluginTheServerLacksOrHasSwitchedOffIsRetriedNotSetAside) {
  queue("earn-1", "points", "/members/m-1/points");
  queue("earn-2", "loyalty", "/members/m-1/stamps");
  // The fake answers 404 not_found on every route it has not been given, as a server without the plugin.
  server.on("POST /api/v1/plugins/loyalty/members/m-1/stamps", 503, postest::apiError(503, "plugin_disabled", "switched off"));
  auto sync = client(0);
  auto report = sync->runOnce();
  EXPECT_EQ(report.retried, 2u);
  EXPECT_EQ(report.rejected, 0u);
  EXPECT_EQ(sync->status().rejected, 0u);
  EXPECT_EQ(outbox.backlog(), 2u);
  // The server gets the plugin, or switches it on: the calls go.
  server.on("POST /api/v1/plugins/points/members/m-1/points", 201);
  server.on("POST /api/v1/plugins/loyalty/members/m-1/stamps", 201);
  clock.advance(std::chrono::seconds(1));
  EXPECT_EQ(sync->runOnce().sent, 2u);
  EXPECT_EQ(outbox.backlog(), 0u);
}

TEST_F(OutboxSenderTest, ANotFoundOnACorePathOrAnotherCodeIsSetAside) {
  queue("sale:1", "core", "/no-such-route");
  queue("earn-1", "points", "/members/m-9/points");
  server.on("POST /api/v1/plugins/points/members/m-9/points", 404, postest::apiError(404, "member_not_found", "no member m-9"));
  auto report = client(0)->runOnce();
  EXPECT_EQ(report.rejected, 2u);
  EXPECT_EQ(outbox.backlog(), 0u);
}

TEST_F(OutboxSenderTest, EachSenderIsAQueueThatNothingOvertakes) {
  queue("earn-1", "points", "/members/m-1/points");
  queue("sale:1");
  queue("redeem-1", "points", "/members/m-1/points");
  queue("sale:2");
  std::vector<std::string> points;
  bool up = false;
  server.on("POST /api/v1/plugins/points/members/m-1/points", [&](const postest::FakeStoreServer::Request& r) {
    points.push_back(r.body);
    return postest::FakeStoreServer::Answer{up ? 201 : 503, postest::apiError(503, "database_unavailable", "down"), {}, {}};
  });
  const std::uint64_t draw = 1'000'003;
  auto sync = client(draw);
  auto report = sync->runOnce();
  // The earn failed: the redeem behind it waits, the core sales do not.
  EXPECT_THAT(points, ElementsAre(R"({"key":"earn-1"})"));
  EXPECT_EQ(report.sent, 2u);
  EXPECT_EQ(report.retried, 1u);
  // While the earn waits out its backoff, the redeem is not due either.
  sync->runOnce();
  EXPECT_EQ(points.size(), 1u);
  EXPECT_EQ(OutboxQueue(*db).pending(10).value().size(), 2u);
  up = true;
  clock.advance(backoffDelay(1, draw));
  EXPECT_EQ(sync->runOnce().sent, 2u);
  EXPECT_THAT(points, ElementsAre(R"({"key":"earn-1"})", R"({"key":"earn-1"})", R"({"key":"redeem-1"})"));
  EXPECT_EQ(outbox.backlog(), 0u);
}

TEST_F(OutboxSenderTest, TheIdempotencyKeyIsTheSameOnEveryRetry) {
  queue("sale:1");
  int calls = 0;
  server.on("POST /api/v1/sales", [&calls](const auto&) {
    return postest::FakeStoreServer::Answer{++calls < 3 ? 503 : 200, R"({"status":"duplicate"})", {}, {}};
  });
  auto sync = client(0);
  for (int i = 0; i < 3; ++i) sync->runOnce();
  auto sent = server.requestsTo("POST /api/v1/sales");
  ASSERT_EQ(sent.size(), 3u);
  for (const auto& r : sent) EXPECT_EQ(r.header("Idempotency-Key"), "L01:core:sale:1");
  EXPECT_EQ(outbox.backlog(), 0u);
}

TEST_F(OutboxSenderTest, OfflineThenOnlineIsReportedToObserversAndPlugins) {
  auto plugin = outbox.facadeFor("points", postest::kNoDirectCalls);
  auto sync = client(0);
  EXPECT_FALSE(sync->status().online);
  EXPECT_FALSE(plugin->online());
  ASSERT_TRUE(sync->runOnce().reached);
  EXPECT_TRUE(sync->status().online);

  server.stop();
  queue("sale:1");
  EXPECT_FALSE(sync->runOnce().reached);
  auto status = sync->status();
  EXPECT_FALSE(status.online);
  EXPECT_FALSE(plugin->online());
  EXPECT_THAT(status.lastError, HasSubstr("unreachable"));
  EXPECT_EQ(status.backlog, 1u);
  const auto lastSuccess = status.lastSuccess;

  server.start();
  clock.advance(milliseconds(10));
  EXPECT_TRUE(sync->runOnce().reached);
  status = sync->status();
  EXPECT_TRUE(status.online);
  EXPECT_TRUE(plugin->online());
  EXPECT_EQ(status.lastError, "");
  EXPECT_EQ(status.backlog, 0u);
  EXPECT_NE(status.lastSuccess, lastSuccess);
  EXPECT_EQ(status.lastSuccess, clock.now());
}

TEST_F(OutboxSenderTest, ARevokedCredentialStopsTheRoundWithoutSettingEntriesAside) {
  queue("sale:1");
  server.on("POST /api/v1/lanes/heartbeat", 401, postest::apiError(401, "device_revoked", "revoked"));
  auto sync = client();
  EXPECT_FALSE(sync->runOnce().reached);
  EXPECT_THAT(sync->status().lastError, HasSubstr("enrol again"));
  EXPECT_EQ(outbox.backlog(), 1u);
  EXPECT_TRUE(server.requestsTo("POST /api/v1/sales").empty());
}

TEST_F(OutboxSenderTest, ACredentialRefusedOnAnEntryRetriesItAndEndsTheRound) {
  queue("sale:1");
  queue("earn-1", "points", "/members/m-1/points");
  server.on("POST /api/v1/sales", 401, postest::apiError(401, "device_revoked", "revoked"));
  server.on("POST /api/v1/plugins/points/members/m-1/points", 201);
  auto report = client(0)->runOnce();
  EXPECT_EQ(report.retried, 1u);
  EXPECT_EQ(report.rejected, 0u);
  auto pending = OutboxQueue(*db).pending(10).value();
  ASSERT_EQ(pending.size(), 2u);
  EXPECT_EQ(pending[0].attempts, 1);
  EXPECT_THAT(*pending[0].lastError, HasSubstr("device_revoked"));
  // The credential is the lane's, not one sender's: no other sender goes either.
  EXPECT_TRUE(server.requestsTo("POST /api/v1/plugins/points/members/m-1/points").empty());
}

TEST_F(OutboxSenderTest, ASlowServerIsAFailedAttemptNotAHang) {
  queue("sale:1");
  server.on("POST /api/v1/sales", [](const auto&) {
    return postest::FakeStoreServer::Answer{201, "{}", {}, std::chrono::milliseconds(2500)};
  });
  auto s = settings();
  s.timeout = std::chrono::seconds(1);
  SyncClient sync(*db, outbox, clock, s, {"A"});
  auto report = sync.runOnce();
  EXPECT_EQ(report.retried, 1u);
  EXPECT_EQ(only().attempts, 1);
  EXPECT_THAT(sync.status().lastError, HasSubstr("went away while sending"));
}

// The poll interval is an hour: only the wake from the outbox can send within the test's time.
TEST_F(OutboxSenderTest, QueuingWakesTheThreadInsteadOfWaitingForThePoll) {
  auto s = settings();
  s.poll = std::chrono::seconds(3600);
  SyncClient sync(*db, outbox, clock, s, {"A"});
  sync.start();
  for (int i = 0; i < 500 && server.requestsTo("POST /api/v1/lanes/heartbeat").empty(); ++i) std::this_thread::sleep_for(milliseconds(10));
  ASSERT_EQ(server.requestsTo("POST /api/v1/lanes/heartbeat").size(), 1u) << "the first round runs at start";
  queue("sale:1");
  for (int i = 0; i < 1000 && outbox.backlog() != 0; ++i) std::this_thread::sleep_for(milliseconds(10));
  sync.stop();
  EXPECT_EQ(outbox.backlog(), 0u);
  EXPECT_EQ(server.requestsTo("POST /api/v1/sales").size(), 1u);
}

TEST_F(OutboxSenderTest, ARepeatedKeyDoesNotWakeTheThread) {
  int woken = 0;
  queue("sale:1");
  outbox.onQueued([&woken] { ++woken; });
  queue("sale:1");
  EXPECT_EQ(woken, 0);
  queue("sale:2");
  EXPECT_EQ(woken, 1);
}

TEST_F(OutboxSenderTest, TheThreadSendsWhatIsQueuedAndStops) {
  auto sync = client();
  queue("sale:1");
  sync->start();
  for (int i = 0; i < 500 && outbox.backlog() != 0; ++i) std::this_thread::sleep_for(milliseconds(10));
  sync->stop();
  EXPECT_EQ(outbox.backlog(), 0u);
}

}  // namespace
}  // namespace poscore::sync
