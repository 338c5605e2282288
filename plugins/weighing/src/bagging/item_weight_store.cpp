#include "src/bagging/item_weight_store.hpp"

#include <variant>

#include "server/item_weights.hpp"

namespace weighing {

namespace {

std::int64_t intAt(const possdk::SqlRow& row, std::size_t i) { return std::get<std::int64_t>(row.at(i)); }

}  // namespace

possdk::Status ItemWeightStore::migrate() {
  return storage_.migrate({{1, "item weights learned at the bagging area", R"(
CREATE TABLE weighing_item_weights (
  sku TEXT PRIMARY KEY,
  count INTEGER NOT NULL,
  sum_mg INTEGER NOT NULL,
  sum_sq_mg INTEGER NOT NULL
);)"},
                           // Plain sums of squares left 64 bits after a few thousand heavy samples and
                           // SQLite turned them REAL. Rows still exact are shifted by their mean; the
                           // others are learned again.
                           {2, "item weights as sums of differences from a shift, as the server keeps them", R"(
ALTER TABLE weighing_item_weights RENAME TO weighing_item_weights_v1;
CREATE TABLE weighing_item_weights (
  sku TEXT PRIMARY KEY,
  count INTEGER NOT NULL,
  first_mg INTEGER NOT NULL,
  sum_diff_mg INTEGER NOT NULL,
  sum_sq_diff_mg2 INTEGER NOT NULL
);
INSERT INTO weighing_item_weights (sku, count, first_mg, sum_diff_mg, sum_sq_diff_mg2)
  SELECT sku, count, sum_mg / count, sum_mg - count * (sum_mg / count),
         CAST(MAX(0, ROUND(sum_sq_mg - 2.0 * (sum_mg / count) * sum_mg + 1.0 * count * (sum_mg / count) * (sum_mg / count)))
              AS INTEGER)
  FROM weighing_item_weights_v1
  WHERE count > 0 AND typeof(sum_mg) = 'integer' AND typeof(sum_sq_mg) = 'integer';
DROP TABLE weighing_item_weights_v1;)"}});
}

std::optional<WeightStats> ItemWeightStore::statsOf(const std::string& sku) const {
  auto rows = storage_.query(
      "SELECT count, first_mg, sum_diff_mg, sum_sq_diff_mg2 FROM weighing_item_weights WHERE sku = ?", {sku});
  if (!rows || rows.value().empty()) return std::nullopt;
  const auto& row = rows.value().front();
  const auto n = intAt(row, 0);
  if (n <= 0) return std::nullopt;
  // The differences are small, so the double arithmetic stays exact enough for a spread.
  const auto sumDiff = static_cast<double>(intAt(row, 2));
  WeightStats stats;
  stats.count = n;
  stats.meanMg = static_cast<double>(intAt(row, 1)) + sumDiff / static_cast<double>(n);
  stats.m2 = static_cast<double>(intAt(row, 3)) - sumDiff * sumDiff / static_cast<double>(n);
  if (stats.m2 < 0) stats.m2 = 0;  // rounding of the subtraction, never a real negative spread
  return stats;
}

possdk::Status ItemWeightStore::add(const std::vector<LearnedSample>& samples) {
  return storage_.transaction([&](possdk::Sql& sql) {
    for (const auto& s : samples) {
      if (s.mg < server::kMinSampleMg || s.mg > server::kMaxSampleMg) {
        return possdk::Status::fail("item weight of " + s.sku + ": " + std::to_string(s.mg) +
                                    " mg is outside 1 g to 50 kg; not learned");
      }
      // The guard keeps the sum of squares within 64 bits: a sample that would overflow it is refused.
      auto done = sql.exec(
          "INSERT INTO weighing_item_weights (sku, count, first_mg, sum_diff_mg, sum_sq_diff_mg2) VALUES (?, 1, ?, 0, 0)"
          " ON CONFLICT (sku) DO UPDATE SET count = count + 1,"
          " sum_diff_mg = sum_diff_mg + (excluded.first_mg - first_mg),"
          " sum_sq_diff_mg2 = sum_sq_diff_mg2 + (excluded.first_mg - first_mg) * (excluded.first_mg - first_mg)"
          " WHERE sum_sq_diff_mg2 <= 9223372036854775807 - (excluded.first_mg - first_mg) * (excluded.first_mg - first_mg)",
          {s.sku, s.mg});
      if (!done) return possdk::Status::fail(done.error());
      if (done.value() == 0) {
        return possdk::Status::fail("item weight of " + s.sku + ": " + std::to_string(s.mg) +
                                    " mg is too far from its first sample for the statistics kept; not learned");
      }
    }
    return possdk::Status::ok();
  });
}

}  // namespace weighing
