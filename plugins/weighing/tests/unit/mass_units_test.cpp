// Weights converted exactly to milligrams, rounded half away from zero.
#include <gtest/gtest.h>

#include "driver/mass_units.hpp"

namespace weighing {
namespace {

TEST(MassUnits, MetricUnitsAreExact) {
  EXPECT_EQ(toMilligrams(2, 0, kGram), 2000);
  EXPECT_EQ(toMilligrams(1250, -3, kKilogram), 1'250'000);
  EXPECT_EQ(toMilligrams(7, 2, kMilligram), 700);
  EXPECT_EQ(toMilligrams(5, 0, kCarat), 1000);
}

TEST(MassUnits, OunceTenthsRoundHalfAwayFromZero) {
  // 0.1 oz = 2834.9523125 mg
  EXPECT_EQ(toMilligrams(1, -1, kOunce), 2835);
  EXPECT_EQ(toMilligrams(-1, -1, kOunce), -2835);
  // 16 oz = 1 lb exactly
  EXPECT_EQ(toMilligrams(16, 0, kOunce), toMilligrams(1, 0, kPound));
  EXPECT_EQ(toMilligrams(1, 0, kPound), 453'592'370 / 1000);
}

TEST(MassUnits, ExactHalvesGoAwayFromZero) {
  // 0.5 mg and -0.5 mg
  EXPECT_EQ(toMilligrams(5, -1, kMilligram), 1);
  EXPECT_EQ(toMilligrams(-5, -1, kMilligram), -1);
  EXPECT_EQ(toMilligrams(4, -1, kMilligram), 0);
}

TEST(MassUnits, RefusesExponentsOutOfRangeAndOverflow) {
  EXPECT_FALSE(toMilligrams(1, 10, kGram));
  EXPECT_FALSE(toMilligrams(1, -10, kGram));
  EXPECT_FALSE(toMilligrams(65535, 9, kShortTon));
}

}  // namespace
}  // namespace weighing
