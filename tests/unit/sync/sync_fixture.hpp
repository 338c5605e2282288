#pragma once
#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <string>

#include "fake_store_server.hpp"
#include "poscore/services/clocks.hpp"
#include "poscore/services/lane_db.hpp"
#include "poscore/services/outbox.hpp"
#include "poscore/sync/sync_client.hpp"
#include "temp_dir.hpp"

namespace postest {

inline constexpr const char* kNoChanges = R"({"changes":[],"next_since":0,"latest":0,"more":false})";
inline constexpr const char* kCredential =
    R"({"device_id":"d-7","token":"d-7.s3cret","role":"lane","store_id":"S001","lane_id":"L01"})";

// For facades whose direct calls a test does not make.
inline const poscore::DirectRequest kNoDirectCalls = [](auto&&...) {};

inline std::string apiError(int status, const std::string& code, const std::string& message) {
  return R"({"error":{"status":)" + std::to_string(status) + R"(,"code":")" + code + R"(","field":"","message":")" +
         message + R"("}})";
}

// A lane database, a hand-moved clock and a fake store server answering like a healthy pos-server
// (enrolment, heartbeat, no catalog changes); tests change the routes they are about.
class SyncFixture : public ::testing::Test {
 protected:
  SyncFixture() {
    server.on("POST /api/v1/enrol", 201, kCredential);
    server.on("POST /api/v1/lanes/heartbeat", 200, R"({"server_time":"2026-11-22T10:00:00Z"})");
    server.on("GET /api/v1/catalog/changes", 200, kNoChanges);
    server.on("POST /api/v1/sales", 201, R"({"status":"stored"})");
  }

  poscore::sync::SyncSettings settings() const {
    poscore::sync::SyncSettings s;
    s.url = server.url();
    s.enrolmentCode = "CODE-1";
    s.laneId = "L01";
    s.laneName = "Lane one";
    s.timeout = std::chrono::seconds(5);
    return s;
  }

  // A client whose jitter draws `draw` every time, so the schedule is known.
  std::unique_ptr<poscore::sync::SyncClient> client(std::uint64_t draw = 700) {
    poscore::sync::SyncClientOptions options;
    options.random = [draw] { return draw; };
    return std::make_unique<poscore::sync::SyncClient>(*db, outbox, clock, settings(), std::set<std::string>{"A", "B", "C"},
                                                       options);
  }

  std::string queue(const std::string& key, const std::string& plugin = "core", const std::string& path = "/sales") {
    auto id = outbox.enqueue(plugin, path, R"({"key":")" + key + "\"}", key);
    EXPECT_TRUE(id) << id.error();
    return id ? id.value() : "";
  }

  TempDir dir;
  std::unique_ptr<poscore::LaneDb> db = std::make_unique<poscore::LaneDb>(dir / "lane.db");
  poscore::ManualClock clock{std::chrono::system_clock::time_point(std::chrono::hours(24 * 365 * 56))};
  poscore::Outbox outbox{*db, clock};
  FakeStoreServer server;
};

}  // namespace postest
