#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "poscore/staff/demo_staff.hpp"
#include "poscore/staff/staff_rules.hpp"
#include "staff_fixture.hpp"

namespace poscore::staff {
namespace {

using ::testing::HasSubstr;
using namespace std::chrono_literals;

class SignOn : public StaffFixture {
 protected:
  void SetUp() override {
    addMember("1001", "1234", Role::Cashier, "Li Na");
    addMember("9001", "9999", Role::Supervisor, "Wang Fang");
  }
  void failTimes(const std::string& id, int times) {
    for (int i = 0; i < times; ++i) ASSERT_FALSE(store.authenticate(id, "0000"));
  }
};

TEST_F(SignOn, RightPinGivesTheMember) {
  auto signedOn = store.authenticate("1001", "1234");
  ASSERT_TRUE(signedOn) << signedOn.error().message;
  EXPECT_EQ(signedOn.staff().id, "1001");
  EXPECT_EQ(signedOn.staff().name, "Li Na");
  EXPECT_EQ(signedOn.staff().role, Role::Cashier);
}

TEST_F(SignOn, WrongPinIsNotAccepted) {
  auto refused = store.authenticate("1001", "4321");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().reason, SignOnRefusal::NotAccepted);
  EXPECT_THAT(refused.error().message, HasSubstr("Staff id or PIN not accepted"));
  EXPECT_THAT(refused.error().message, HasSubstr("4 attempts left"));
  EXPECT_EQ(refused.error().attemptsLeft, 4) << "so a screen can word it in another language";
  auto second = store.authenticate("1001", "4321");
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().attemptsLeft, 3);
}

TEST_F(SignOn, UnknownIdReadsExactlyLikeAWrongPin) {
  auto wrongPin = store.authenticate("1001", "4321");
  auto unknownId = store.authenticate("1002", "4321");
  auto deactivated = [&] {
    EXPECT_TRUE(store.add({"3003", "Zhao Lei", Role::Cashier, "5555"}));
    EXPECT_TRUE(store.deactivate("3003"));
    return store.authenticate("3003", "5555");
  }();
  ASSERT_FALSE(wrongPin);
  ASSERT_FALSE(unknownId);
  ASSERT_FALSE(deactivated);
  EXPECT_EQ(unknownId.error().reason, wrongPin.error().reason);
  EXPECT_EQ(unknownId.error().message, wrongPin.error().message);
  EXPECT_EQ(deactivated.error().message, wrongPin.error().message);
}

TEST_F(SignOn, MalformedInputIsAFormatErrorAndNotCounted) {
  for (int i = 0; i < kAttemptsBeforeLock + 1; ++i) {
    auto refused = store.authenticate("1001", "12");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().reason, SignOnRefusal::BadFormat);
    EXPECT_THAT(refused.error().message, HasSubstr("4 to 8 digits"));
  }
  auto badId = store.authenticate("10-1", "1234");
  ASSERT_FALSE(badId);
  EXPECT_EQ(badId.error().reason, SignOnRefusal::BadFormat);
  EXPECT_TRUE(store.authenticate("1001", "1234")) << "format slips must not lock the id";
}

TEST_F(SignOn, FiveWrongPinsLockForFiveMinutesEvenWithTheRightPin) {
  failTimes("1001", kAttemptsBeforeLock - 1);
  auto fifth = store.authenticate("1001", "0000");
  ASSERT_FALSE(fifth);
  EXPECT_EQ(fifth.error().reason, SignOnRefusal::Locked);
  EXPECT_EQ(fifth.error().lockedFor, 300s);

  clock.advance(90s);
  auto locked = store.authenticate("1001", "1234");
  ASSERT_FALSE(locked);
  EXPECT_EQ(locked.error().reason, SignOnRefusal::Locked);
  EXPECT_EQ(locked.error().lockedFor, 210s);
  EXPECT_THAT(locked.error().message, HasSubstr("try again in 3 min 30 s"));
  EXPECT_THAT(locked.error().message, HasSubstr("call a supervisor"));
  EXPECT_TRUE(store.authenticate("9001", "9999")) << "a lock holds one id only";

  clock.advance(210s);
  auto after = store.authenticate("1001", "1234");
  ASSERT_TRUE(after) << after.error().message;
}

TEST_F(SignOn, AGoodPinClearsTheCount) {
  failTimes("1001", kAttemptsBeforeLock - 1);
  ASSERT_TRUE(store.authenticate("1001", "1234"));
  failTimes("1001", kAttemptsBeforeLock - 1);
  EXPECT_TRUE(store.authenticate("1001", "1234"));
}

