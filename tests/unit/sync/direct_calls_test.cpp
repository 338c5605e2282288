// Plugins' direct calls (ServerClient::request) against a stand-in server: every answer, whatever
// its status, and every reason no answer came, reaches `done` once, on the dispatcher's thread.
#include "poscore/sync/direct_calls.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <future>
#include <optional>
#include <vector>
#include <thread>

#include "sync_fixture.hpp"

namespace poscore::sync {
namespace {

using namespace std::chrono_literals;
using ::testing::HasSubstr;
using Reply = possdk::Result<possdk::ServerReply>;

class DirectCallsTest : public postest::SyncFixture {
 protected:
  void enrol() {
    SyncStore store(*db);
    ASSERT_TRUE(store.saveCredential({"d-7", "d-7.s3cret", "lane", "S001", "L01", "2026-11-22T10:00:00Z"}));
  }

  std::unique_ptr<DirectCalls> calls(std::optional<SyncSettings> s, DirectCallLimits limits = {}) {
    return std::make_unique<DirectCalls>(*db, dispatcher, std::move(s), limits);
  }

  // What `done` was given and on which thread; drains the dispatcher until it has run (bounded
  // generously: not a timing assertion).
  struct Outcome {
    std::optional<Reply> reply;
    std::thread::id thread;
    int runs = 0;
  };
  DirectCalls::Done recordInto(Outcome& outcome) {
    return [&outcome](Reply reply) {
      outcome.reply = std::move(reply);
      outcome.thread = std::this_thread::get_id();
      ++outcome.runs;
    };
  }
  void drainUntil(const Outcome& outcome) {
    for (int i = 0; i < 20'000 && outcome.runs == 0; ++i) {
      if (dispatcher.drain() == 0) std::this_thread::sleep_for(1ms);
    }
  }

  std::shared_ptr<std::atomic<bool>> alive = std::make_shared<std::atomic<bool>>(true);
  QueueDispatcher dispatcher;
};

TEST_F(DirectCallsTest, A200ReachesDoneOnTheDispatchersThreadWithTheLanesCredential) {
  enrol();
  server.on("GET /api/v1/plugins/weighing/orders/O-1", 200, R"({"id":"O-1","status":"paid"})");
  auto direct = calls(settings());
  Outcome outcome;
  direct->request("weighing", alive, "GET", "/orders/O-1", "", 2s, recordInto(outcome));
  drainUntil(outcome);
  ASSERT_EQ(outcome.runs, 1);
  ASSERT_TRUE(*outcome.reply) << outcome.reply->error();
  EXPECT_EQ(outcome.reply->value().status, 200);
  EXPECT_EQ(outcome.reply->value().body, R"({"id":"O-1","status":"paid"})");
  EXPECT_EQ(outcome.thread, std::this_thread::get_id());
  const auto sent = server.requestsTo("GET /api/v1/plugins/weighing/orders/O-1");
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].header("Authorization"), "Bearer d-7.s3cret");
  EXPECT_EQ(sent[0].body, "");
}

TEST_F(DirectCallsTest, AnErrorStatusIsAReplyNotAFailure) {
  enrol();
  server.on("POST /api/v1/plugins/weighing/orders/O-2/submit", 409, postest::apiError(409, "conflict", "already paid"));
  auto direct = calls(settings());
  Outcome outcome;
  direct->request("weighing", alive, "POST", "/orders/O-2/submit", R"({"by":"lane"})", 2s, recordInto(outcome));
  drainUntil(outcome);
  ASSERT_EQ(outcome.runs, 1);
  ASSERT_TRUE(*outcome.reply) << outcome.reply->error();
  EXPECT_EQ(outcome.reply->value().status, 409);
  EXPECT_THAT(outcome.reply->value().body, HasSubstr("already paid"));
  const auto sent = server.requestsTo("POST /api/v1/plugins/weighing/orders/O-2/submit");
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].body, R"({"by":"lane"})");
  EXPECT_EQ(sent[0].header("Content-Type"), "application/json");
}

TEST_F(DirectCallsTest, ALaneWithoutAServerFailsSayingSo) {
  auto direct = calls(std::nullopt);
  Outcome outcome;
  direct->request("weighing", alive, "GET", "/orders/O-1", "", 2s, recordInto(outcome));
  drainUntil(outcome);
  ASSERT_EQ(outcome.runs, 1);
  ASSERT_FALSE(*outcome.reply);
  EXPECT_THAT(outcome.reply->error(), HasSubstr("no store server is configured"));
}

