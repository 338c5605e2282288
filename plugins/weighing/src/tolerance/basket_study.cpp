#include "src/tolerance/basket_study.hpp"


#include "src/tolerance/basket_generator.hpp"

namespace weighing {

namespace {

struct Trial {
  Expectation expectation;   // computed with the resolution the scale has at that weight
  std::int64_t honestMg = 0; // what the check measures without the unscanned item
  std::int64_t withUnscannedMg = 0;
};

std::int64_t contentsOf(const BasketLine& line) {
  std::int64_t sum = 0;
  for (auto mg : line.unitMg) sum += mg;
  return sum;
}

ToleranceSettings forWeight(ToleranceSettings settings, double strictness, std::int64_t mg) {
  settings.strictness = strictness;
  settings.resolutionMg = divisionMg(mg);
  return settings;
}

// The exit lane: the whole bag against the order.
Trial wholeBasket(const Basket& basket, const BagKind& bag, const ToleranceSettings& settings, double strictness) {
  std::vector<ItemWeight> items;
  std::int64_t truth = basket.bagMg;
  for (const auto& line : basket.lines) {
    items.push_back(line.known);
    truth += contentsOf(line);
  }
  Trial t;
  t.expectation = expectedBand(items, bag.tareMg, bag.tareSpreadMg, forWeight(settings, strictness, truth));
  t.honestMg = scaleShows(truth);
  t.withUnscannedMg = scaleShows(truth + basket.unscannedMg);
  return t;
}

// The bagging area: the last line's first unit is bagged on top of the rest, and the unscanned
// item with it; the check sees the difference between two readings. The band is the item's own
// (no tare), one unit of it.
Trial perItem(const Basket& basket, const ToleranceSettings& settings, double strictness) {
  std::int64_t under = basket.bagMg;
  for (std::size_t i = 0; i + 1 < basket.lines.size(); ++i) under += contentsOf(basket.lines[i]);
  const auto& line = basket.lines.back();
  auto item = line.known;
  item.quantity = 1;
  const auto after = under + line.unitMg.front();
  Trial t;
  t.expectation = expectedBand(std::span(&item, 1), 0, 0, forWeight(settings, strictness, after));
  t.honestMg = scaleShows(after) - scaleShows(under);
  t.withUnscannedMg = scaleShows(after + basket.unscannedMg) - scaleShows(under);
  return t;
}

void count(CheckFigures& figures, const Trial& trial, std::int64_t unscannedMg) {
  ++figures.attendant.of;
  if (!trial.expectation.band) {
    ++figures.attendant.hits;
    return;
  }
  ++figures.falseAlarms.of;
  if (judge(trial.expectation, trial.honestMg).verdict == Verdict::Alarm) ++figures.falseAlarms.hits;
  if (unscannedMg < kSmallestStudiedMg) return;
  const bool caught = judge(trial.expectation, trial.withUnscannedMg).verdict == Verdict::Alarm;
  ++figures.caught.of;
  figures.caught.hits += caught ? 1 : 0;
  std::size_t bucket = 0;
  while (bucket + 1 < kBucketFloorsMg.size() && unscannedMg >= kBucketFloorsMg[bucket + 1]) ++bucket;
  ++figures.caughtByWeight[bucket].of;
  figures.caughtByWeight[bucket].hits += caught ? 1 : 0;
}

}  // namespace

std::vector<StudyRow> runBasketStudy(const StudyOptions& options, std::span<const double> strictness) {
  std::vector<StudyRow> rows;
  for (double s : strictness) rows.push_back(StudyRow{s, {}, {}});
  BasketGenerator generator(options.seed);
  for (std::int64_t b = 0; b < options.baskets; ++b) {
    const auto basket = generator.next();
    for (auto& row : rows) {
      count(row.wholeBasket, wholeBasket(basket, generator.bag(), options.settings, row.strictness),
            basket.unscannedMg);
      count(row.perItem, perItem(basket, options.settings, row.strictness), basket.unscannedMg);
    }
  }
  return rows;
}

}  // namespace weighing
