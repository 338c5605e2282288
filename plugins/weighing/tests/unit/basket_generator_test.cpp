#include <gtest/gtest.h>

#include <algorithm>

#include "src/tolerance/basket_generator.hpp"

namespace weighing {
namespace {

TEST(ScaleShows, RoundsToTwoGramsUpToFifteenKilograms) {
  EXPECT_EQ(scaleShows(1000), 2000) << "half a division rounds away from zero";
  EXPECT_EQ(scaleShows(999), 0);
  EXPECT_EQ(scaleShows(123456), 124000);
  EXPECT_EQ(scaleShows(15'000'000), 15'000'000);
  EXPECT_EQ(divisionMg(15'000'001), 5000);
  EXPECT_EQ(scaleShows(15'002'499), 15'000'000);
  EXPECT_EQ(scaleShows(15'002'500), 15'005'000);
}

TEST(Assortment, FromTensOfGramsToKilograms) {
  const auto& kinds = shopAssortment();
  const auto [lightest, heaviest] = std::minmax_element(
      kinds.begin(), kinds.end(), [](const auto& a, const auto& b) { return a.meanMg < b.meanMg; });
  EXPECT_LE(lightest->meanMg, 20000);
  EXPECT_GE(heaviest->meanMg, 2000000);
  for (const auto& k : kinds) {
    EXPECT_GT(k.relativeSpread, 0.0) << k.sku;
    EXPECT_LE(k.relativeSpread, 0.2) << k.sku;
  }
}

TEST(BasketGenerator, BasketsOfOneToThirtyLinesWithTrueWeights) {
  BasketGenerator generator(11);
  std::size_t fewest = 100;
  std::size_t most = 0;
  bool someQuantity = false;
  bool someLearned = false;
  bool someCatalogOnly = false;
  for (int i = 0; i < 2000; ++i) {
    const auto basket = generator.next();
    fewest = std::min(fewest, basket.lines.size());
    most = std::max(most, basket.lines.size());
    EXPECT_GT(basket.unscannedMg, 0);
    for (const auto& line : basket.lines) {
      ASSERT_EQ(static_cast<std::int64_t>(line.unitMg.size()), line.known.quantity);
      someQuantity = someQuantity || line.known.quantity > 1;
      someLearned = someLearned || (line.known.learned && line.known.learned->count >= 5);
      someCatalogOnly = someCatalogOnly || (!line.known.learned && line.known.catalogMg > 0);
    }
  }
  EXPECT_EQ(fewest, 1U);
  EXPECT_EQ(most, 30U);
  EXPECT_TRUE(someQuantity);
  EXPECT_TRUE(someLearned);
  EXPECT_TRUE(someCatalogOnly);
}

TEST(BasketGenerator, LearnedMeansCarryEstimationError) {
  BasketGenerator generator(3);
  const auto basket = generator.next();
  int off = 0;
  for (int i = 0; i < 200; ++i) {
    for (const auto& line : generator.next().lines) {
      const auto& kind = *std::find_if(shopAssortment().begin(), shopAssortment().end(),
                                       [&](const auto& k) { return k.sku == line.known.sku; });
      if (line.known.learned && line.known.learned->count > 0 &&
          line.known.learned->meanMg != static_cast<double>(kind.meanMg)) {
        ++off;
      }
    }
  }
  EXPECT_GT(off, 0) << "learned means must come from sampled weighings, not the true mean";
  EXPECT_FALSE(basket.lines.empty());
}

}  // namespace
}  // namespace weighing
