// Direct calls against a real pos-server in process, with a plugin's server module mounted
// (notes_module): the lane's credential is accepted, the module's answers come back whatever their
// status, and the module sees the lane's device and role.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <optional>
#include <thread>

#include "poscore/services/clocks.hpp"
#include "poscore/sync/direct_calls.hpp"
#include "poscore/sync/enrolment.hpp"
#include "posserver/api/enrolment_codes.hpp"
#include "posserver/store_server.hpp"
#include "temp_dir.hpp"

namespace poscore::sync {
namespace {

using namespace std::chrono_literals;
using ::testing::HasSubstr;
using Reply = possdk::Result<possdk::ServerReply>;

class QuietLogger final : public possdk::Logger {
 public:
  void log(possdk::LogLevel, std::string_view) override {}
};

class DirectCallsRealServer : public ::testing::Test {
 protected:
  DirectCallsRealServer() {
    std::filesystem::create_directories(dir / "plugins");
    std::filesystem::copy(std::filesystem::path(POS_TEST_PLUGIN_DIR) / "notes_module", dir / "plugins" / "notes_module",
                          std::filesystem::copy_options::recursive);
    posserver::StoreServerSetup setup;
    setup.database = {posserver::db::Dialect::Sqlite, (dir / "server.db").string()};
    setup.service.port = 0;
    setup.service.threads = 4;
    setup.stateDir = dir / "server-state";
    setup.pluginDirs = {dir / "plugins"};
    server = std::make_unique<posserver::StoreServer>(std::move(setup), serverClock, log);
    server->start();
    settings.url = "http://127.0.0.1:" + std::to_string(server->port());
    settings.laneId = "T01";
  }
  ~DirectCallsRealServer() override {
    calls.reset();
    server->stop();
  }

  void enrol() {
    auto made = posserver::api::makeEnrolmentCode(server->database(), serverClock, {"lane", "S001", std::string("T01")});
    ASSERT_TRUE(made) << made.error();
    ServerLink link(settings.url, {}, 5s);
    SyncStore store(db);
    auto enrolled = sync::enrol(link, store, made.value().code, "Test lane", "T01", "2026-11-22T10:00:00Z");
    ASSERT_EQ(enrolled.outcome, EnrolOutcome::Enrolled) << enrolled.message;
  }

  Reply ask(const std::string& method, const std::string& path) {
    std::optional<Reply> reply;
    calls->request("notes_module", nullptr, method, path, "", 5s, [&](Reply r) { reply = std::move(r); });
    for (int i = 0; i < 20'000 && !reply; ++i) {
      if (dispatcher.drain() == 0) std::this_thread::sleep_for(1ms);
    }
    return reply ? *reply : Reply::fail("no answer reached done");
  }

  postest::TempDir dir;
  SystemClock serverClock;
  QuietLogger log;
  std::unique_ptr<posserver::StoreServer> server;
  SyncSettings settings;
  LaneDb db{dir / "lane.db"};
  QueueDispatcher dispatcher;
  std::unique_ptr<DirectCalls> calls;
};

TEST_F(DirectCallsRealServer, TheModuleAnswersTheEnrolledLane) {
  enrol();
  calls = std::make_unique<DirectCalls>(db, dispatcher, settings);
  auto echoed = ask("GET", "/echo/bag");
  ASSERT_TRUE(echoed) << echoed.error();
  EXPECT_EQ(echoed.value().status, 200) << echoed.value().body;
  EXPECT_THAT(echoed.value().body, HasSubstr(R"("word":"bag")"));
  EXPECT_THAT(echoed.value().body, HasSubstr(R"("role":"lane")"));
}

TEST_F(DirectCallsRealServer, TheModulesRefusalIsAReply) {
  enrol();
  calls = std::make_unique<DirectCalls>(db, dispatcher, settings);
  auto refused = ask("GET", "/count");  // admins only
  ASSERT_TRUE(refused) << refused.error();
  EXPECT_EQ(refused.value().status, 403) << refused.value().body;
}

TEST_F(DirectCallsRealServer, ALaneNotEnrolledIsNotSent) {
  calls = std::make_unique<DirectCalls>(db, dispatcher, settings);
  auto refused = ask("GET", "/echo/bag");
  ASSERT_FALSE(refused);
  EXPECT_THAT(refused.error(), HasSubstr("not enrolled"));
}

}  // namespace
}  // namespace poscore::sync
