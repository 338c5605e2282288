#include <gtest/gtest.h>

#include "src/bagging/sale_event.hpp"

namespace weighing {
namespace {

TEST(SaleEvent, ReadsALineAdded) {
  const auto event = parseSaleEvent(
      "sale.line_added",
      R"({"sale_id":"S9","line_no":3,"sku":"690123","barcode":"690123","quantity":2,"weight_grams":0,)"
      R"("expected_grams":450,"spread_grams":4})");
  ASSERT_TRUE(event.isOk()) << event.error();
  const auto* line = std::get_if<LineAdded>(&event.value());
  ASSERT_NE(line, nullptr);
  EXPECT_EQ(line->saleId, "S9");
  EXPECT_EQ(line->lineNo, 3);
  EXPECT_EQ(line->sku, "690123");
  EXPECT_EQ(line->quantity, 2);
  EXPECT_EQ(line->expectedGrams, 450);
  EXPECT_EQ(line->spreadGrams, 4);
}

TEST(SaleEvent, ReadsTheOtherTopics) {
  const auto changed = parseSaleEvent("sale.line_changed", R"({"sale_id":12,"line_no":1,"sku":"A","quantity":0})");
  ASSERT_TRUE(changed.isOk()) << changed.error();
  EXPECT_EQ(std::get<LineChanged>(changed.value()).saleId, "12");
  ASSERT_TRUE(std::holds_alternative<LineVoided>(
      parseSaleEvent("sale.line_voided", R"({"sale_id":"S","line_no":2})").value()));
  ASSERT_TRUE(std::holds_alternative<SaleEnded>(
      parseSaleEvent("sale.cancelled", R"({"sale_id":"S"})").value()));
  const auto approved = parseSaleEvent("selfcheckout.attendant_approved", R"({"line_no":4,"supervisor":"0042"})");
  ASSERT_TRUE(approved.isOk()) << approved.error();
  EXPECT_EQ(std::get<AttendantApproved>(approved.value()).supervisor, "0042");
}

TEST(SaleEvent, NamesTheFieldThatIsWrong) {
  const auto missing = parseSaleEvent("sale.line_added", R"({"sale_id":"S","line_no":1,"quantity":1})");
  ASSERT_FALSE(missing.isOk());
  EXPECT_NE(missing.error().find("\"sku\""), std::string::npos) << missing.error();
  const auto negative = parseSaleEvent("sale.line_added", R"({"sale_id":"S","line_no":1,"sku":"A","quantity":-1})");
  ASSERT_FALSE(negative.isOk());
  EXPECT_NE(negative.error().find("\"quantity\" must be at least 0"), std::string::npos) << negative.error();
  const auto fraction = parseSaleEvent("sale.line_added", R"({"sale_id":"S","line_no":1.5,"sku":"A","quantity":1})");
  ASSERT_FALSE(fraction.isOk());
  EXPECT_NE(fraction.error().find("\"line_no\""), std::string::npos) << fraction.error();
}

TEST(SaleEvent, RefusesBadJsonAndOtherTopics) {
  const auto broken = parseSaleEvent("sale.completed", "{\"sale_id\":");
  ASSERT_FALSE(broken.isOk());
  EXPECT_NE(broken.error().find("sale.completed: the payload is not a JSON object"), std::string::npos);
  EXPECT_FALSE(parseSaleEvent("sale.completed", "[1]").isOk());
  const auto other = parseSaleEvent("scale.weight", "{}");
  ASSERT_FALSE(other.isOk());
  EXPECT_NE(other.error().find("not a topic"), std::string::npos);
}

}  // namespace
}  // namespace weighing
