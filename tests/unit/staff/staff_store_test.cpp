#include "poscore/staff/staff_store.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sodium.h>

#include "poscore/staff/pin_hash.hpp"
#include "staff_fixture.hpp"

namespace poscore::staff {
namespace {

using ::testing::HasSubstr;

TEST_F(StaffFixture, AddedStaffAreListedByIdWithoutTheirPin) {
  addMember("9001", "9999", Role::Supervisor, "Wang Fang");
  addMember("1001", "1234", Role::Cashier, "Li Na");
  auto members = store.list();
  ASSERT_TRUE(members) << members.error();
  ASSERT_EQ(members.value().size(), 2u);
  EXPECT_EQ(members.value()[0].id, "1001");
  EXPECT_EQ(members.value()[0].name, "Li Na");
  EXPECT_EQ(members.value()[0].role, Role::Cashier);
  EXPECT_TRUE(members.value()[0].active);
  EXPECT_EQ(members.value()[1].id, "9001");
  EXPECT_EQ(members.value()[1].role, Role::Supervisor);
}

TEST_F(StaffFixture, StoresAHashThatIsNotThePin) {
  addMember("1001", "24680");
  const auto hash = storedHash("1001");
  EXPECT_THAT(hash, ::testing::StartsWith("$argon2id$"));
  EXPECT_THAT(hash, ::testing::Not(HasSubstr("24680")));
  EXPECT_TRUE(verifyPin(hash, "24680"));
}

TEST_F(StaffFixture, RefusesBadInputAndWritesNothing) {
  const struct {
    NewStaff staff;
    std::string expected;
  } cases[] = {
      {{"10a1", "Li Na", Role::Cashier, "1234"}, "staff id '10a1' must be 1 to 10 digits"},
      {{"12345678901", "Li Na", Role::Cashier, "1234"}, "must be 1 to 10 digits"},
      {{"1001", "", Role::Cashier, "1234"}, "name is empty"},
      {{"1001", "Li Na", Role::Cashier, "123"}, "a PIN must be 4 to 8 digits"},
      {{"1001", "Li Na", Role::Cashier, "123456789"}, "a PIN must be 4 to 8 digits"},
      {{"1001", "Li Na", Role::Cashier, "12ab"}, "not all of them digits"},
  };
  for (const auto& c : cases) {
    auto added = store.add(c.staff);
    ASSERT_FALSE(added) << c.expected;
    EXPECT_THAT(added.error(), HasSubstr(c.expected));
  }
  EXPECT_TRUE(store.empty().value());
}

TEST_F(StaffFixture, RefusesATakenIdNamingWhoHasIt) {
  addMember("1001", "1234", Role::Cashier, "Li Na");
  auto again = store.add({"1001", "Zhang Wei", Role::Supervisor, "5678"});
  ASSERT_FALSE(again);
  EXPECT_THAT(again.error(), HasSubstr("already taken by Li Na"));
  EXPECT_EQ(store.list().value().size(), 1u);
}

TEST_F(StaffFixture, AddAllAddsNoneWhenOneIsRefused) {
  addMember("2002", "1234");
  auto added = store.addAll({{"1001", "Li Na", Role::Cashier, "1234"}, {"2002", "Zhang Wei", Role::Cashier, "5678"}});
  ASSERT_FALSE(added);
  EXPECT_THAT(added.error(), HasSubstr("staff 2002 not added"));
  EXPECT_EQ(store.list().value().size(), 1u) << "1001 must not stay behind";
}

TEST_F(StaffFixture, SetPinReplacesTheHash) {
  addMember("1001", "1234");
  const auto before = storedHash("1001");
  ASSERT_TRUE(store.setPin("1001", "4321"));
  EXPECT_NE(storedHash("1001"), before);
  EXPECT_FALSE(store.authenticate("1001", "1234"));
  EXPECT_TRUE(store.authenticate("1001", "4321"));
}

TEST_F(StaffFixture, SetPinRefusesBadPinsAndUnknownIds) {
  addMember("1001", "1234");
  auto shortPin = store.setPin("1001", "12");
  ASSERT_FALSE(shortPin);
  EXPECT_THAT(shortPin.error(), HasSubstr("4 to 8 digits"));
  auto unknown = store.setPin("1002", "5678");
  ASSERT_FALSE(unknown);
  EXPECT_THAT(unknown.error(), HasSubstr("no staff member has id 1002"));
  EXPECT_TRUE(store.authenticate("1001", "1234"));
}

TEST_F(StaffFixture, DeactivatedStaffStayListedButCannotSignOn) {
  addMember("1001", "1234");
  ASSERT_TRUE(store.deactivate("1001"));
  auto members = store.list();
  ASSERT_EQ(members.value().size(), 1u);
  EXPECT_FALSE(members.value()[0].active);
  auto signOn = store.authenticate("1001", "1234");
  ASSERT_FALSE(signOn);
  EXPECT_EQ(signOn.error().reason, SignOnRefusal::NotAccepted);
  auto unknown = store.deactivate("1002");
  ASSERT_FALSE(unknown);
  EXPECT_THAT(unknown.error(), HasSubstr("no staff member has id 1002"));
}

TEST_F(StaffFixture, KeepsStaffAcrossReopening) {
  addMember("1001", "1234");
  LaneDb reopened{dir / "lane.db"};
  StaffStore again{reopened, clock};
  auto signOn = again.authenticate("1001", "1234");
  ASSERT_TRUE(signOn) << signOn.error().message;
  EXPECT_EQ(signOn.staff().name, "Li Na");
}

TEST_F(StaffFixture, RehashesAnOldHashAtAGoodSignOn) {
  addMember("1001", "1234");
  char weak[crypto_pwhash_STRBYTES];
  ASSERT_EQ(crypto_pwhash_str(weak, "1234", 4, crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN), 0);
  ASSERT_TRUE(db.exec("UPDATE staff SET pin_hash = ? WHERE id = '1001'", {std::string(weak)}));
  ASSERT_TRUE(store.authenticate("1001", "1234"));
  const auto rehashed = storedHash("1001");
  EXPECT_NE(rehashed, weak);
  EXPECT_FALSE(pinHashNeedsRehash(rehashed));
  EXPECT_TRUE(store.authenticate("1001", "1234"));
}

}  // namespace
}  // namespace poscore::staff
