// Bagging samples at the server on SQLite and PostgreSQL: a sample that would overflow a sku's sums
// is refused with 422, so the lane's outbox drops it instead of retrying a 500 forever.
#include <gtest/gtest.h>

#include "weighing_server.hpp"

namespace weighing::test {
namespace {

class WeightSamples : public WeighingServerTest {};

TEST_P(WeightSamples, ASampleThatWouldOverflowTheSumOfSquaresIsRefusedAndChangesNothing) {
  ASSERT_EQ(post(lane_, "/weights/samples", R"({"samples":[{"sku":"TEA","mg":1000}]})", "w1").status, 200);
  // As if thousands of 50 kg samples had followed an outlying 1 g first one: one more passes 64 bits.
  ASSERT_TRUE(database().exec("UPDATE weighing_item_weights SET sample_count = 3600, "
                              "sum_squared_diff_mg2 = 9222000000000000000 WHERE sku = 'TEA'"));
  const auto refused = post(lane_, "/weights/samples", R"({"samples":[{"sku":"TEA","mg":50000000}]})", "w2");
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(refused.errorCode(), "sample_refused");
  EXPECT_EQ(refused.errorField(), "samples[0].mg");
  auto rows = database().query("SELECT sample_count, sum_squared_diff_mg2 FROM weighing_item_weights WHERE sku = 'TEA'");
  ASSERT_TRUE(rows);
  EXPECT_EQ(std::get<std::int64_t>(rows.value().at(0).at(0)), 3600);
  EXPECT_EQ(std::get<std::int64_t>(rows.value().at(0).at(1)), 9222000000000000000);
  // A sample close to the first still fits.
  EXPECT_EQ(post(lane_, "/weights/samples", R"({"samples":[{"sku":"TEA","mg":2000}]})", "w3").status, 200);
}

TEST_P(WeightSamples, SamplesRunFromOneGramToFiftyKilograms) {
  EXPECT_EQ(post(lane_, "/weights/samples", R"({"samples":[{"sku":"TEA","mg":1000}]})", "a").status, 200);
  EXPECT_EQ(post(lane_, "/weights/samples", R"({"samples":[{"sku":"TEA","mg":50000000}]})", "b").status, 200);
  EXPECT_EQ(post(lane_, "/weights/samples", R"({"samples":[{"sku":"TEA","mg":999}]})", "c").status, 422);
}

POS_DATABASE_TEST_SUITE(WeightSamples);

}  // namespace
}  // namespace weighing::test
