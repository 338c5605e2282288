// Enrolment, credentials, the device list, revocation and the heartbeat.
#include <Poco/JSON/Object.h>

#include <algorithm>
#include <atomic>

#include "api_fixture.hpp"
#include "posserver/api/enrolment_codes.hpp"

namespace {
using postest::ApiTest;

class DevicesTest : public ApiTest {
 protected:
  std::string code(const std::string& role, const std::optional<std::string>& lane = std::nullopt, std::int64_t ttl = 60) {
    auto made = posserver::api::makeEnrolmentCode(**database_, clock_, {role, "S001", lane, ttl});
    EXPECT_TRUE(made.isOk()) << made.error();
    return made.value().code;
  }
};

TEST_P(DevicesTest, AdminCodeEnrolsALaneWhoseTokenWorks) {
  const auto admin = enrol("admin");
  const auto made = call("POST", "/api/v1/enrolment-codes", R"({"role":"lane","store_id":"S001","lane_id":"L01"})", admin);
  ASSERT_EQ(made.status, 201) << made.body;
  const auto code = made.json()->getValue<std::string>("code");
  EXPECT_EQ(made.json()->getValue<std::string>("expires_at"), "2026-11-19T11:06:40Z");  // 1440 minutes on

  // Typed in lower case with the letters people mistake for digits: still the same code.
  std::string typed = code;
  for (auto& c : typed) c = static_cast<char>(c == '1' ? 'l' : c == '0' ? 'o' : std::tolower(c));
  const auto enrolled = call("POST", "/api/v1/enrol", R"({"code":")" + typed + R"(","name":"Lane 1"})");
  ASSERT_EQ(enrolled.status, 201) << enrolled.body;
  const auto device = enrolled.json();
  EXPECT_EQ(device->getValue<std::string>("role"), "lane");
  EXPECT_EQ(device->getValue<std::string>("lane_id"), "L01");
  const auto token = device->getValue<std::string>("token");
  EXPECT_EQ(token.rfind(device->getValue<std::string>("device_id") + ".", 0), 0u);
  EXPECT_EQ(call("GET", "/api/v1/stores", "", token).status, 200);

  // Only the hash of the secret is stored.
  const auto secret = token.substr(token.find('.') + 1);
  auto stored = (*database_)->query("SELECT secret_hash FROM devices WHERE role = 'lane'");
  ASSERT_TRUE(stored.isOk());
  EXPECT_EQ(std::get<std::string>(stored.value().at(0).at(0)).size(), 64u);
  EXPECT_EQ(std::get<std::string>(stored.value().at(0).at(0)).find(secret), std::string::npos);
}

TEST_P(DevicesTest, ACodeIsSpentOnceAndExpires) {
  const auto once = code("kiosk", "K01");
  ASSERT_EQ(call("POST", "/api/v1/enrol", R"({"code":")" + once + R"(","name":"Kiosk"})").status, 201);
  const auto before = tableCounts();
  const auto again = call("POST", "/api/v1/enrol", R"({"code":")" + once + R"(","name":"Kiosk"})");
  EXPECT_EQ(again.status, 403);
  EXPECT_EQ(again.errorCode(), "enrolment_code_invalid");
  EXPECT_EQ(again.errorField(), "code");

  const auto late = code("kiosk", "K02", 1);
  clock_.advance(std::chrono::minutes(1));
  EXPECT_EQ(call("POST", "/api/v1/enrol", R"({"code":")" + late + R"(","name":"Kiosk"})").errorCode(), "enrolment_code_invalid");
  EXPECT_EQ(call("POST", "/api/v1/enrol", R"({"code":"ABCD-EFGH-JKMN-PQRS","name":"Kiosk"})").status, 403);
  auto after = tableCounts();
  after["enrolment_codes"] -= 1;  // the late code itself
  EXPECT_EQ(after, before);
}

TEST_P(DevicesTest, ACodeRacedByManyDevicesEnrolsExactlyOne) {
  const auto shared = code("lane", "L07");
  constexpr int kRacers = 8;  // below the per-address enrolment limit, so every refusal is the code's
  std::atomic<int> enrolled{0}, refused{0}, other{0};
  runTogether(kRacers, [&](int i) {
    const auto answer = call("POST", "/api/v1/enrol", R"({"code":")" + shared + R"(","name":"racer )" + std::to_string(i) + R"("})");
    (answer.status == 201 ? enrolled : answer.errorCode() == "enrolment_code_invalid" ? refused : other)++;
  });
  EXPECT_EQ(enrolled, 1);
  EXPECT_EQ(refused, kRacers - 1);
  EXPECT_EQ(other, 0);
  EXPECT_EQ(count("devices"), 1);
}

TEST_P(DevicesTest, EnrolmentIsRateLimitedPerAddress) {
  int limited = 0;
  for (int i = 0; i < 11; ++i) {
    const auto answer = call("POST", "/api/v1/enrol", R"({"code":"ABCD-EFGH-JKMN-PQRS","name":"guess"})");
    if (answer.status == 429) ++limited;
  }
  EXPECT_EQ(limited, 1);
}

TEST_P(DevicesTest, ALaneCodeWithoutALaneNeedsOneFromTheDevice) {
  const auto open = code("lane");
  const auto before = tableCounts();
  const auto refused = call("POST", "/api/v1/enrol", R"({"code":")" + open + R"(","name":"Lane"})");
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(refused.errorCode(), "missing_field");
  EXPECT_EQ(refused.errorField(), "lane_id");
  EXPECT_EQ(tableCounts(), before);  // the code is not spent by a refused enrolment
  const auto enrolled = call("POST", "/api/v1/enrol", R"({"code":")" + open + R"(","name":"Lane","lane_id":"L09"})");
  ASSERT_EQ(enrolled.status, 201) << enrolled.body;
  EXPECT_EQ(enrolled.json()->getValue<std::string>("lane_id"), "L09");
}

TEST_P(DevicesTest, ADeviceWithoutALaneCannotAskForOne) {
  const auto technician = code("technician");
  const auto before = tableCounts();
  const auto refused = call("POST", "/api/v1/enrol", R"({"code":")" + technician + R"(","name":"PC","lane_id":"L01"})");
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(refused.errorField(), "lane_id");
  EXPECT_EQ(tableCounts(), before);
}

TEST_P(DevicesTest, EnrolmentCodeRequestsAreChecked) {
  const auto admin = enrol("admin");
  const auto lane = enrol("lane", "S001", "L01");
  const auto before = tableCounts();
  struct Case {
    std::string body, token;
    int status;
    std::string code, field;
  };
  const std::vector<Case> cases{
      {R"({"role":"cashier","store_id":"S001"})", admin, 422, "invalid_field", "role"},
      {R"({"role":"lane","store_id":"S 001"})", admin, 422, "invalid_field", "store_id"},
      {R"({"role":"lane"})", admin, 422, "missing_field", "store_id"},
      {R"({"role":"lane","store_id":"S001","ttl_minutes":10081})", admin, 422, "invalid_field", "ttl_minutes"},
      {R"({"role":"lane","store_id":"S001","ttl_minutes":"60"})", admin, 422, "invalid_field", "ttl_minutes"},
      {R"({"role":"lane","store_id":"S001","colour":"red"})", admin, 422, "unknown_field", "colour"},
      {R"({"role":"technician","store_id":"S001","lane_id":"L01"})", admin, 422, "invalid_field", "lane_id"},
      {R"({"role":"lane",)", admin, 400, "malformed_json", ""},
      {R"({"role":"lane","store_id":"S001"})", lane, 403, "forbidden", ""},
      {R"({"role":"lane","store_id":"S001"})", "", 401, "unauthenticated", "Authorization"},
  };
  for (const auto& c : cases) {
    const auto answer = call("POST", "/api/v1/enrolment-codes", c.body, c.token);
    EXPECT_EQ(answer.status, c.status) << c.body << " -> " << answer.body;
    EXPECT_EQ(answer.errorCode(), c.code) << c.body;
    EXPECT_EQ(answer.errorField(), c.field) << c.body;
  }
  EXPECT_EQ(tableCounts(), before);
}

TEST_P(DevicesTest, TokensAreCheckedAndRevocationIsFinal) {
  const auto admin = enrol("admin");
  const auto lane = enrol("lane", "S001", "L01");
  const auto laneId = lane.substr(0, lane.find('.'));
  for (const auto& bad : {std::string("nonsense"), laneId + ".wrong-secret", "99999." + lane.substr(lane.find('.') + 1)}) {
    const auto answer = call("GET", "/api/v1/stores", "", bad);
    EXPECT_EQ(answer.status, 401) << bad;
    EXPECT_EQ(answer.errorCode(), "unauthenticated") << bad;
  }
  const auto revoked = call("POST", "/api/v1/devices/" + laneId + "/revoke", "", admin);
  ASSERT_EQ(revoked.status, 200) << revoked.body;
  EXPECT_FALSE(revoked.json()->getObject("device")->isNull("revoked_at"));
  const auto refused = call("GET", "/api/v1/stores", "", lane);
  EXPECT_EQ(refused.status, 401);
  EXPECT_EQ(refused.errorCode(), "device_revoked");
  // A wrong secret for a revoked device learns nothing about it.
  EXPECT_EQ(call("GET", "/api/v1/stores", "", laneId + ".wrong").errorCode(), "unauthenticated");
  EXPECT_EQ(call("POST", "/api/v1/devices/424242/revoke", "", admin).errorCode(), "device_not_found");
  EXPECT_EQ(call("POST", "/api/v1/devices/" + laneId + "/revoke", "", lane).errorCode(), "device_revoked");
}

TEST_P(DevicesTest, LastSeenIsWrittenAtMostOnceAMinute) {
  const auto lane = enrol("lane", "S001", "L01");
  const auto lastSeen = [&] {
    auto rows = (*database_)->query("SELECT last_seen_at FROM devices WHERE role = 'lane'");
    return std::get<std::int64_t>(rows.value().at(0).at(0));
  };
  ASSERT_EQ(call("GET", "/api/v1/stores", "", lane).status, 200);
  const auto first = lastSeen();
  clock_.advance(std::chrono::seconds(59));
  ASSERT_EQ(call("GET", "/api/v1/stores", "", lane).status, 200);
  EXPECT_EQ(lastSeen(), first);
  clock_.advance(std::chrono::seconds(1));
  ASSERT_EQ(call("GET", "/api/v1/stores", "", lane).status, 200);
  EXPECT_EQ(lastSeen(), first + 60);
}

// last_seen_at is bookkeeping: a read must not answer 500 because the write beside it failed.
TEST_P(DevicesTest, AFailedLastSeenWriteIsLoggedAndTheRequestStillAnswers) {
  const auto lane = enrol("lane", "S001", "L01");
  const auto refuse = GetParam() == posserver::db::Dialect::Sqlite
                          ? std::string("CREATE TRIGGER refuse_seen BEFORE UPDATE OF last_seen_at ON devices "
                                        "BEGIN SELECT RAISE(ABORT, 'last seen refused'); END")
                          : std::string("CREATE FUNCTION refuse_seen() RETURNS trigger LANGUAGE plpgsql AS $$ "
                                        "BEGIN RAISE EXCEPTION 'last seen refused'; END; $$; "
                                        "CREATE TRIGGER refuse_seen BEFORE UPDATE OF last_seen_at ON devices "
                                        "FOR EACH ROW EXECUTE FUNCTION refuse_seen()");
  const auto installed = (*database_)->migrate("test-refuse-seen", {{1, "refuse last_seen_at", refuse}});
  ASSERT_TRUE(installed.isOk()) << installed.error();
  const auto answer = call("GET", "/api/v1/stores", "", lane);
  EXPECT_EQ(answer.status, 200) << answer.body;
  const auto lines = log_.lines();
  EXPECT_TRUE(std::any_of(lines.begin(), lines.end(), [](const std::string& line) {
    return line.find("last_seen_at") != std::string::npos && line.find("last seen refused") != std::string::npos;
  })) << "no log line names the failed write";
}

TEST_P(DevicesTest, HeartbeatFeedsTheBacklogGaugeAndTheDeviceList) {
  const auto admin = enrol("admin");
  const auto lane = enrol("lane", "S001", "L01");
  const auto beat = call("POST", "/api/v1/lanes/heartbeat", R"({"outbox_backlog":7,"oldest_pending_at":"2026-11-19T09:00:00Z"})", lane);
  ASSERT_EQ(beat.status, 200) << beat.body;
  EXPECT_EQ(beat.json()->getValue<std::string>("server_time"), "2026-11-18T11:06:40Z");
  const auto laneId = lane.substr(0, lane.find('.'));
  EXPECT_NE(metrics_.render().find("pos_outbox_backlog{device=\"" + laneId + "\",lane=\"L01\"} 7"), std::string::npos)
      << metrics_.render();
  const auto listed = call("GET", "/api/v1/devices", "", admin);
  ASSERT_EQ(listed.status, 200);
  const auto devices = listed.json()->getArray("devices");
  ASSERT_EQ(devices->size(), 2u);
  EXPECT_EQ(devices->getObject(1)->getValue<std::int64_t>("outbox_backlog"), 7);

  for (const auto& [body, field] : std::vector<std::pair<std::string, std::string>>{
           {R"({"outbox_backlog":-1})", "outbox_backlog"},
           {R"({})", "outbox_backlog"},
           {R"({"outbox_backlog":1,"oldest_pending_at":"yesterday"})", "oldest_pending_at"}}) {
    const auto refused = call("POST", "/api/v1/lanes/heartbeat", body, lane);
    EXPECT_EQ(refused.status, 422) << body;
    EXPECT_EQ(refused.errorField(), field) << body;
  }
  EXPECT_EQ(call("POST", "/api/v1/lanes/heartbeat", R"({"outbox_backlog":1})", admin).errorCode(), "forbidden");
  EXPECT_EQ(call("GET", "/api/v1/devices", "", lane).errorCode(), "forbidden");
}

TEST_P(DevicesTest, TheCommandLineCodeRefusesWhatTheRouteRefuses) {
  auto made = posserver::api::makeEnrolmentCode(**database_, clock_, {"lane", "S001", std::string("L 01"), 60});
  ASSERT_FALSE(made.isOk());
  EXPECT_NE(made.error().find("lane_id"), std::string::npos) << made.error();
  EXPECT_EQ(count("enrolment_codes"), 0);
}

POS_DATABASE_TEST_SUITE(DevicesTest);

}  // namespace
