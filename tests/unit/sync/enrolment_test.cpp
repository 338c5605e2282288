#include "poscore/sync/enrolment.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <Poco/JSON/Parser.h>

#include "sync_fixture.hpp"

namespace poscore::sync {
namespace {

using ::testing::HasSubstr;

class EnrolmentTest : public postest::SyncFixture {};

TEST_F(EnrolmentTest, TheLaneEnrolsWithItsCodeAndKeepsTheCredential) {
  auto sync = client();
  auto report = sync->runOnce();
  EXPECT_TRUE(report.reached);
  auto enrols = server.requestsTo("POST /api/v1/enrol");
  ASSERT_EQ(enrols.size(), 1u);
  auto body = Poco::JSON::Parser().parse(enrols[0].body).extract<Poco::JSON::Object::Ptr>();
  EXPECT_EQ(body->getValue<std::string>("code"), "CODE-1");
  EXPECT_EQ(body->getValue<std::string>("name"), "Lane one");
  EXPECT_EQ(body->getValue<std::string>("lane_id"), "L01");
  EXPECT_TRUE(enrols[0].header("Authorization").empty());

  auto kept = SyncStore(*db).credential();
  ASSERT_TRUE(kept && kept.value());
  EXPECT_EQ(kept.value()->token, "d-7.s3cret");
  EXPECT_EQ(kept.value()->storeId, "S001");
  // Every later call carries the credential, and a restarted lane does not enrol again.
  EXPECT_EQ(server.requestsTo("POST /api/v1/lanes/heartbeat").at(0).header("Authorization"), "Bearer d-7.s3cret");
  sync.reset();
  client()->runOnce();
  EXPECT_EQ(server.requestsTo("POST /api/v1/enrol").size(), 1u);
  EXPECT_TRUE(client()->status().enrolled);
}

TEST_F(EnrolmentTest, ARefusedCodeIsReportedAndNotTriedAgain) {
  server.on("POST /api/v1/enrol", 403, postest::apiError(403, "enrolment_code_invalid", "code expired"));
  auto sync = client();
  sync->runOnce();
  auto status = sync->status();
  EXPECT_FALSE(status.enrolled);
  EXPECT_THAT(status.lastError, HasSubstr("refused enrolment code CODE-1"));
  EXPECT_THAT(status.lastError, HasSubstr("code expired"));
  EXPECT_THAT(status.lastError, HasSubstr("posctl server enrol"));
  // Neither the next round nor a restarted lane presents the same code again.
  sync->runOnce();
  client()->runOnce();
  EXPECT_EQ(server.requestsTo("POST /api/v1/enrol").size(), 1u);
  EXPECT_TRUE(server.requestsTo("POST /api/v1/lanes/heartbeat").empty());
  // A new code typed by the operator is tried.
  server.on("POST /api/v1/enrol", 201, postest::kCredential);
  auto retried = sync->enrolWith("CODE-2");
  EXPECT_EQ(retried.outcome, EnrolOutcome::Enrolled) << retried.message;
  EXPECT_TRUE(sync->status().enrolled);
}

TEST_F(EnrolmentTest, AServerThatIsDownIsTriedAgainNextRound) {
  server.stop();
  auto sync = client();
  auto report = sync->runOnce();
  EXPECT_FALSE(report.reached);
  EXPECT_FALSE(sync->status().online);
  EXPECT_THAT(sync->status().lastError, HasSubstr("cannot reach the server to enrol"));
  EXPECT_FALSE(SyncStore(*db).refusedCode().value().has_value());
  server.start();
  EXPECT_TRUE(sync->runOnce().reached);
  EXPECT_TRUE(sync->status().enrolled);
}

TEST_F(EnrolmentTest, AServerFailureIsNotARefusal) {
  server.on("POST /api/v1/enrol", 503, postest::apiError(503, "database_unavailable", "retry later"));
  auto sync = client();
  sync->runOnce();
  EXPECT_FALSE(SyncStore(*db).refusedCode().value().has_value());
  sync->runOnce();
  EXPECT_EQ(server.requestsTo("POST /api/v1/enrol").size(), 2u);
}

TEST_F(EnrolmentTest, WithoutACodeTheLaneSaysHowToEnrol) {
  auto s = settings();
  s.enrolmentCode.clear();
  SyncClient sync(*db, outbox, clock, s, {"A"});
  EXPECT_FALSE(sync.runOnce().reached);
  EXPECT_THAT(sync.status().lastError, HasSubstr("not enrolled"));
  EXPECT_TRUE(server.requests().empty());
}

TEST_F(EnrolmentTest, AnAnswerWithoutATokenIsNotKept) {
  server.on("POST /api/v1/enrol", 201, R"({"device_id":"d-7","role":"lane","store_id":"S001"})");
  auto sync = client();
  sync->runOnce();
  EXPECT_FALSE(SyncStore(*db).credential().value().has_value());
  EXPECT_THAT(sync->status().lastError, HasSubstr("\"token\""));
}

}  // namespace
}  // namespace poscore::sync
