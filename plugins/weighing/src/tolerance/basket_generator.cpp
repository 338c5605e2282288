#include "src/tolerance/basket_generator.hpp"

#include <algorithm>
#include <cmath>

namespace weighing {

namespace {

constexpr std::int64_t kGram = 1000;
constexpr std::int64_t kLowRangeMg = 15'000'000;

ItemKind kind(const char* sku, std::int64_t grams, double relativeSpread, int popularity, int maxQuantity = 3) {
  return {sku, grams * kGram, relativeSpread, popularity, maxQuantity};
}

}  // namespace

const std::vector<ItemKind>& shopAssortment() {
  // Packaged goods vary by 0.5-2 % (fill and packaging), glass and random-weight packs more,
  // produce and bakery by 5-20 %; drinks are heavy and tight.
  static const std::vector<ItemKind> assortment{
      kind("gum", 15, 0.02, 4),             kind("chocolate-bar", 50, 0.015, 6),
      kind("crisps", 75, 0.02, 5),          kind("biscuits", 200, 0.01, 5),
      kind("pasta", 500, 0.008, 5),         kind("rice-1kg", 1000, 0.005, 3),
      kind("flour-1kg", 1010, 0.007, 2),    kind("sugar-1kg", 1005, 0.005, 2),
      kind("instant-noodles", 120, 0.015, 6, 6), kind("canned-beans", 460, 0.008, 5, 4),
      kind("tomato-sauce-jar", 680, 0.012, 3), kind("coffee", 260, 0.008, 3),
      kind("tea", 110, 0.015, 3),           kind("cereal", 400, 0.012, 4),
      kind("yogurt-4-pack", 520, 0.01, 5),  kind("butter", 255, 0.008, 4),
      kind("cheese-random-weight", 400, 0.05, 3), kind("eggs-6", 400, 0.04, 4),
      kind("toothpaste", 125, 0.01, 2),     kind("shampoo", 470, 0.01, 2),
      kind("detergent", 2150, 0.007, 2),    kind("batteries", 60, 0.01, 2),
      kind("greeting-card", 25, 0.02, 1),   kind("razor-blades", 40, 0.01, 1),
      kind("soy-sauce", 560, 0.01, 3),      kind("frozen-pizza", 360, 0.02, 3),
      kind("ice-cream", 520, 0.03, 2),      kind("chicken-pack", 900, 0.03, 2),
      kind("water-1.5l", 1560, 0.004, 5, 6), kind("cola-can", 350, 0.005, 5, 12),
      kind("juice-1l", 1080, 0.005, 4, 4),  kind("beer-bottle", 580, 0.01, 3, 6),
      kind("milk-1l", 1040, 0.005, 6, 4),   kind("wine", 1250, 0.015, 2, 2),
      kind("apple", 180, 0.15, 4, 8),       kind("lettuce", 450, 0.18, 2, 2),
      kind("cucumber", 300, 0.15, 3, 4),    kind("avocado", 200, 0.12, 2, 4),
      kind("melon", 1500, 0.15, 1, 1),      kind("pineapple", 1200, 0.12, 1, 1),
      kind("tomatoes-prepacked", 500, 0.04, 3, 2), kind("bread-loaf", 500, 0.05, 5, 2),
      kind("baguette", 250, 0.08, 3, 2),    kind("croissant", 60, 0.10, 3, 6),
      kind("donut", 80, 0.08, 2, 4),        kind("cake", 600, 0.05, 1, 1),
  };
  return assortment;
}

std::int64_t divisionMg(std::int64_t mg) { return mg <= kLowRangeMg ? 2 * kGram : 5 * kGram; }

std::int64_t scaleShows(std::int64_t mg) {
  const auto d = divisionMg(mg);
  const auto divisions = mg >= 0 ? (mg + d / 2) / d : -((-mg + d / 2) / d);
  return divisions * d;
}

BasketGenerator::BasketGenerator(std::uint64_t seed, BagKind bag) : random_(seed), bag_(bag) {
  const auto& assortment = shopAssortment();
  std::vector<double> weights;
  for (const auto& k : assortment) {
    weights.push_back(k.popularity);
    known_.push_back(whatTheLaneKnows(k));
  }
  pick_ = std::discrete_distribution<std::size_t>(weights.begin(), weights.end());
}

std::int64_t BasketGenerator::unitWeight(const ItemKind& k) {
  const double mean = static_cast<double>(k.meanMg);
  std::normal_distribution<double> weight(mean, mean * k.relativeSpread);
  return std::llround(std::max(weight(random_), mean / 2));
}

// Most items were weighed before: a sample is the difference of two scale readings, with the
// bag's earlier contents under it. New items have a few samples or none; the catalog gives a
// weight (off by the packaging, 1.5 %) for most, and its spread for half of them.
ItemWeight BasketGenerator::whatTheLaneKnows(const ItemKind& k) {
  ItemWeight w;
  w.sku = k.sku;
  std::uniform_real_distribution<double> unit(0, 1);
  const bool isNew = unit(random_) < 0.15;
  const auto samples = isNew ? std::uniform_int_distribution<int>(0, 4)(random_)
                             : static_cast<int>(std::lround(std::exp(std::uniform_real_distribution<double>(
                                   std::log(5.0), std::log(300.0))(random_))));
  if (samples > 0) {
    WeightStats stats;
    std::uniform_int_distribution<std::int64_t> before(0, 8'000'000);
    for (int i = 0; i < samples; ++i) {
      const auto under = before(random_);
      stats.add(scaleShows(under + unitWeight(k)) - scaleShows(under));
    }
    w.learned = stats;
  }
  if (unit(random_) < 0.9) {
    std::normal_distribution<double> bias(1.0, 0.015);
    w.catalogMg = std::llround(static_cast<double>(k.meanMg) * bias(random_) / kGram) * kGram;
    if (unit(random_) < 0.5) w.catalogSpreadMg = std::llround(static_cast<double>(k.meanMg) * k.relativeSpread);
  }
  return w;
}

const ItemKind& BasketGenerator::pickKind() { return shopAssortment()[pick_(random_)]; }

// Quick shops of a few lines are the most common, full trolleys of up to 30 lines the rarest.
int BasketGenerator::lineCount() {
  std::discrete_distribution<int> size{40, 40, 20};
  switch (size(random_)) {
    case 0: return std::uniform_int_distribution<int>(1, 5)(random_);
    case 1: return std::uniform_int_distribution<int>(6, 15)(random_);
    default: return std::uniform_int_distribution<int>(16, 30)(random_);
  }
}

int BasketGenerator::quantity(const ItemKind& k) {
  if (k.maxQuantity <= 1 || std::uniform_real_distribution<double>(0, 1)(random_) < 0.75) return 1;
  return std::uniform_int_distribution<int>(2, k.maxQuantity)(random_);
}

Basket BasketGenerator::next() {
  Basket basket;
  const int lines = lineCount();
  for (int i = 0; i < lines; ++i) {
    const auto index = pick_(random_);
    const auto& k = shopAssortment()[index];
    BasketLine line;
    line.known = known_[index];
    line.known.quantity = quantity(k);
    for (std::int64_t u = 0; u < line.known.quantity; ++u) line.unitMg.push_back(unitWeight(k));
    basket.lines.push_back(std::move(line));
  }
  std::normal_distribution<double> bag(static_cast<double>(bag_.tareMg), static_cast<double>(bag_.tareSpreadMg));
  basket.bagMg = std::llround(std::max(bag(random_), 0.0));
  const auto& extra = pickKind();
  basket.unscannedSku = extra.sku;
  basket.unscannedMg = unitWeight(extra);
  return basket;
}

}  // namespace weighing
