#pragma once
#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "src/tolerance/tolerance_model.hpp"

// How well the band tells honest baskets from baskets with one unscanned item, over seeded
// generated baskets (basket_generator.hpp), for several strictness levels.
namespace weighing {

// Unscanned items by their weight: 20-50 g, 50-100 g, 100-250 g, 250-500 g, 500-1000 g, 1 kg and more.
inline constexpr std::array<std::int64_t, 6> kBucketFloorsMg{20000, 50000, 100000, 250000, 500000, 1000000};
inline constexpr std::int64_t kSmallestStudiedMg = kBucketFloorsMg.front();

struct Rate {
  std::int64_t hits = 0;
  std::int64_t of = 0;
  double percent() const { return of == 0 ? 0 : 100.0 * static_cast<double>(hits) / static_cast<double>(of); }
};

// One check (the whole bag, or one item as it is bagged) at one strictness.
struct CheckFigures {
  Rate falseAlarms;  // alarms on honest bags, among those the check could judge
  Rate attendant;    // bags sent to the attendant for want of weight data, among all
  Rate caught;       // alarms when one unscanned item of 20 g or more is in the bag
  std::array<Rate, kBucketFloorsMg.size()> caughtByWeight;
};

struct StudyRow {
  double strictness = 0;
  CheckFigures wholeBasket;  // the exit lane: the paid bag against the order
  CheckFigures perItem;      // the bagging area: the unscanned item goes in with a scanned one
};

struct StudyOptions {
  std::int64_t baskets = 10000;
  std::uint64_t seed = 5;
  ToleranceSettings settings;  // strictness and resolution are set by the study
};

std::vector<StudyRow> runBasketStudy(const StudyOptions& options, std::span<const double> strictness);

}  // namespace weighing
