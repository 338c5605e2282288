#include "src/bagging/item_weight_store.hpp"

#include <variant>

namespace weighing {

namespace {

// A sample heavier than this is refused: 50 kg squared, times a million samples, still fits int64.
constexpr std::int64_t kMaxSampleMg = 50'000'000;

std::int64_t intAt(const possdk::SqlRow& row, std::size_t i) { return std::get<std::int64_t>(row.at(i)); }

}  // namespace

possdk::Status ItemWeightStore::migrate() {
  return storage_.migrate({{1, "item weights learned at the bagging area", R"(
CREATE TABLE weighing_item_weights (
  sku TEXT PRIMARY KEY,
  count INTEGER NOT NULL,
  sum_mg INTEGER NOT NULL,
  sum_sq_mg INTEGER NOT NULL
);)"}});
}

std::optional<WeightStats> ItemWeightStore::statsOf(const std::string& sku) const {
  auto rows = storage_.query("SELECT count, sum_mg, sum_sq_mg FROM weighing_item_weights WHERE sku = ?", {sku});
  if (!rows || rows.value().empty()) return std::nullopt;
  const auto& row = rows.value().front();
  const auto n = intAt(row, 0);
  if (n <= 0) return std::nullopt;
  const auto sum = static_cast<double>(intAt(row, 1));
  WeightStats stats;
  stats.count = n;
  stats.meanMg = sum / static_cast<double>(n);
  stats.m2 = static_cast<double>(intAt(row, 2)) - sum * stats.meanMg;
  if (stats.m2 < 0) stats.m2 = 0;  // rounding of the subtraction, never a real negative spread
  return stats;
}

possdk::Status ItemWeightStore::add(const std::vector<LearnedSample>& samples) {
  return storage_.transaction([&](possdk::Sql& sql) {
    for (const auto& s : samples) {
      if (s.mg <= 0 || s.mg > kMaxSampleMg) {
        return possdk::Status::fail("item weight of " + s.sku + ": " + std::to_string(s.mg) +
                                    " mg is outside 1 mg to 50 kg; not learned");
      }
      auto done = sql.exec(
          "INSERT INTO weighing_item_weights(sku, count, sum_mg, sum_sq_mg) VALUES(?, 1, ?, ?)"
          " ON CONFLICT(sku) DO UPDATE SET count = count + 1, sum_mg = sum_mg + excluded.sum_mg,"
          " sum_sq_mg = sum_sq_mg + excluded.sum_sq_mg",
          {s.sku, s.mg, s.mg * s.mg});
      if (!done) return possdk::Status::fail(done.error());
    }
    return possdk::Status::ok();
  });
}

}  // namespace weighing
