#include "server/item_weights.hpp"

#include "server/sql_access.hpp"

namespace weighing::server {
namespace {

// n·Σd² needs more than 64 bits; GCC and Clang have a 128-bit integer.
__extension__ using Wide = __int128;

// Half away from zero, the suite's one rounding rule; denominators are positive.
Wide divideRounded(Wide numerator, Wide denominator) {
  const Wide half = denominator / 2;
  return numerator >= 0 ? (numerator + half) / denominator : -((-numerator + half) / denominator);
}

std::int64_t squareRootFloor(Wide value) {
  if (value <= 0) return 0;
  Wide low = 0;
  Wide high = Wide{1} << 62;
  while (low < high) {
    const Wide mid = (low + high + 1) / 2;
    if (mid * mid <= value) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  return static_cast<std::int64_t>(low);
}

}  // namespace

bool addWeightSample(possdk::Sql& sql, const std::string& sku, std::int64_t mg) {
  // The WHERE keeps Σd² within BIGINT: an outlying first sample would otherwise overflow it after a
  // few thousand samples and fail every later upsert of the sku.
  return execOf(sql,
                "INSERT INTO weighing_item_weights (sku, sample_count, first_mg, sum_diff_mg, sum_squared_diff_mg2) "
                "VALUES (?, 1, ?, 0, 0) ON CONFLICT (sku) DO UPDATE SET "
                "sample_count = weighing_item_weights.sample_count + 1, "
                "sum_diff_mg = weighing_item_weights.sum_diff_mg + (excluded.first_mg - weighing_item_weights.first_mg), "
                "sum_squared_diff_mg2 = weighing_item_weights.sum_squared_diff_mg2 + "
                "(excluded.first_mg - weighing_item_weights.first_mg) * (excluded.first_mg - weighing_item_weights.first_mg) "
                "WHERE weighing_item_weights.sum_squared_diff_mg2 <= 9223372036854775807 - "
                "(excluded.first_mg - weighing_item_weights.first_mg) * (excluded.first_mg - weighing_item_weights.first_mg)",
                {sku, mg}) > 0;
}

WeightStats weightStatsFromSums(std::int64_t count, std::int64_t firstMg, std::int64_t sumDiffMg,
                                std::int64_t sumSquaredDiffMg2) {
  WeightStats stats;
  stats.count = count;
  if (count <= 0) return stats;
  // The mean itself is rounded, not the mean difference: -0.5 would round away from the mean.
  stats.meanMg = static_cast<std::int64_t>(divideRounded(Wide{firstMg} * count + sumDiffMg, count));
  if (count < 2) return stats;
  // Sample variance = (nΣd² − (Σd)²) / (n(n−1)); a shift by the first sample leaves it unchanged.
  const Wide n = count;
  const Wide variance = divideRounded(n * sumSquaredDiffMg2 - Wide{sumDiffMg} * sumDiffMg, n * (n - 1));
  stats.spreadMg = squareRootFloor(variance);
  return stats;
}

WeightStats weightStatsOf(possdk::Sql& sql, const std::string& sku) {
  const auto rows = rowsOf(sql,
                           "SELECT sample_count, first_mg, sum_diff_mg, sum_squared_diff_mg2 FROM weighing_item_weights "
                           "WHERE sku = ?",
                           {sku});
  if (rows.empty()) return {};
  return weightStatsFromSums(intOf(rows[0][0]), intOf(rows[0][1]), intOf(rows[0][2]), intOf(rows[0][3]));
}

}  // namespace weighing::server
