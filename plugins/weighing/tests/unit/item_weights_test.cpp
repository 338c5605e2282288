// Item weight statistics from integer sums of differences from the first sample.
#include "server/item_weights.hpp"

#include <gtest/gtest.h>

namespace weighing::server {
namespace {

// Sums as the upsert keeps them for `samples`.
WeightStats statsOf(const std::vector<std::int64_t>& samples) {
  if (samples.empty()) return weightStatsFromSums(0, 0, 0, 0);
  std::int64_t sum = 0, squares = 0;
  for (const auto mg : samples) {
    sum += mg - samples.front();
    squares += (mg - samples.front()) * (mg - samples.front());
  }
  return weightStatsFromSums(static_cast<std::int64_t>(samples.size()), samples.front(), sum, squares);
}

TEST(ItemWeights, NoSampleAndOneSampleHaveNoSpread) {
  EXPECT_EQ(statsOf({}).count, 0);
  const auto one = statsOf({520000});
  EXPECT_EQ(one.count, 1);
  EXPECT_EQ(one.meanMg, 520000);
  EXPECT_EQ(one.spreadMg, 0);
}

TEST(ItemWeights, MeanRoundsHalfAwayFromZeroAndSpreadIsTheSampleStandardDeviation) {
  EXPECT_EQ(statsOf({1000, 1001}).meanMg, 1001);  // 1000.5
  EXPECT_EQ(statsOf({1001, 1000}).meanMg, 1001);  // the same from the other first sample
  EXPECT_EQ(statsOf({1000, 999}).meanMg, 1000);   // 999.5, though its mean difference from 1000 is -0.5
  const auto stats = statsOf({2000, 4000, 4000, 4000, 5000, 5000, 7000, 9000});
  EXPECT_EQ(stats.meanMg, 5000);
  EXPECT_EQ(stats.spreadMg, 2138);  // √(32e6 / 7) = 2138.09
}

TEST(ItemWeights, TheFirstSampleDoesNotChangeTheAnswer) {
  const auto a = statsOf({510000, 530000, 520000, 525000});
  const auto b = statsOf({525000, 520000, 530000, 510000});
  EXPECT_EQ(a.meanMg, b.meanMg);
  EXPECT_EQ(a.spreadMg, b.spreadMg);
}

TEST(ItemWeights, AMillionSamplesOfAHeavyItemDoNotOverflow) {
  // Half at 20 kg, half at 20 kg + 20 g: n·Σd² is 2e20, beyond 64 bits.
  const std::int64_t n = 1'000'000;
  const auto stats = weightStatsFromSums(n, 20'000'000, (n / 2) * 20'000, (n / 2) * 400'000'000);
  EXPECT_EQ(stats.meanMg, 20'010'000);
  EXPECT_EQ(stats.spreadMg, 10'000);
}

}  // namespace
}  // namespace weighing::server