TEST_F(SignOn, TheCountStartsAfreshAfterALock) {
  failTimes("1001", kAttemptsBeforeLock);
  clock.advance(kLockDuration);
  auto first = store.authenticate("1001", "0000");
  ASSERT_FALSE(first);
  EXPECT_EQ(first.error().reason, SignOnRefusal::NotAccepted);
  EXPECT_THAT(first.error().message, HasSubstr("4 attempts left"));
}

TEST_F(SignOn, ALockSurvivesReopeningTheDatabase) {
  failTimes("1001", kAttemptsBeforeLock);
  LaneDb reopened{dir / "lane.db"};
  StaffStore again{reopened, clock};
  auto locked = again.authenticate("1001", "1234");
  ASSERT_FALSE(locked);
  EXPECT_EQ(locked.error().reason, SignOnRefusal::Locked);
}

TEST_F(SignOn, UnknownIdsLockLikeKnownOnes) {
  failTimes("5005", kAttemptsBeforeLock - 1);
  auto fifth = store.authenticate("5005", "0000");
  ASSERT_FALSE(fifth);
  EXPECT_EQ(fifth.error().reason, SignOnRefusal::Locked);
  clock.advance(60s);
  auto later = store.authenticate("5005", "0000");
  EXPECT_EQ(later.error().reason, SignOnRefusal::Locked);
  EXPECT_EQ(later.error().lockedFor, 240s);
}

TEST_F(SignOn, UnlockLiftsALock) {
  failTimes("1001", kAttemptsBeforeLock);
  ASSERT_TRUE(store.unlock("1001"));
  EXPECT_TRUE(store.authenticate("1001", "1234"));
  auto unknown = store.unlock("1002");
  ASSERT_FALSE(unknown);
  EXPECT_THAT(unknown.error(), HasSubstr("no staff member has id 1002"));
}

TEST_F(SignOn, SetPinLiftsALock) {
  failTimes("1001", kAttemptsBeforeLock);
  ASSERT_TRUE(store.setPin("1001", "8642"));
  EXPECT_TRUE(store.authenticate("1001", "8642"));
}

TEST_F(SignOn, OnlyASupervisorApproves) {
  auto supervisor = store.approveAsSupervisor("9001", "9999");
  ASSERT_TRUE(supervisor) << supervisor.error().message;
  EXPECT_EQ(supervisor.staff().role, Role::Supervisor);

  auto cashier = store.approveAsSupervisor("1001", "1234");
  ASSERT_FALSE(cashier);
  EXPECT_EQ(cashier.error().reason, SignOnRefusal::NotSupervisor);
  EXPECT_THAT(cashier.error().message, HasSubstr("a supervisor has to enter their own id and PIN"));

  auto wrongPin = store.approveAsSupervisor("9001", "1111");
  ASSERT_FALSE(wrongPin);
  EXPECT_EQ(wrongPin.error().reason, SignOnRefusal::NotAccepted);
}

TEST_F(SignOn, WrongApprovalPinsCountTowardTheLock) {
  for (int i = 0; i < kAttemptsBeforeLock; ++i) ASSERT_FALSE(store.approveAsSupervisor("9001", "1111"));
  auto locked = store.authenticate("9001", "9999");
  ASSERT_FALSE(locked);
  EXPECT_EQ(locked.error().reason, SignOnRefusal::Locked);
}

TEST_F(StaffFixture, DemoStaffAreSeededIntoAnEmptyTableOnly) {
  auto seeded = seedDemoStaff(store);
  ASSERT_TRUE(seeded) << seeded.error();
  EXPECT_TRUE(seeded.value());
  auto cashier = store.authenticate("1001", "1234");
  ASSERT_TRUE(cashier);
  EXPECT_EQ(cashier.staff().role, Role::Cashier);
  EXPECT_TRUE(store.approveAsSupervisor("9001", "9999"));

  ASSERT_TRUE(store.setPin("1001", "7777"));
  auto again = seedDemoStaff(store);
  ASSERT_TRUE(again);
  EXPECT_FALSE(again.value());
  EXPECT_FALSE(store.authenticate("1001", "1234")) << "seeding again must not reset a PIN";
}

TEST_F(StaffFixture, DemoStaffAreNotSeededBesideRealStaff) {
  addMember("4242", "4242");
  auto seeded = seedDemoStaff(store);
  ASSERT_TRUE(seeded);
  EXPECT_FALSE(seeded.value());
  EXPECT_FALSE(store.authenticate("1001", "1234"));
}

}  // namespace
}  // namespace poscore::staff
