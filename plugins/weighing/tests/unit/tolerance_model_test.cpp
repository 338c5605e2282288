#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include <boost/math/distributions/complement.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>

#include "src/tolerance/student_factor.hpp"
#include "src/tolerance/tolerance_model.hpp"

namespace weighing {
namespace {

// Settings that make the arithmetic easy to follow: no floor, no rounding term unless a test asks.
ToleranceSettings plain() {
  ToleranceSettings s;
  s.strictness = 3.0;
  s.resolutionMg = 0;
  s.minSamples = 5;
  s.catalogRelativeSpread = 0;
  s.minItemSpreadMg = 0;
  s.floorMg = 0;
  s.priorSamples = 0;
  return s;
}

// Student's t over the normal quantile, both at the tail beyond the strictness.
double tFactor(double freedom, double strictness) {
  const double tail = boost::math::cdf(boost::math::complement(boost::math::normal(), strictness));
  return boost::math::quantile(boost::math::complement(boost::math::students_t(freedom), tail)) / strictness;
}

WeightStats learnedFrom(std::initializer_list<std::int64_t> samples) {
  WeightStats stats;
  for (auto mg : samples) stats.add(mg);
  return stats;
}

ItemWeight catalogItem(std::int64_t mg, std::int64_t spreadMg = 0, std::int64_t quantity = 1) {
  ItemWeight item;
  item.sku = "cat-" + std::to_string(mg);
  item.quantity = quantity;
  item.catalogMg = mg;
  item.catalogSpreadMg = spreadMg;
  return item;
}

Band bandOf(const std::vector<ItemWeight>& items, const ToleranceSettings& s, std::int64_t tare = 0,
            std::int64_t tareSpread = 0) {
  const auto e = expectedBand(items, tare, tareSpread, s);
  EXPECT_TRUE(e.band.has_value());
  EXPECT_TRUE(e.unknownSkus.empty());
  return e.band.value_or(Band{});
}

TEST(WeightStats, MeanAndSampleSpreadFollowWelford) {
  const auto stats = learnedFrom({100000, 102000, 98000, 100000});
  EXPECT_EQ(stats.count, 4);
  EXPECT_DOUBLE_EQ(stats.meanMg, 100000);
  // squared differences 0 + 4e6 + 4e6 + 0 over n - 1 = 3
  EXPECT_NEAR(stats.spreadMg(), std::sqrt(8e6 / 3), 1e-6);
}

TEST(WeightStats, SpreadIsZeroBelowTwoSamples) {
  EXPECT_EQ(learnedFrom({}).spreadMg(), 0);
  EXPECT_EQ(learnedFrom({5000}).spreadMg(), 0);
}

TEST(StudentFactor, MatchesTheTablesAndTendsToOne) {
  // t(0.975, 10 degrees of freedom) = 2.228139 over z(0.975) = 1.959964
  EXPECT_NEAR(studentFactor(10, 1.959964), 2.228139 / 1.959964, 1e-5);
  EXPECT_NEAR(studentFactor(10, 1.959964), 2.228139 / 1.959964, 1e-5) << "remembered";
  EXPECT_NEAR(studentFactor(1e7, 3.0), 1.0, 1e-4);
  EXPECT_GT(studentFactor(4, 3.0), studentFactor(40, 3.0));
}

TEST(ExpectedBand, ExpectedIsTarePlusQuantityTimesMean) {
  const auto band = bandOf({catalogItem(250000, 1000, 3), catalogItem(40000, 1000)}, plain(), 15000);
  EXPECT_EQ(band.expectedMg, 15000 + 3 * 250000 + 40000);
}

TEST(ExpectedBand, VarianceAddsQuantityTimesSpreadSquaredAndTare) {
  const auto band = bandOf({catalogItem(250000, 3000, 4)}, plain(), 0, 4000);
  EXPECT_NEAR(band.spreadMg, std::sqrt(4 * 3000.0 * 3000 + 4000.0 * 4000), 1e-6);
}

TEST(ExpectedBand, ResolutionAddsUniformRoundingVarianceAndOneDivision) {
  auto s = plain();
  s.resolutionMg = 2000;
  const auto band = bandOf({catalogItem(500000, 3000)}, s);
  const double sd = std::sqrt(3000.0 * 3000 + 2000.0 * 2000 / 12);
  EXPECT_NEAR(band.spreadMg, sd, 1e-6);
  EXPECT_EQ(band.maxMg - band.expectedMg, static_cast<std::int64_t>(std::ceil(3 * sd)) + 2000);
  EXPECT_EQ(band.expectedMg - band.minMg, band.maxMg - band.expectedMg);
}

TEST(ExpectedBand, HalfWidthIsStrictnessTimesSpread) {
  auto s = plain();
  s.strictness = 2.5;
  const auto band = bandOf({catalogItem(500000, 4000)}, s);
  EXPECT_EQ(band.maxMg - band.expectedMg, 10000);
}

TEST(ExpectedBand, FloorHoldsTheBandOpenForExactItems) {
  auto s = plain();
  s.floorMg = 5000;
  s.resolutionMg = 2000;
  const auto band = bandOf({catalogItem(500000, 10)}, s);
  EXPECT_EQ(band.maxMg - band.expectedMg, 5000 + 2000);
}

TEST(ExpectedBand, LearnedStatsCountFromMinSamplesOn) {
  auto item = catalogItem(500000, 1000);
  item.learned = learnedFrom({520000, 520000, 520000, 520000});
  EXPECT_EQ(bandOf({item}, plain()).expectedMg, 500000) << "four samples are below minSamples";
  item.learned->add(520000);
  EXPECT_EQ(bandOf({item}, plain()).expectedMg, 520000);
}

TEST(ExpectedBand, LearnedMeanAddsItsEstimationErrorPerLine) {
  auto item = catalogItem(0, 0, 3);
  item.learned = learnedFrom({98000, 102000, 98000, 102000, 100000});
  const double s = item.learned->spreadMg() * tFactor(4, 3.0);
  // 3 units: 3 s^2 of their own, and the mean's error (s^2 / 5) repeated in all three: 9 s^2 / 5.
  EXPECT_NEAR(bandOf({item}, plain()).spreadMg, std::sqrt(3 * s * s + 9 * s * s / 5), 1e-6);
}

TEST(ExpectedBand, FewSamplesWidenTheLearnedSpreadByStudentsT) {
  auto few = catalogItem(0);
  few.learned = learnedFrom({98000, 102000, 98000, 102000, 100000});
  auto many = few;
  for (int i = 0; i < 100; ++i) many.learned->add(100000 + (i % 2 == 0 ? 2000 : -2000));
  const double sFew = few.learned->spreadMg() * tFactor(4, 3.0);
  EXPECT_NEAR(bandOf({few}, plain()).spreadMg, std::sqrt(sFew * sFew * (1 + 1.0 / 5)), 1e-6);
  EXPECT_GT(tFactor(4, 3.0), 2.0) << "five samples: the band must be more than twice as wide";
  const double sMany = many.learned->spreadMg();
  EXPECT_NEAR(bandOf({many}, plain()).spreadMg / (sMany * std::sqrt(1 + 1.0 / 105)), 1.0, 0.05);
}

TEST(ExpectedBand, LearnedSpreadIsPooledWithThePriorSamples) {
  auto s = plain();
  s.priorSamples = 4;
  auto item = catalogItem(700000, 3000);
  item.learned = learnedFrom({500000, 500000, 500000, 500000, 500000, 500000});
  // Six equal samples (5 degrees of freedom, variance 0) and four prior ones at 3 g.
  const double pooled = std::sqrt(4 * 3000.0 * 3000 / 9) * tFactor(9, 3.0);
  const auto band = bandOf({item}, s);
  EXPECT_EQ(band.expectedMg, 500000);
  EXPECT_NEAR(band.spreadMg, pooled * std::sqrt(1 + 1.0 / 6), 1e-6);
}

TEST(ExpectedBand, SamplesBelowMinSamplesStillGiveTheSpread) {
  auto item = catalogItem(300000);
  item.learned = learnedFrom({250000, 350000, 300000});
  const double spread = item.learned->spreadMg() * tFactor(2, 3.0);
  const auto band = bandOf({item}, plain());
  EXPECT_EQ(band.expectedMg, 300000) << "the catalog's mean until minSamples";
  EXPECT_NEAR(band.spreadMg, spread, 1e-6) << "the catalog's own error is 0 in plain()";
}

TEST(ExpectedBand, CatalogWithoutSpreadUsesTheRelativeSpread) {
  auto s = plain();
  s.catalogRelativeSpread = 0.02;
  // 10 g of spread, and the catalog figure itself off by as much.
  EXPECT_NEAR(bandOf({catalogItem(500000)}, s).spreadMg, std::sqrt(2) * 10000, 1e-6);
}

TEST(ExpectedBand, ACatalogWeightIsOffTheSameInEveryUnit) {
  auto s = plain();
  s.catalogRelativeSpread = 0.02;
  // 3 units of a 500 g item with a 4 g spread: 3 * 4^2 of their own, 3^2 * 10^2 of the figure.
  EXPECT_NEAR(bandOf({catalogItem(500000, 4000, 3)}, s).spreadMg, std::sqrt(3 * 16e6 + 9 * 100e6), 1e-6);
}

TEST(ExpectedBand, NoItemSpreadBelowTheMinimum) {
  auto s = plain();
  s.minItemSpreadMg = 1000;
  EXPECT_NEAR(bandOf({catalogItem(500000, 100, 4)}, s).spreadMg, std::sqrt(4 * 1000.0 * 1000), 1e-6);
  auto exact = catalogItem(0);
  exact.learned = learnedFrom({7000, 7000, 7000, 7000, 7000});
  EXPECT_NEAR(bandOf({exact}, s).spreadMg, std::sqrt(1000.0 * 1000 + 1000.0 * 1000 / 5), 1e-6);
}

TEST(ExpectedBand, ItemsWithNoWeightGoToTheAttendant) {
  ItemWeight unknown;
  unknown.sku = "6900000000001";
  auto few = catalogItem(0);
  few.sku = "6900000000002";
  few.learned = learnedFrom({1000, 1000});
  const auto e = expectedBand(std::vector{catalogItem(500000), unknown, few}, 0, 0, plain());
  EXPECT_FALSE(e.band.has_value());
  EXPECT_EQ(e.unknownSkus, (std::vector<std::string>{"6900000000001", "6900000000002"}));
  const auto j = judge(e, 500000);
  EXPECT_EQ(j.verdict, Verdict::Attendant);
  EXPECT_NE(j.reason.find("6900000000001, 6900000000002"), std::string::npos) << j.reason;
}

TEST(ExpectedBand, LinesWithoutAPositiveQuantityGoToTheAttendant) {
  const auto e = expectedBand(std::vector{catalogItem(500000, 0, 0)}, 0, 0, plain());
  EXPECT_FALSE(e.band.has_value());
  EXPECT_EQ(e.unknownSkus.size(), 1U);
}

TEST(ExpectedBand, EmptyBasketIsTheTareAlone) {
  auto s = plain();
  s.floorMg = 5000;
  const auto band = bandOf({}, s, 20000, 3000);
  EXPECT_EQ(band.expectedMg, 20000);
  EXPECT_EQ(band.maxMg, 20000 + 9000);
}

TEST(Judge, PassesInsideTheBandAndAlarmsOutside) {
  auto s = plain();
  s.floorMg = 5000;
  const auto e = expectedBand(std::vector{catalogItem(500000, 100)}, 0, 0, s);
  EXPECT_EQ(judge(e, 505000).verdict, Verdict::Pass);
  EXPECT_EQ(judge(e, 495000).verdict, Verdict::Pass);
  const auto over = judge(e, 505001);
  EXPECT_EQ(over.verdict, Verdict::Alarm);
  EXPECT_EQ(over.differenceMg, 5001);
  EXPECT_NE(over.reason.find("5 g more"), std::string::npos) << over.reason;
  const auto under = judge(e, 494999);
  EXPECT_EQ(under.verdict, Verdict::Alarm);
  EXPECT_NE(under.reason.find("less"), std::string::npos) << under.reason;
}

TEST(Strictness, NamedLevelsAndNumbersInRange) {
  EXPECT_EQ(parseStrictness("strict"), 2.5);
  EXPECT_EQ(parseStrictness("normal"), 3.0);
  EXPECT_EQ(parseStrictness("lenient"), 4.0);
  EXPECT_EQ(parseStrictness("3.5"), 3.5);
  EXPECT_EQ(parseStrictness("1"), 1.0);
  EXPECT_EQ(parseStrictness("6"), 6.0);
}

TEST(Strictness, RefusesAnythingElse) {
  for (const char* bad : {"", "Normal", "0.9", "6.01", "3x", " 3", "nan", "inf", "-3"}) {
    EXPECT_FALSE(parseStrictness(bad).has_value()) << bad;
  }
}

}  // namespace
}  // namespace weighing
