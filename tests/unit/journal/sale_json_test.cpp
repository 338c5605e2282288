#include "poscore/sale/sale_json.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>


#include "sale_samples.hpp"

namespace poscore::sale {
namespace {

using ::testing::HasSubstr;
using postest::fullSale;

Sale roundTrip(const Sale& sale) {
  auto parsed = saleFromJson(toJson(sale));
  EXPECT_TRUE(parsed) << parsed.error();
  return parsed ? parsed.value() : Sale{};
}

// The sample's JSON with one piece of text replaced, for the refusal cases.
std::string edited(const std::string& from, const std::string& to) {
  auto text = toJson(fullSale());
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return at == std::string::npos ? text : text.replace(at, from.size(), to);
}

void expectRefused(const std::string& json, const std::string& field) {
  auto parsed = saleFromJson(json);
  ASSERT_FALSE(parsed) << "accepted a sale that should name " << field;
  EXPECT_THAT(parsed.error(), HasSubstr(field));
}

TEST(SaleJson, EveryFieldRoundTrips) { postest::expectSameSale(roundTrip(fullSale()), fullSale()); }

TEST(SaleJson, AnEmptyOpenSaleRoundTrips) {
  Sale open;
  open.id = "S-1";
  open.cashierId = "c-1";
  open.openedAt = postest::at(9, 0);
  postest::expectSameSale(roundTrip(open), open);
}

TEST(SaleJson, AReturnWithNegativeAmountsRoundTrips) {
  Sale refund = fullSale();
  refund.kind = SaleKind::Return;
  refund.originalReceiptNo = "L01-00000007";
  for (auto& line : refund.lines) {
    line.quantity = -line.quantity;
    line.gross = -line.gross;
    line.net = -line.net;
    line.returnOfLine = line.lineNo + 4;
  }
  refund.totals.total = Money::minor(-kMaxAmountMinor);
  refund.tenders[1].amount = Money::minor(-1717);
  postest::expectSameSale(roundTrip(refund), refund);
}

TEST(SaleJson, AmountsAreIntegersAndNamesStayUtf8) {
  const auto json = toJson(fullSale());
  EXPECT_THAT(json, HasSubstr("\"unitPrice\":1250"));
  EXPECT_THAT(json, HasSubstr("\"amount\":-1250"));
  EXPECT_THAT(json, HasSubstr("苹果 🍎"));
  EXPECT_THAT(json, HasSubstr("\"openedAt\":\"2026-11-22T10:01:00.123Z\""));
  EXPECT_THAT(json, HasSubstr("\"priceOverride\":null"));
}

TEST(SaleJson, OptionalsMayBeLeftOut) {
  auto parsed = saleFromJson(edited("\"saleDiscount\":{\"kind\":\"percent\",\"value\":1000,\"by\":{\"userId\":\"sup-3\",\"reason\":\"staff\"}},", ""));
  ASSERT_TRUE(parsed) << parsed.error();
  EXPECT_FALSE(parsed.value().saleDiscount);
}

TEST(SaleJson, RefusesAMissingField) { expectRefused(edited("\"cashierId\":\"c-07\",", ""), "sale.cashierId"); }

TEST(SaleJson, RefusesAFraction) { expectRefused(edited("\"unitPrice\":1250", "\"unitPrice\":12.5"), "sale.lines[0].unitPrice"); }

TEST(SaleJson, RefusesAnAmountAsText) { expectRefused(edited("\"paid\":4000", "\"paid\":\"40.00\""), "sale.totals.paid"); }

TEST(SaleJson, RefusesAnAmountBeyondTheLimit) {
  expectRefused(edited("\"received\":2000", "\"received\":1000000000000"), "sale.tenders[1].received");
}

TEST(SaleJson, RefusesAnIntegerTooLargeForInt64) {
  expectRefused(edited("\"productId\":1001", "\"productId\":99999999999999999999"), "99999999999999999999");
}

TEST(SaleJson, RefusesABooleanAsNumber) { expectRefused(edited("\"quantity\":2", "\"quantity\":true"), "sale.lines[0].quantity"); }

TEST(SaleJson, RefusesAnUnknownKey) { expectRefused(edited("\"voided\":true", "\"voided\":true,\"void\":1"), "sale.lines[2].void"); }

TEST(SaleJson, RefusesAnUnknownWord) { expectRefused(edited("\"unit\":\"weight\"", "\"unit\":\"kg\""), "sale.lines[1].unit"); }

TEST(SaleJson, RefusesAMalformedTime) {
  expectRefused(edited("2026-11-22T10:04:00.567Z", "2026-11-22 10:04"), "sale.closedAt");
  expectRefused(edited("2026-11-22T10:04:00.567Z", "2026-11-22T10:04:00.567Zjunk"), "sale.closedAt");
  expectRefused(edited("2026-11-22T10:04:00.567Z", "2026-13-22T10:04:56.567Z"), "sale.closedAt");
}

TEST(SaleJson, RefusesARepeatedLineNumber) { expectRefused(edited("\"lineNo\":3", "\"lineNo\":1"), "sale.lines[2].lineNo"); }

TEST(SaleJson, RefusesADiscountWithoutItsAuthorization) {
  expectRefused(edited(",\"by\":{\"userId\":\"sup-3\",\"reason\":\"staff\"}", ""), "sale.saleDiscount.by");
}

TEST(SaleJson, RefusesAnotherFormat) { expectRefused(edited("\"format\":1", "\"format\":2"), "sale.format"); }

TEST(SaleJson, RefusesTextThatIsNotAnObject) {
  expectRefused("[1,2]", "not a JSON object");
  expectRefused("{\"id\":", "not JSON");
}

}  // namespace
}  // namespace poscore::sale
