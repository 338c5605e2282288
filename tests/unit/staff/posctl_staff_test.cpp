#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "poscore/services/clocks.hpp"
#include "poscore/staff/staff_store.hpp"
#include "run_posctl.hpp"
#include "temp_dir.hpp"

namespace poscore::staff {
namespace {

using ::testing::HasSubstr;

class PosctlStaff : public ::testing::Test {
 protected:
  postest::PosctlRun posctl(std::vector<std::string> args, const std::string& input = "") {
    args.insert(args.begin(), {"--data-dir", (dir / "data").string()});
    return postest::runPosctl(args, input, dir.path());
  }
  SignOnResult signOn(const std::string& id, const std::string& pin) {
    LaneDb db{dir / "data" / "lane.db"};
    StaffStore store{db, clock};
    return store.authenticate(id, pin);
  }

  postest::TempDir dir;
  SystemClock clock;
};

TEST_F(PosctlStaff, AddsWithThePinFromStandardInput) {
  auto added = posctl({"staff", "add", "1001", "--name", "Li, Na", "--role", "supervisor"}, "2468\n");
  ASSERT_EQ(added.exitCode, 0) << added.output;
  EXPECT_THAT(added.output, HasSubstr("added supervisor 1001 (Li, Na)"));
  auto member = signOn("1001", "2468");
  ASSERT_TRUE(member) << member.error().message;
  EXPECT_EQ(member.staff().role, Role::Supervisor);
  EXPECT_EQ(member.staff().name, "Li, Na");
}

TEST_F(PosctlStaff, RefusesABadPinAndAddsNobody) {
  auto added = posctl({"staff", "add", "1001", "--name", "Li Na", "--pin-stdin"}, "12\n");
  EXPECT_EQ(added.exitCode, 1);
  EXPECT_THAT(added.output, HasSubstr("a PIN must be 4 to 8 digits"));
  auto listed = posctl({"staff", "list"});
  EXPECT_EQ(listed.exitCode, 0);
  EXPECT_THAT(listed.output, ::testing::Not(HasSubstr("1001")));
}

TEST_F(PosctlStaff, RefusesAMissingPin) {
  auto added = posctl({"staff", "add", "1001", "--name", "Li Na"}, "");
  EXPECT_EQ(added.exitCode, 1);
  EXPECT_THAT(added.output, HasSubstr("no PIN on standard input"));
}

TEST_F(PosctlStaff, ListsAndDeactivates) {
  ASSERT_EQ(posctl({"staff", "add", "1001", "--name", "Li Na"}, "1234\n").exitCode, 0);
  ASSERT_EQ(posctl({"staff", "add", "9001", "--name", "Wang Fang", "--role", "supervisor"}, "9999\n").exitCode, 0);
  auto deactivated = posctl({"staff", "deactivate", "1001"});
  ASSERT_EQ(deactivated.exitCode, 0) << deactivated.output;
  auto listed = posctl({"staff", "list"});
  ASSERT_EQ(listed.exitCode, 0);
  EXPECT_THAT(listed.output, ::testing::ContainsRegex("1001 +cashier +Li Na +inactive"));
  EXPECT_THAT(listed.output, ::testing::ContainsRegex("9001 +supervisor +Wang Fang +active"));
  EXPECT_FALSE(signOn("1001", "1234"));

  auto unknown = posctl({"staff", "deactivate", "77"});
  EXPECT_EQ(unknown.exitCode, 1);
  EXPECT_THAT(unknown.output, HasSubstr("no staff member has id 77"));
}

TEST_F(PosctlStaff, SetPinAndUnlock) {
  ASSERT_EQ(posctl({"staff", "add", "1001", "--name", "Li Na"}, "1234\n").exitCode, 0);
  auto changed = posctl({"staff", "set-pin", "1001"}, "5678\n");
  ASSERT_EQ(changed.exitCode, 0) << changed.output;
  EXPECT_TRUE(signOn("1001", "5678"));
  auto unlocked = posctl({"staff", "unlock", "1001"});
  EXPECT_EQ(unlocked.exitCode, 0) << unlocked.output;
}

}  // namespace
}  // namespace poscore::staff
