// Reading /exit/verify's order: the item weights the band is built from, and a clear error naming
// the field for anything the lane cannot weigh against.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "src/exit/exit_order.hpp"
#include "src/exit/exit_result.hpp"
#include "src/exit/qr_problem.hpp"
#include "unit/exit_fakes.hpp"

namespace exit_test {
namespace {

using ::testing::HasSubstr;

std::string refusal(const std::string& order) {
  auto parsed = parseExitOrder(order);
  EXPECT_FALSE(parsed) << order;
  return parsed ? "" : parsed.error();
}

TEST(ExitOrder, ReadsIdNumberAndItemWeights) {
  auto order = parseExitOrder(orderBody(2, "\"W-42.b_1\""));
  ASSERT_TRUE(order) << order.error();
  EXPECT_EQ(order->id, "W-42.b_1");
  EXPECT_EQ(order->orderNo, "W-0042");
  ASSERT_EQ(order->items.size(), 2u);
  const auto& item = order->items[1];
  EXPECT_EQ(item.sku, "SKU-2");
  EXPECT_EQ(item.quantity, 2);
  EXPECT_EQ(item.catalogMg, 248000);
  ASSERT_TRUE(item.learned);
  EXPECT_EQ(item.learned->count, 12);
  EXPECT_DOUBLE_EQ(item.learned->meanMg, 250000.0);
  EXPECT_DOUBLE_EQ(item.learned->m2, 3000.0 * 3000.0 * 11);  // spread² × (count − 1): Welford's sum
}

TEST(ExitOrder, TakesANumericIdAsText) {
  auto order = parseExitOrder(orderBody(1, "1234"));
  ASSERT_TRUE(order) << order.error();
  EXPECT_EQ(order->id, "1234");
}

TEST(ExitOrder, AnItemWithoutSamplesHasNoLearnedWeight) {
  auto order = parseExitOrder(R"({"order":{"id":1,"items":[
      {"sku":"A","quantity":1,"weight":{"count":0,"mean_mg":0,"spread_mg":0,"catalog_mg":5000}},
      {"sku":"B","quantity":1}]}})");
  ASSERT_TRUE(order) << order.error();
  EXPECT_FALSE(order->items[0].learned);
  EXPECT_EQ(order->items[0].catalogMg, 5000);
  EXPECT_FALSE(order->items[1].learned);
  EXPECT_EQ(order->items[1].catalogMg, 0);
}

TEST(ExitOrder, RefusalsNameTheField) {
  EXPECT_THAT(refusal("not json"), HasSubstr("is not an order"));
  EXPECT_THAT(refusal(R"({"error":{}})"), HasSubstr("order: missing"));
  EXPECT_THAT(refusal(R"({"order":{"items":[{"sku":"A","quantity":1}]}})"), HasSubstr("order.id"));
  EXPECT_THAT(refusal(R"({"order":{"id":"../../x","items":[{"sku":"A","quantity":1}]}})"), HasSubstr("order.id"));
  EXPECT_THAT(refusal(R"({"order":{"id":1,"items":[]}})"), HasSubstr("order.items: the order has no items"));
  EXPECT_THAT(refusal(R"({"order":{"id":1,"items":[{"sku":"A","quantity":1},{"quantity":1}]}})"),
              HasSubstr("order.items[1].sku"));
  EXPECT_THAT(refusal(R"({"order":{"id":1,"items":[{"sku":"A","quantity":0}]}})"),
              HasSubstr("order.items[0].quantity: expected a whole number of at least 1"));
  EXPECT_THAT(refusal(R"({"order":{"id":1,"items":[{"sku":"A","quantity":1.5}]}})"),
              HasSubstr("order.items[0].quantity"));
  EXPECT_THAT(refusal(R"({"order":{"id":1,"items":[{"sku":"A","quantity":1,"weight":{"count":3,"mean_mg":-5}}]}})"),
              HasSubstr("order.items[0].weight.mean_mg"));
  EXPECT_THAT(refusal(R"({"order":{"id":1,"items":[7]}})"), HasSubstr("order.items[0]"));
}

TEST(ExitResult, PostsToTheOrdersResultWithItsOwnKey) {
  const auto call = resultCall({"42", "approved", 1900000, std::nullopt, "S7"});
  EXPECT_EQ(call.path, "/exit/42/result");
  EXPECT_EQ(call.idempotencyKey, "exit:42");
  EXPECT_EQ(call.body, R"({"measured_mg":1900000,"supervisor":"S7","verdict":"approved"})");
  EXPECT_EQ(resultCall({"42", "pass", 1500000, std::nullopt, ""}).body, R"({"measured_mg":1500000,"verdict":"pass"})");
}

TEST(ExitResult, APassCarriesTheNetWeightTheServerLearnsFrom) {
  EXPECT_EQ(resultCall({"42", "pass", 1500000, 1488000, ""}).body,
            R"({"measured_mg":1500000,"net_mg":1488000,"verdict":"pass"})");
}

// The server refuses a result outside its range, and a refused result leaves the order paid.
TEST(ExitResult, WeightsAreClampedToTheServersRange) {
  EXPECT_EQ(resultCall({"42", "approved", -4000, std::nullopt, "S7"}).body,
            R"({"measured_mg":0,"supervisor":"S7","verdict":"approved"})");
  EXPECT_EQ(resultCall({"42", "approved", kMaxMeasuredMg + 1, std::nullopt, "S7"}).body,
            R"({"measured_mg":200000000,"supervisor":"S7","verdict":"approved"})");
  EXPECT_EQ(resultCall({"42", "pass", 1500000, 1600000, ""}).body,
            R"({"measured_mg":1500000,"net_mg":1500000,"verdict":"pass"})")
      << "net_mg never exceeds measured_mg";
}

TEST(QrProblem, OnlyTheDocumentedRefusalsAreTheCustomersProblem) {
  EXPECT_TRUE(qrProblem({409, errorBody(409, "order_used")}));
  EXPECT_TRUE(qrProblem({409, errorBody(409, "order_in_use")}));
  EXPECT_FALSE(qrProblem({422, errorBody(422, "order_used")})) << "the code with the wrong status";
  EXPECT_FALSE(qrProblem({403, errorBody(403, "forbidden")}));
  EXPECT_FALSE(qrProblem({502, "<html>bad gateway</html>"}));
}

TEST(QrProblem, ServerMessageQuotesTheServer) {
  EXPECT_EQ(serverMessage({403, errorBody(403, "forbidden")}), "HTTP 403: refused: forbidden");
  EXPECT_EQ(serverMessage({502, "bad gateway"}), "HTTP 502: bad gateway");
}

}  // namespace
}  // namespace exit_test
