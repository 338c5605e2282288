#include <gtest/gtest.h>

#include <array>

#include "src/tolerance/basket_study.hpp"

namespace weighing {
namespace {

constexpr std::array kLevels{2.5, 3.0, 4.0};

// The figures README.md reports for `pos-weighing-basket-study --baskets 10000 --seed 5`.
class BasketStudy : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { rows_ = runBasketStudy(StudyOptions{}, kLevels); }
  static const StudyRow& normal() { return rows_[1]; }
  static inline std::vector<StudyRow> rows_;
};

TEST_F(BasketStudy, HonestBagsRarelyAlarmAtTheDefault) {
  EXPECT_EQ(normal().wholeBasket.falseAlarms.of + normal().wholeBasket.attendant.hits, 10000);
  EXPECT_LE(normal().wholeBasket.falseAlarms.percent(), 0.2);
  EXPECT_LE(normal().perItem.falseAlarms.percent(), 0.2);
}

TEST_F(BasketStudy, ThePerItemCheckCatchesWhatTheWholeBagCannot) {
  const auto& whole = normal().wholeBasket;
  const auto& item = normal().perItem;
  EXPECT_GE(item.caught.percent(), 93.0);
  EXPECT_LE(whole.caught.percent(), 70.0) << "a 20 g item hides in a 10 kg bag";
  EXPECT_GE(whole.caught.percent(), 65.0);
  EXPECT_GE(item.caughtByWeight[2].percent(), 91.5) << "100-250 g";
  EXPECT_GE(item.caughtByWeight[4].percent(), 99.0) << "0.5-1 kg";
  EXPECT_GE(item.caughtByWeight[5].percent(), 99.5) << "1 kg and more";
  EXPECT_GE(whole.caughtByWeight[5].percent(), 97.5) << "1 kg and more";
  EXPECT_LE(whole.caughtByWeight[0].percent(), 10.0) << "20-50 g";
}

TEST_F(BasketStudy, StricterCatchesMoreAndAlarmsMore) {
  for (std::size_t i = 1; i < rows_.size(); ++i) {
    EXPECT_GT(rows_[i - 1].wholeBasket.caught.hits, rows_[i].wholeBasket.caught.hits);
    EXPECT_GT(rows_[i - 1].perItem.caught.hits, rows_[i].perItem.caught.hits);
    EXPECT_GE(rows_[i - 1].wholeBasket.falseAlarms.hits, rows_[i].wholeBasket.falseAlarms.hits);
  }
  EXPECT_LE(rows_[0].perItem.falseAlarms.percent(), 0.5) << "strict";
  EXPECT_GE(rows_[0].perItem.caught.percent(), 94.5) << "strict";
}

TEST_F(BasketStudy, ItemsWithoutDataGoToTheAttendant) {
  EXPECT_GT(normal().wholeBasket.attendant.hits, 0);
  EXPECT_LE(normal().wholeBasket.attendant.percent(), 15.0);
  EXPECT_LE(normal().perItem.attendant.percent(), 2.0);
}

TEST(BasketStudySeed, SameSeedSameFigures) {
  StudyOptions options;
  options.baskets = 500;
  const auto a = runBasketStudy(options, kLevels);
  const auto b = runBasketStudy(options, kLevels);
  options.seed = 6;
  const auto c = runBasketStudy(options, kLevels);
  EXPECT_EQ(a[1].wholeBasket.caught.hits, b[1].wholeBasket.caught.hits);
  EXPECT_EQ(a[1].perItem.falseAlarms.hits, b[1].perItem.falseAlarms.hits);
  EXPECT_NE(a[1].wholeBasket.caught.hits * 1000 + a[1].wholeBasket.caught.of,
            c[1].wholeBasket.caught.hits * 1000 + c[1].wholeBasket.caught.of);
}

}  // namespace
}  // namespace weighing
