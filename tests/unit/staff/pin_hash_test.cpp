#include "poscore/staff/pin_hash.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sodium.h>

namespace poscore::staff {
namespace {

TEST(PinHash, IsArgon2idWithASaltAndNotThePin) {
  auto a = hashPin("1234");
  auto b = hashPin("1234");
  ASSERT_TRUE(a && b);
  EXPECT_THAT(a.value(), ::testing::StartsWith("$argon2id$"));
  EXPECT_THAT(a.value(), ::testing::Not(::testing::HasSubstr("1234$")));
  EXPECT_NE(a.value(), b.value()) << "each hash has its own salt";
}

TEST(PinHash, VerifiesOnlyTheSamePin) {
  auto hash = hashPin("20481");
  ASSERT_TRUE(hash);
  EXPECT_TRUE(verifyPin(hash.value(), "20481"));
  EXPECT_FALSE(verifyPin(hash.value(), "2048"));
  EXPECT_FALSE(verifyPin(hash.value(), "20482"));
  EXPECT_FALSE(verifyPin("not a hash", "20481"));
}

TEST(PinHash, HashesWithOtherLimitsNeedRehash) {
  auto current = hashPin("1234");
  ASSERT_TRUE(current);
  EXPECT_FALSE(pinHashNeedsRehash(current.value()));
  char weak[crypto_pwhash_STRBYTES];
  ASSERT_EQ(crypto_pwhash_str(weak, "1234", 4, crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN), 0);
  EXPECT_TRUE(pinHashNeedsRehash(weak));
  EXPECT_TRUE(pinHashNeedsRehash("garbage"));
}

}  // namespace
}  // namespace poscore::staff
