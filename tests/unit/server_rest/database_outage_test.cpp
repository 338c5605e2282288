// PostgreSQL taken away under a running server: points and lookups answer 503
// database_unavailable, /healthz 503 and pos_database_up 0; brought back, the same server writes
// again without a restart.
#include "rest_fixture.hpp"

namespace {
using postest::RestClient;

class DatabaseOutageTest : public postest::RestTest {
 protected:
  void SetUp() override {
    RestTest::SetUp();
    if (IsSkipped()) return;
    cluster_ = std::make_unique<postest::PrivatePostgresCluster>();
    target_ = cluster_->connInfo();
  }
  void TearDown() override {
    RestTest::TearDown();
    cluster_.reset();
  }

  std::unique_ptr<postest::PrivatePostgresCluster> cluster_;
};

TEST_P(DatabaseOutageTest, UnreachableDatabaseAnswers503AndTheSameServerRecovers) {
  startServer();
  const auto token = enrol(port(), "lane", "L01");
  RestClient lane(port(), token);
  const auto member = "/api/v1/members/" + std::to_string(addMember(lane, "88000001")) + "/points";
  ASSERT_EQ(lane.post(member, R"({"kind":"earn","points":10})", {{"Idempotency-Key", "before"}}).status, 201);

  cluster_->stop();
  const auto points = lane.post(member, R"({"kind":"earn","points":5})", {{"Idempotency-Key", "during"}});
  EXPECT_EQ(points.status, 503) << points.body;
  EXPECT_EQ(points.errorCode(), "database_unavailable") << points.body;
  const auto lookup = lane.get("/api/v1/members/lookup?card=88000001");
  EXPECT_EQ(lookup.status, 503) << lookup.body;
  EXPECT_EQ(lookup.errorCode(), "database_unavailable") << lookup.body;
  const auto health = lane.get("/healthz");
  EXPECT_EQ(health.status, 503);
  EXPECT_EQ(health.json()->getValue<std::string>("database"), "unavailable") << health.body;
  EXPECT_NE(lane.get("/metrics").body.find("\npos_database_up 0\n"), std::string::npos);

  cluster_->start();
  const auto again = lane.post(member, R"({"kind":"earn","points":5})", {{"Idempotency-Key", "during"}});
  EXPECT_EQ(again.status, 201) << again.body;
  EXPECT_EQ(again.json()->getObject("entry")->getValue<std::int64_t>("balance"), 15);
  EXPECT_EQ(lane.get("/healthz").status, 200);
  EXPECT_NE(lane.get("/metrics").body.find("\npos_database_up 1\n"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Postgres, DatabaseOutageTest, ::testing::Values(posserver::db::Dialect::Postgres),
                         postest::dialectName);

}  // namespace
