#include "poscore/services/audit_log.hpp"

#include <gtest/gtest.h>

#include "poscore/services/clocks.hpp"
#include "temp_dir.hpp"

namespace poscore {
namespace {

using namespace std::chrono_literals;

// 2026-11-22T10:00:00.123Z
const std::chrono::system_clock::time_point kStart{std::chrono::milliseconds{1795341600123}};

TEST(AuditLog, RecordsTimeActorActionAndDetail) {
  postest::TempDir dir;
  LaneDb db(dir / "lane.db");
  ManualClock clock(kStart);
  AuditLog audit(db, clock);

  ASSERT_TRUE(audit.record("host", "lane.unlocked", R"({"by":"tech-7"})"));
  clock.advance(1500ms);
  ASSERT_TRUE(audit.facadeFor("points")->record("reward.redeemed", R"({"code":"R-1"})"));

  auto rows = db.query("SELECT at, actor, action, detail FROM audit ORDER BY id");
  ASSERT_TRUE(rows) << rows.error();
  EXPECT_EQ(rows.value(), (std::vector<possdk::SqlRow>{
                              {std::string("2026-11-22T10:00:00.123Z"), std::string("host"),
                               std::string("lane.unlocked"), std::string(R"({"by":"tech-7"})")},
                              {std::string("2026-11-22T10:00:01.623Z"), std::string("points"),
                               std::string("reward.redeemed"), std::string(R"({"code":"R-1"})")},
                          }));
}

TEST(AuditLog, AFailedWriteIsReportedToTheCaller) {
  postest::TempDir dir;
  LaneDb db(dir / "lane.db");
  ManualClock clock(kStart);
  AuditLog audit(db, clock);
  ASSERT_TRUE(db.exec("DROP TABLE audit"));
  ::testing::internal::CaptureStderr();
  auto recorded = audit.facadeFor("points")->record("reward.redeemed", "{}");
  const auto logged = ::testing::internal::GetCapturedStderr();
  ASSERT_FALSE(recorded);
  EXPECT_NE(recorded.error().find("audit record 'reward.redeemed' not written"), std::string::npos);
  EXPECT_NE(logged.find("lost the audit record"), std::string::npos);
}

}  // namespace
}  // namespace poscore