TEST_F(DirectCallsTest, ALaneNotYetEnrolledFailsSayingSo) {
  auto direct = calls(settings());
  Outcome outcome;
  direct->request("weighing", alive, "GET", "/orders/O-1", "", 2s, recordInto(outcome));
  drainUntil(outcome);
  ASSERT_EQ(outcome.runs, 1);
  ASSERT_FALSE(*outcome.reply);
  EXPECT_THAT(outcome.reply->error(), HasSubstr("not enrolled"));
  EXPECT_TRUE(server.requests().empty());
}

TEST_F(DirectCallsTest, AServerThatIsDownIsAFailure) {
  enrol();
  server.stop();
  auto direct = calls(settings());
  Outcome outcome;
  direct->request("weighing", alive, "GET", "/orders/O-1", "", 2s, recordInto(outcome));
  drainUntil(outcome);
  ASSERT_EQ(outcome.runs, 1);
  ASSERT_FALSE(*outcome.reply);
  EXPECT_THAT(outcome.reply->error(), HasSubstr("no answer"));
}

TEST_F(DirectCallsTest, AServerThatDoesNotAnswerInTimeIsATimeout) {
  enrol();
  server.on("GET /api/v1/plugins/weighing/orders/O-1", [](const postest::FakeStoreServer::Request&) {
    return postest::FakeStoreServer::Answer{200, "{}", {}, 3s};
  });
  auto direct = calls(settings());
  Outcome outcome;
  direct->request("weighing", alive, "GET", "/orders/O-1", "", 200ms, recordInto(outcome));
  drainUntil(outcome);
  ASSERT_EQ(outcome.runs, 1);
  ASSERT_FALSE(*outcome.reply);
  EXPECT_THAT(outcome.reply->error(), HasSubstr("timed out, no answer within 200 ms"));
}

TEST_F(DirectCallsTest, AnAnswerLongerThanTheLimitIsAFailure) {
  enrol();
  server.on("GET /api/v1/plugins/weighing/orders", 200, R"({"orders":")" + std::string(200, 'x') + "\"}");
  DirectCallLimits limits;
  limits.maxReplyBytes = 100;
  auto direct = calls(settings(), limits);
  Outcome outcome;
  direct->request("weighing", alive, "GET", "/orders", "", 2s, recordInto(outcome));
  drainUntil(outcome);
  ASSERT_EQ(outcome.runs, 1);
  ASSERT_FALSE(*outcome.reply);
  EXPECT_THAT(outcome.reply->error(), HasSubstr("longer than the lane takes (100 bytes)"));
}

