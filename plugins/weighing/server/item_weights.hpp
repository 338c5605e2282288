#pragma once
// What the items of a sku were seen to weigh: per-unit samples from exits that passed and from
// bagging checks. Kept as integer sums of each sample's difference from the sku's first sample
// (count, Σd, Σd² in mg) rather than Welford's running mean and M2: the SDK's SQL has no floating
// type, sums are exact and order-free, and concurrent lanes add a sample with one atomic upsert
// instead of a read-modify-write under a row lock. Differences from the first sample stay small
// for one sku (a 20 g spread is 4e8 mg² a sample: 2e10 samples fit in 64 bits).
#include <cstdint>
#include <string>

#include "possdk/sql.hpp"

namespace weighing::server {

constexpr std::int64_t kMinSampleMg = 1'000;        // 1 g
constexpr std::int64_t kMaxSampleMg = 50'000'000;   // 50 kg

struct WeightStats {
  std::int64_t count = 0;
  std::int64_t meanMg = 0;    // rounded half away from zero
  std::int64_t spreadMg = 0;  // sample standard deviation, 0 below two samples
};

// False, and nothing changed, when the sample would take the sku's Σd² beyond 64 bits.
bool addWeightSample(possdk::Sql& sql, const std::string& sku, std::int64_t mg);
WeightStats weightStatsOf(possdk::Sql& sql, const std::string& sku);
// From the sums, exposed for its tests.
WeightStats weightStatsFromSums(std::int64_t count, std::int64_t firstMg, std::int64_t sumDiffMg,
                                std::int64_t sumSquaredDiffMg2);

}  // namespace weighing::server
