// The lane's learned item weights: exact shifted sums in 64 bits, the server's 1 g to 50 kg range,
// and the move from the first table layout.
#include "src/bagging/item_weight_store.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "poscore/services/lane_db.hpp"
#include "poscore/services/plugin_storage.hpp"
#include "temp_dir.hpp"

namespace weighing {
namespace {

class LaneItemWeights : public ::testing::Test {
 protected:
  postest::TempDir dir_;
  poscore::LaneDb db_{dir_ / "lane.db"};
  poscore::PluginStorage storage_{db_, "weighing"};
  ItemWeightStore store_{storage_};
};

TEST_F(LaneItemWeights, ThousandsOfHeavySamplesStayExact) {
  ASSERT_TRUE(store_.migrate());
  std::vector<LearnedSample> samples;
  for (int i = 0; i < 4000; ++i) samples.push_back({"SACK", i % 2 == 0 ? 49'990'000 : 50'000'000, false});
  ASSERT_TRUE(store_.add(samples));  // Σmg² would be 1e19: beyond 64 bits
  const auto stats = store_.statsOf("SACK");
  ASSERT_TRUE(stats);
  EXPECT_EQ(stats->count, 4000);
  EXPECT_DOUBLE_EQ(stats->meanMg, 49'995'000.0);
  EXPECT_DOUBLE_EQ(stats->m2, 4000.0 * 25'000'000.0);  // every sample 5 g from the mean
}

TEST_F(LaneItemWeights, SamplesRunFromOneGramToFiftyKilogramsAsAtTheServer) {
  ASSERT_TRUE(store_.migrate());
  EXPECT_TRUE(store_.add({{"A", 1'000, false}, {"A", 50'000'000, true}}));
  auto light = store_.add({{"B", 2'000, false}, {"B", 999, false}});
  ASSERT_FALSE(light);
  EXPECT_NE(light.error().find("outside 1 g to 50 kg"), std::string::npos) << light.error();
  EXPECT_FALSE(store_.statsOf("B")) << "all or none";
  EXPECT_FALSE(store_.add({{"C", 50'000'001, false}}));
}

TEST_F(LaneItemWeights, ASampleThatWouldOverflowTheSumsIsRefusedAndChangesNothing) {
  ASSERT_TRUE(store_.migrate());
  ASSERT_TRUE(store_.add({{"A", 1'000, false}}));
  ASSERT_TRUE(storage_.exec("UPDATE weighing_item_weights SET count = 3600, sum_sq_diff_mg2 = 9222000000000000000"));
  auto refused = store_.add({{"A", 50'000'000, false}});
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().find("too far from its first sample"), std::string::npos) << refused.error();
  EXPECT_EQ(store_.statsOf("A")->count, 3600);
  EXPECT_TRUE(store_.add({{"A", 1'500, false}}));
}

TEST_F(LaneItemWeights, TheFirstLayoutsExactRowsMoveAndOverflowedOnesAreLearnedAgain) {
  ASSERT_TRUE(storage_.migrate({{1, "item weights learned at the bagging area", R"(
CREATE TABLE weighing_item_weights (
  sku TEXT PRIMARY KEY,
  count INTEGER NOT NULL,
  sum_mg INTEGER NOT NULL,
  sum_sq_mg INTEGER NOT NULL
);)"}}));
  // 500 g, 510 g, 520 g: Σ = 1.53e6, Σ² = 7.805e11.
  ASSERT_TRUE(storage_.exec("INSERT INTO weighing_item_weights VALUES ('TEA', 3, 1530000, 780500000000)"));
  ASSERT_TRUE(storage_.exec("INSERT INTO weighing_item_weights VALUES ('SACK', 4000, 199980000000, 1.0e19)"));
  ASSERT_TRUE(store_.migrate());
  const auto tea = store_.statsOf("TEA");
  ASSERT_TRUE(tea);
  EXPECT_EQ(tea->count, 3);
  EXPECT_DOUBLE_EQ(tea->meanMg, 510'000.0);
  EXPECT_DOUBLE_EQ(tea->m2, 2e8);
  EXPECT_FALSE(store_.statsOf("SACK"));
  EXPECT_TRUE(store_.add({{"TEA", 510'000, false}}));
  EXPECT_EQ(store_.statsOf("TEA")->count, 4);
}

}  // namespace
}  // namespace weighing
