// Host::approveSupervisor's rules: the counter's staff, lockout and wording, and an audit record of
// every attempt that never holds the PIN.
#include "poscore/counter/supervisor_approval.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "poscore/services/clocks.hpp"
#include "poscore/staff/demo_staff.hpp"
#include "poscore/staff/staff_rules.hpp"
#include "temp_dir.hpp"

namespace poscore::counter {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class SupervisorApproval : public ::testing::Test {
 protected:
  SupervisorApproval() { EXPECT_TRUE(staff::seedDemoStaff(staff)); }

  possdk::Result<std::string> approve(const std::string& id, const std::string& pin, const Catalogs* text = nullptr) {
    return approveForPlugin(staff, audit, text, "weighing", id, pin);
  }

  // (actor, action, detail) of every audit row, oldest first.
  std::vector<std::vector<std::string>> audited() {
    auto rows = db.query("SELECT actor, action, detail FROM audit ORDER BY id");
    EXPECT_TRUE(rows) << rows.error();
    std::vector<std::vector<std::string>> found;
    for (const auto& row : rows.value()) {
      found.push_back({std::get<std::string>(row.at(0)), std::get<std::string>(row.at(1)), std::get<std::string>(row.at(2))});
    }
    return found;
  }

  postest::TempDir dir;
  LaneDb db{dir / "lane.db"};
  ManualClock clock{std::chrono::system_clock::time_point(std::chrono::hours(24 * 365 * 56))};
  staff::StaffStore staff{db, clock};
  AuditLog audit{db, clock};
};

TEST_F(SupervisorApproval, TheDemoSupervisorIsApprovedByName) {
  auto approved = approve("9001", "9999");
  ASSERT_TRUE(approved) << approved.error();
  EXPECT_FALSE(approved.value().empty());
  const auto rows = audited();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0][0], "host");
  EXPECT_EQ(rows[0][1], "supervisor.approval");
  EXPECT_EQ(rows[0][2], R"({"accepted":true,"plugin":"weighing","refusal":"","supervisor":"9001"})");
}

TEST_F(SupervisorApproval, ACashierCannotApprove) {
  auto refused = approve("1001", "1234");
  ASSERT_FALSE(refused);
  EXPECT_THAT(refused.error(), HasSubstr("cashier"));
  ASSERT_EQ(audited().size(), 1u);
  EXPECT_THAT(audited()[0][2], HasSubstr(R"("refusal":"not_supervisor")"));
}

TEST_F(SupervisorApproval, AWrongPinIsRefusedAndAuditedWithoutThePin) {
  auto refused = approve("9001", "4711");
  ASSERT_FALSE(refused);
  const auto rows = audited();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0][2], R"({"accepted":false,"plugin":"weighing","refusal":"not_accepted","supervisor":"9001"})");
  EXPECT_THAT(rows[0][2], Not(HasSubstr("4711")));
}

// The same lock as at the counter: after the allowed wrong PINs even the right one is refused.
TEST_F(SupervisorApproval, WrongPinsLockTheSupervisorOut) {
  for (int i = 0; i < staff::kAttemptsBeforeLock; ++i) EXPECT_FALSE(approve("9001", "0000"));
  auto refused = approve("9001", "9999");
  ASSERT_FALSE(refused);
  EXPECT_THAT(audited().back()[2], HasSubstr(R"("refusal":"locked")"));
  EXPECT_FALSE(staff.authenticate("9001", "9999"));  // and the counter sees the same lock
}

TEST_F(SupervisorApproval, WithoutTheLanesCatalogsTheRefusalIsInEnglish) {
  auto refused = approve("9001", "0000");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error(), "Staff id or PIN not accepted; check both and try again (4 attempts left before the id locks)");
}

TEST_F(SupervisorApproval, TheRefusalIsInTheLanesLanguage) {
  Catalogs catalogs;
  catalogs.addDomain(Catalogs::kHostDomain, POS_BINARY_DIR "/locale");
  ASSERT_TRUE(catalogs.setLanguage("zh_CN"));
  auto refused = approve("9001", "0000", &catalogs);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error(), "员工号或密码不正确；请核对后重试（再错 4 次该员工号将被锁定）");
}

}  // namespace
}  // namespace poscore::counter
