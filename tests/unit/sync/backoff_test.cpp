#include "poscore/sync/backoff.hpp"

#include <gtest/gtest.h>

namespace poscore::sync {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

TEST(BackoffTest, TheCeilingDoublesFromOneSecondUpToAMinute) {
  EXPECT_EQ(backoffCeiling(1), seconds(1));
  EXPECT_EQ(backoffCeiling(2), seconds(2));
  EXPECT_EQ(backoffCeiling(3), seconds(4));
  EXPECT_EQ(backoffCeiling(6), seconds(32));
  EXPECT_EQ(backoffCeiling(7), seconds(60));
  EXPECT_EQ(backoffCeiling(1000000), seconds(60));
}

TEST(BackoffTest, TheDelayIsADrawFromZeroToTheCeiling) {
  EXPECT_EQ(backoffDelay(1, 0), milliseconds(0));
  EXPECT_EQ(backoffDelay(1, 1000), milliseconds(1000));
  EXPECT_EQ(backoffDelay(1, 1001), milliseconds(0));
  EXPECT_EQ(backoffDelay(3, 3999), milliseconds(3999));
  for (std::uint64_t draw : {0ull, 17ull, 123456789ull, ~0ull}) {
    EXPECT_LE(backoffDelay(9, draw), seconds(60));
  }
}

TEST(BackoffTest, RetryAfterInSecondsOrAsADate) {
  const auto now = std::chrono::system_clock::time_point(seconds(1'700'000'000));  // Tue, 14 Nov 2023 22:13:20 GMT
  EXPECT_EQ(parseRetryAfter("120", now), milliseconds(120000));
  EXPECT_EQ(parseRetryAfter("Tue, 14 Nov 2023 22:13:50 GMT", now), milliseconds(30000));
  EXPECT_EQ(parseRetryAfter("Tue, 14 Nov 2023 22:00:00 GMT", now), milliseconds(0));
  EXPECT_EQ(parseRetryAfter("99999999", now), kMaxRetryAfter);
  EXPECT_FALSE(parseRetryAfter("soon", now));
  EXPECT_FALSE(parseRetryAfter("-5", now));
}

}  // namespace
}  // namespace poscore::sync
