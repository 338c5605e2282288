#pragma once
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "src/tolerance/tolerance_model.hpp"

// Seeded, realistic shop baskets for the tolerance study: what the lane knows about each item
// (learned stats from past weighings, catalog figures) next to what the items really weigh.
namespace weighing {

// A kind of item as it really is: the lane never sees these figures.
struct ItemKind {
  std::string sku;
  std::int64_t meanMg = 0;
  double relativeSpread = 0;  // standard deviation over mean
  int popularity = 1;         // relative chance of being picked
  int maxQuantity = 1;        // most units of it on one line
};

// The shop's assortment: packaged goods, drinks, produce sold by the piece, bakery, from gum to
// detergent.
const std::vector<ItemKind>& shopAssortment();

// One scale division for a weight: 2 g up to 15 kg, 5 g up to 30 kg (a dual-range retail scale).
std::int64_t divisionMg(std::int64_t mg);
// What the scale shows: the weight rounded to the nearest division, half away from zero.
std::int64_t scaleShows(std::int64_t mg);

struct BasketLine {
  ItemWeight known;                 // what the lane knows, quantity included
  std::vector<std::int64_t> unitMg; // what each unit really weighs
};

struct Basket {
  std::vector<BasketLine> lines;
  std::int64_t bagMg = 0;          // the bag as it really is
  std::int64_t unscannedMg = 0;    // one more unit, of a kind picked like any other, not scanned
  std::string unscannedSku;
};

struct BagKind {
  std::int64_t tareMg = 12000;     // what the lane is told an empty bag weighs
  std::int64_t tareSpreadMg = 2000;
};

class BasketGenerator {
 public:
  explicit BasketGenerator(std::uint64_t seed, BagKind bag = {});

  Basket next();
  const BagKind& bag() const { return bag_; }

 private:
  std::int64_t unitWeight(const ItemKind& kind);
  ItemWeight whatTheLaneKnows(const ItemKind& kind);
  const ItemKind& pickKind();
  int lineCount();
  int quantity(const ItemKind& kind);

  std::mt19937_64 random_;
  BagKind bag_;
  std::vector<ItemWeight> known_;  // per kind of the assortment
  std::discrete_distribution<std::size_t> pick_;
};

}  // namespace weighing
