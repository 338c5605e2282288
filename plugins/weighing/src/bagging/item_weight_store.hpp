#pragma once
#include <optional>
#include <string>
#include <vector>

#include "possdk/storage.hpp"
#include "src/bagging/bagging_check.hpp"

// What this lane has learned items weigh, in its own table of the lane database. Kept as exact
// integer sums of each sample's difference from the sku's first one (count, Σd, Σd² in mg), as the
// server keeps them (server/item_weights.hpp), so no rounding builds up and the sums stay within
// 64 bits; the mean and spread are worked out when read. Samples run from 1 g to 50 kg, as there.
namespace weighing {

class ItemWeightStore {
 public:
  explicit ItemWeightStore(possdk::Storage& storage) : storage_(storage) {}
  possdk::Status migrate();
  std::optional<WeightStats> statsOf(const std::string& sku) const;
  // All or none, in one transaction.
  possdk::Status add(const std::vector<LearnedSample>& samples);

 private:
  possdk::Storage& storage_;
};

}  // namespace weighing