TEST_F(DirectCallsTest, BadArgumentsAreRefusedWithoutSendingAnything) {
  enrol();
  auto direct = calls(settings());
  const struct {
    std::string method, path, body;
    std::chrono::milliseconds timeout;
    std::string why;
  } cases[] = {
      {"FETCH", "/orders", "", 2s, "method 'FETCH' is not one of GET, POST, PUT, PATCH, DELETE"},
      {"GET", "orders", "", 2s, "must start with '/'"},
      {"GET", "/orders/a b", "", 2s, "byte 32 at position 10"},
      {"POST", "/orders", "{not json", 2s, "body is not a JSON object or array"},
      {"GET", "/orders", "", 0ms, "timeout is 0 ms"},
      {"GET", "/orders", "", 60'001ms, "timeout is 60001 ms, over the 60000 ms a call may hold a worker"},
  };
  for (const auto& c : cases) {
    Outcome outcome;
    direct->request("weighing", alive, c.method, c.path, c.body, c.timeout, recordInto(outcome));
    drainUntil(outcome);
    ASSERT_EQ(outcome.runs, 1) << c.why;
    ASSERT_FALSE(*outcome.reply) << c.why;
    EXPECT_THAT(outcome.reply->error(), HasSubstr(c.why));
  }
  EXPECT_TRUE(server.requests().empty());
}

// The plugin's stop() returned while the answer was on its way: the answer is dropped.
TEST_F(DirectCallsTest, DoneNeverRunsOnceThePluginHasStopped) {
  enrol();
  server.on("GET /api/v1/plugins/weighing/orders/O-1", 200, "{}");
  auto direct = calls(settings());
  Outcome outcome;
  direct->request("weighing", alive, "GET", "/orders/O-1", "", 2s, recordInto(outcome));
  *alive = false;
  direct.reset();  // joins the workers: every answer has been posted by now
  dispatcher.drain();
  EXPECT_EQ(outcome.runs, 0);
}

TEST_F(DirectCallsTest, APluginHasAtMostItsShareOfCallsWaiting) {
  enrol();
  server.on("GET /api/v1/plugins/weighing/slow", [](const postest::FakeStoreServer::Request&) {
    return postest::FakeStoreServer::Answer{200, "{}", {}, 300ms};
  });
  DirectCallLimits limits;
  limits.workers = 2;
  limits.perPlugin = 1;
  auto direct = calls(settings(), limits);
  Outcome first, second, other;
  direct->request("weighing", alive, "GET", "/slow", "", 5s, recordInto(first));
  direct->request("weighing", alive, "GET", "/slow", "", 5s, recordInto(second));
  direct->request("exitlane", alive, "GET", "/slow", "", 5s, recordInto(other));
  drainUntil(second);
  ASSERT_FALSE(*second.reply);
  EXPECT_THAT(second.reply->error(), HasSubstr("1 calls are already waiting"));
  drainUntil(first);
  drainUntil(other);
  ASSERT_TRUE(*first.reply) << first.reply->error();
  EXPECT_EQ(first.reply->value().status, 200);
  ASSERT_TRUE(*other.reply) << other.reply->error();
  EXPECT_EQ(other.reply->value().status, 404);  // another plugin's mount: its own share, its own answer
}

TEST_F(DirectCallsTest, TheLongestTimeoutIsTaken) {
  enrol();
  server.on("GET /api/v1/plugins/weighing/orders/O-1", 200, "{}");
  auto direct = calls(settings());
  Outcome outcome;
  direct->request("weighing", alive, "GET", "/orders/O-1", "", 60s, recordInto(outcome));
  drainUntil(outcome);
  ASSERT_EQ(outcome.runs, 1);
  ASSERT_TRUE(*outcome.reply) << outcome.reply->error();
  EXPECT_EQ(outcome.reply->value().status, 200);
}

TEST_F(DirectCallsTest, LimitsThatLetOnePluginHoldEveryWorkerAreRefused) {
  DirectCallLimits limits;
  limits.workers = 2;
  limits.perPlugin = 2;
  EXPECT_THROW(calls(settings(), limits), std::invalid_argument);
  limits.perPlugin = 0;
  EXPECT_THROW(calls(settings(), limits), std::invalid_argument);
  limits.perPlugin = 1;
  limits.maxTimeout = 0ms;
  EXPECT_THROW(calls(settings(), limits), std::invalid_argument);
}

// With the lane's own limits, a plugin whose calls all hang on the server still leaves a worker
// for another plugin. The hanging calls wait on a gate the test opens, not on the clock.
TEST_F(DirectCallsTest, APluginWithEveryCallHangingLeavesAWorkerForTheOthers) {
  enrol();
  std::promise<void> open;
  std::shared_future<void> gate = open.get_future().share();
  server.on("GET /api/v1/plugins/weighing/held", [gate](const postest::FakeStoreServer::Request&) {
    gate.wait();
    return postest::FakeStoreServer::Answer{200, "{}", {}, {}};
  });
  server.on("GET /api/v1/plugins/exitlane/quick", 200, R"({"quick":true})");
  auto direct = calls(settings());
  const DirectCallLimits defaults;
  std::vector<Outcome> held(defaults.perPlugin);
  for (auto& outcome : held) direct->request("weighing", alive, "GET", "/held", "", 30s, recordInto(outcome));
  Outcome refused, other;
  direct->request("weighing", alive, "GET", "/held", "", 30s, recordInto(refused));
  direct->request("exitlane", alive, "GET", "/quick", "", 30s, recordInto(other));
  drainUntil(other);
  const int heldRunsWhileOtherAnswered = held.front().runs + held.back().runs;
  open.set_value();
  for (auto& outcome : held) drainUntil(outcome);

  ASSERT_EQ(other.runs, 1);
  ASSERT_TRUE(*other.reply) << other.reply->error();
  EXPECT_EQ(other.reply->value().body, R"({"quick":true})");
  EXPECT_EQ(heldRunsWhileOtherAnswered, 0);
  drainUntil(refused);
  ASSERT_FALSE(*refused.reply);
  EXPECT_THAT(refused.reply->error(), HasSubstr(std::to_string(defaults.perPlugin) + " calls are already waiting"));
  for (auto& outcome : held) {
    ASSERT_TRUE(*outcome.reply) << outcome.reply->error();
    EXPECT_EQ(outcome.reply->value().status, 200);
  }
}

}  // namespace
}  // namespace poscore::sync
