#include <gtest/gtest.h>

#include "poscore/services/clocks.hpp"
#include "posserver/http/api.hpp"
#include "posserver/http/rate_limiter.hpp"

using posserver::http::ApiError;
using posserver::http::RateLimiter;
using std::chrono::milliseconds;

namespace {

// The Retry-After seconds of a refused take, or -1 when it was allowed.
int retryAfter(RateLimiter& limiter, const std::string& key) {
  try {
    limiter.take("lookup", key);
  } catch (const ApiError& e) {
    EXPECT_EQ(e.status(), 429);
    EXPECT_EQ(e.code(), "rate_limited");
    const auto headers = e.toResponse().headers;
    EXPECT_EQ(headers.size(), 1u);
    EXPECT_EQ(headers.at(0).first, "Retry-After");
    return std::stoi(headers.at(0).second);
  }
  return -1;
}

}  // namespace

TEST(RateLimiter, AllowsTheBurstThenRefusesWithRetryAfterInWholeSeconds) {
  poscore::ManualClock clock;
  RateLimiter limiter(clock);
  limiter.configure("lookup", {.capacity = 3, .refillPerMinute = 6});  // one token per 10 s
  for (int i = 0; i < 3; ++i) EXPECT_EQ(retryAfter(limiter, "dev-1"), -1);
  EXPECT_EQ(retryAfter(limiter, "dev-1"), 10);
  clock.advance(milliseconds(500));
  EXPECT_EQ(retryAfter(limiter, "dev-1"), 10);  // 9.5 s rounds up
  clock.advance(milliseconds(9500));
  EXPECT_EQ(retryAfter(limiter, "dev-1"), -1);
  EXPECT_EQ(retryAfter(limiter, "dev-1"), 10);
}

TEST(RateLimiter, KeysAndBucketsAreSeparate) {
  poscore::ManualClock clock;
  RateLimiter limiter(clock);
  limiter.configure("lookup", {.capacity = 1, .refillPerMinute = 1});
  limiter.configure("enrol", {.capacity = 1, .refillPerMinute = 1});
  EXPECT_EQ(retryAfter(limiter, "a"), -1);
  EXPECT_EQ(retryAfter(limiter, "b"), -1);
  EXPECT_EQ(retryAfter(limiter, "a"), 60);
  EXPECT_NO_THROW(limiter.take("enrol", "a"));
}

TEST(RateLimiter, RefillNeverExceedsCapacity) {
  poscore::ManualClock clock;
  RateLimiter limiter(clock);
  limiter.configure("lookup", {.capacity = 2, .refillPerMinute = 60});
  clock.advance(milliseconds(3'600'000));
  EXPECT_EQ(retryAfter(limiter, "k"), -1);
  EXPECT_EQ(retryAfter(limiter, "k"), -1);
  EXPECT_EQ(retryAfter(limiter, "k"), 1);
}

TEST(RateLimiter, MemoryIsBoundedAndFullBucketsAreForgotten) {
  poscore::ManualClock clock;
  RateLimiter limiter(clock, 100);
  limiter.configure("lookup", {.capacity = 1, .refillPerMinute = 60});
  for (int i = 0; i < 1000; ++i) limiter.take("lookup", "addr-" + std::to_string(i));
  EXPECT_LE(limiter.trackedKeys(), 100u);
  clock.advance(milliseconds(1000));
  limiter.take("lookup", "fresh");
  EXPECT_EQ(limiter.trackedKeys(), 1u);  // every other bucket was full again, so carried nothing
}

TEST(RateLimiter, UnknownBucketIsABugAndBadConfigIsRefused) {
  poscore::ManualClock clock;
  RateLimiter limiter(clock);
  EXPECT_THROW(limiter.take("nope", "k"), std::logic_error);
  EXPECT_THROW(limiter.configure("x", {.capacity = 0, .refillPerMinute = 1}), std::invalid_argument);
  EXPECT_THROW(limiter.configure("x", {.capacity = 1, .refillPerMinute = 0}), std::invalid_argument);
  EXPECT_FALSE(limiter.configured("x"));
}
