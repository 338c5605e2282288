#include "poscore/services/clocks.hpp"

#include <gtest/gtest.h>

namespace poscore {
namespace {

using namespace std::chrono_literals;

TEST(ManualClock, MovesOnlyWhenAdvanced) {
  const std::chrono::system_clock::time_point start{std::chrono::seconds{1'800'000'000}};
  ManualClock clock(start);
  const auto mono = clock.monotonic();
  EXPECT_EQ(clock.now(), start);
  clock.advance(250ms);
  EXPECT_EQ(clock.now(), start + 250ms);
  EXPECT_EQ(clock.monotonic(), mono + 250ms);
}

}  // namespace
}  // namespace poscore
