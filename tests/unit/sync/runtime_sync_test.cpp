#include <gtest/gtest.h>

#include <fstream>
#include <thread>

#include "lane_fixture.hpp"
#include "poscore/runtime.hpp"
#include "sync_fixture.hpp"

namespace poscore::sync {
namespace {

class RuntimeSyncTest : public postest::SyncFixture {
 protected:
  std::unique_ptr<Runtime> runtime(const std::string& settings) {
    std::ofstream(dir / "lane.json") << settings;
    RuntimeOptions options;
    options.configFile = dir / "lane.json";
    options.dataDir = dir / "data";
    options.mode = "headless";
    return std::make_unique<Runtime>(options, dispatcher, ui);
  }
  QueueDispatcher dispatcher;
  postest::RecordingUi ui;
};

TEST_F(RuntimeSyncTest, WithoutServerSettingsTheLaneIsOffline) {
  auto rt = runtime(R"({"lane":{"id":"L01"}})");
  EXPECT_EQ(rt->syncClient(), nullptr);
  EXPECT_FALSE(rt->outbox().facadeFor("points", postest::kNoDirectCalls)->online());
}

TEST_F(RuntimeSyncTest, TheRuntimeRunsTheSyncClientFromStartToStop) {
  auto rt = runtime(R"({"lane":{"id":"L01"},"server":{"url":")" + server.url() + R"(","enrolment_code":"CODE-1"}})");
  ASSERT_NE(rt->syncClient(), nullptr);
  auto plugin = rt->outbox().facadeFor("points", postest::kNoDirectCalls);
  rt->start();
  for (int i = 0; i < 500 && !plugin->online(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  EXPECT_TRUE(plugin->online());
  EXPECT_TRUE(rt->syncClient()->status().enrolled);
  rt->stop();
  const auto heard = server.requests().size();
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_EQ(server.requests().size(), heard) << "a stopped lane sends nothing";
}

TEST_F(RuntimeSyncTest, BadServerSettingsStopTheLaneWithTheKey) {
  try {
    runtime(R"({"lane":{"id":"L01"},"server":{"url":"ftp://x"}})");
    FAIL() << "bad settings were taken";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("server.url"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace poscore::sync
