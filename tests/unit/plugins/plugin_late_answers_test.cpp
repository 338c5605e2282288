// SDK 1.3 through a real plugin library: a direct server call and a timer reach a running plugin
// on the UI thread, and nothing reaches it once its stop() has returned.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <thread>

#include "fake_store_server.hpp"
#include "lane_fixture.hpp"
#include "poscore/sync/sync_store.hpp"

namespace {

using namespace std::chrono_literals;
using ::testing::Contains;
using ::testing::HasSubstr;

class LateAnswers : public ::testing::Test {
 protected:
  LateAnswers() {
    server.on("GET /api/v1/plugins/late_answers/orders/1", [](const postest::FakeStoreServer::Request&) {
      return postest::FakeStoreServer::Answer{200, "{}", {}, 100ms};
    });
    lane.addPlugin("late_answers");
    lane.writeConfig(R"({"lane": {"id": "L01"}, "server": {"url": ")" + server.url() + R"(", "poll_seconds": 3600}})");
    std::filesystem::create_directories(lane.dataDir());
    poscore::LaneDb db(poscore::laneDbFileIn(lane.dataDir()));
    EXPECT_TRUE(poscore::sync::SyncStore(db).saveCredential({"d-7", "d-7.s3cret", "lane", "S001", "L01", "2026-11-22T10:00:00Z"}));
  }

  // Drains the dispatcher for a while (bounded generously: not a timing assertion) until `enough`.
  void drainUntil(const std::function<bool()>& enough) {
    for (int i = 0; i < 10'000 && !enough(); ++i) {
      if (lane.dispatcher.drain() == 0) std::this_thread::sleep_for(1ms);
    }
  }

  postest::FakeStoreServer server;
  postest::LaneFixture lane;
  std::vector<std::string> heard;
};

TEST_F(LateAnswers, AnswersAndTimersReachARunningPlugin) {
  auto rt = lane.make();
  auto sub = rt->bus().subscribe("test.late", [this](const possdk::BusMessage& m) { heard.push_back(m.payload); });
  rt->start();
  drainUntil([this] { return heard.size() >= 3; });
  EXPECT_THAT(heard, Contains(R"({"request":200})"));
  EXPECT_THAT(heard, Contains(R"({"timer":true})"));
  EXPECT_THAT(heard, Contains(R"({"approval":"refused"})")) << "the lane has no staff";
  const auto sent = server.requestsTo("GET /api/v1/plugins/late_answers/orders/1");
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].header("Authorization"), "Bearer d-7.s3cret");
  auto audited = rt->laneDb().query("SELECT actor, detail FROM audit WHERE action = 'supervisor.approval'");
  ASSERT_TRUE(audited) << audited.error();
  ASSERT_EQ(audited.value().size(), 1u);
  EXPECT_EQ(std::get<std::string>(audited.value()[0][0]), "host");
  EXPECT_THAT(std::get<std::string>(audited.value()[0][1]), HasSubstr(R"("plugin":"late_answers")"));
}

TEST_F(LateAnswers, NothingReachesAPluginAfterItsStopReturned) {
  auto rt = lane.make();
  auto sub = rt->bus().subscribe("test.late", [this](const possdk::BusMessage& m) { heard.push_back(m.payload); });
  rt->start();
  rt->stop();
  // Longer than the server takes to answer (100 ms) and the timer's delay (30 ms): by the end,
  // both answers have been posted, or dropped.
  for (int i = 0; i < 600; ++i) {
    lane.dispatcher.drain();
    std::this_thread::sleep_for(1ms);
  }
  EXPECT_EQ(heard, std::vector<std::string>{R"({"approval":"refused"})"}) << "published during start, before stop";
}

}  // namespace
