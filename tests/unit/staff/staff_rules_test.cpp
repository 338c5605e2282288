#include "poscore/staff/staff_rules.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace poscore::staff {
namespace {

using ::testing::HasSubstr;

TEST(StaffRules, StaffIdsAreOneToTenDigits) {
  EXPECT_EQ(checkStaffId("1"), "");
  EXPECT_EQ(checkStaffId("1234567890"), "");
  for (const char* bad : {"", "12345678901", "10a1", " 1001", "-1", "１００１"}) {
    EXPECT_THAT(checkStaffId(bad), HasSubstr("must be 1 to 10 digits")) << bad;
  }
}

TEST(StaffRules, PinsAreFourToEightDigits) {
  EXPECT_EQ(checkPin("1234"), "");
  EXPECT_EQ(checkPin("12345678"), "");
  EXPECT_THAT(checkPin("123"), HasSubstr("has 3 characters"));
  EXPECT_THAT(checkPin("123456789"), HasSubstr("has 9 characters"));
  EXPECT_THAT(checkPin("12a4"), HasSubstr("not all of them digits"));
  EXPECT_THAT(checkPin(""), HasSubstr("4 to 8 digits"));
  EXPECT_THAT(checkPin("12 34"), HasSubstr("not all of them digits"));
}

TEST(StaffRules, PinNeverAppearsInItsMessage) {
  EXPECT_THAT(checkPin("98x7"), ::testing::Not(HasSubstr("98x7")));
}

TEST(StaffRules, NamesArePrintableUtf8OfBoundedLength) {
  EXPECT_EQ(checkName("王小明"), "");
  EXPECT_EQ(checkName("O'Brien, Pat"), "");
  EXPECT_THAT(checkName(""), HasSubstr("name is empty"));
  EXPECT_THAT(checkName("   "), HasSubstr("name is empty"));
  EXPECT_THAT(checkName(std::string(81, 'a')), HasSubstr("81 bytes long"));
  EXPECT_THAT(checkName("Li\tNa"), HasSubstr("control character at byte 3"));
  EXPECT_THAT(checkName("Li \xff Na"), HasSubstr("not valid UTF-8"));
}

}  // namespace
}  // namespace poscore::staff
