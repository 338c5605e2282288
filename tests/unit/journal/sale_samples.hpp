#pragma once
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "poscore/sale/sale.hpp"

// Sales with every field set to a value of its own, and a field-by-field comparison, for the sale
// JSON and the sale store tests.
namespace postest {

using poscore::Money;
using namespace poscore::sale;

inline std::chrono::system_clock::time_point at(int hour, int minute, int millis = 0) {
  return std::chrono::sys_days{std::chrono::year{2026} / 11 / 22} + std::chrono::hours(hour) +
         std::chrono::minutes(minute) + std::chrono::milliseconds(millis);
}

inline SaleLine sampleLine(int lineNo, std::int64_t quantity = 2) {
  SaleLine l;
  l.lineNo = lineNo;
  l.productId = 1000 + lineNo;
  l.sku = "SKU-" + std::to_string(lineNo);
  l.nameEn = "Jasmine tea " + std::to_string(lineNo);
  l.nameZh = "茉莉花茶 " + std::to_string(lineNo);
  l.scannedCode = "0690123456789" + std::to_string(lineNo % 10);
  l.taxClass = "A";
  l.quantity = quantity;
  l.unitPrice = Money::minor(1250);
  l.gross = Money::minor(1250 * quantity);
  l.adjustments.push_back({AdjustmentKind::Promotion, "P3FOR2", "3 for 2", "买二送一", Money::minor(-1250)});
  l.net = l.gross + l.adjustments[0].amount;
  l.tax = Money::minor(l.net.minorUnits() * 13 / 113);
  return l;
}

// Every optional set, negative amounts, a weighed line, a voided line, non-ASCII text.
inline Sale fullSale() {
  Sale s;
  s.id = "S-7f3a";
  s.receiptNo = "L01-00000042";
  s.kind = SaleKind::Sale;
  s.state = SaleState::Completed;
  s.originalReceiptNo = "";
  s.cashierId = "c-07";
  s.openedAt = at(10, 1, 123);
  s.closedAt = at(10, 4, 567);
  s.lines.push_back(sampleLine(1));
  SaleLine weighed = sampleLine(2, 1234);
  weighed.unit = poscore::catalog::SaleUnit::Weight;
  weighed.nameZh = "苹果 🍎";
  weighed.priceOverride = Money::minor(999);
  weighed.overrideBy = Authorization{"sup-1", "damaged \"box\"\n"};
  weighed.embeddedPrice = Money::minor(1233);
  weighed.discount = ManualDiscount{ManualDiscount::Kind::Amount, 50, {"sup-2", "loyal customer"}};
  weighed.adjustments.push_back({AdjustmentKind::LineDiscount, "line-discount", "Discount", "折扣", Money::minor(-50)});
  s.lines.push_back(weighed);
  SaleLine voided = sampleLine(3, 1);
  voided.voided = true;
  voided.returnOfLine = 7;
  s.lines.push_back(voided);
  s.saleDiscount = ManualDiscount{ManualDiscount::Kind::Percent, 1000, {"sup-3", "staff"}};
  s.tenders.push_back({1, "card", Money::minor(2000), Money::minor(0), "APPR-991"});
  s.tenders.push_back({2, "cash", Money::minor(1717), Money::minor(2000), ""});
  s.totals = {Money::minor(4000), Money::minor(-1300), Money::minor(2700), Money::minor(17), Money::minor(2717),
              Money::minor(-2), Money::minor(2715), Money::minor(4000), Money::minor(283),
              {{"A", Money::minor(2500), Money::minor(288)}, {"B", Money::minor(200), Money::minor(-12)}}};
  return s;
}

inline void expectSameAuthorization(const std::optional<Authorization>& a, const std::optional<Authorization>& b) {
  ASSERT_EQ(a.has_value(), b.has_value());
  if (!a) return;
  EXPECT_EQ(a->userId, b->userId);
  EXPECT_EQ(a->reason, b->reason);
}

inline void expectSameDiscount(const std::optional<ManualDiscount>& a, const std::optional<ManualDiscount>& b) {
  ASSERT_EQ(a.has_value(), b.has_value());
  if (!a) return;
  EXPECT_EQ(a->kind, b->kind);
  EXPECT_EQ(a->value, b->value);
  expectSameAuthorization(a->by, b->by);
}

inline void expectSameLine(const SaleLine& a, const SaleLine& b) {
  SCOPED_TRACE("line " + std::to_string(a.lineNo));
  EXPECT_EQ(a.lineNo, b.lineNo);
  EXPECT_EQ(a.productId, b.productId);
  EXPECT_EQ(a.sku, b.sku);
  EXPECT_EQ(a.nameEn, b.nameEn);
  EXPECT_EQ(a.nameZh, b.nameZh);
  EXPECT_EQ(a.scannedCode, b.scannedCode);
  EXPECT_EQ(a.taxClass, b.taxClass);
  EXPECT_EQ(a.unit, b.unit);
  EXPECT_EQ(a.quantity, b.quantity);
  EXPECT_EQ(a.unitPrice, b.unitPrice);
  EXPECT_EQ(a.priceOverride, b.priceOverride);
  expectSameAuthorization(a.overrideBy, b.overrideBy);
  EXPECT_EQ(a.embeddedPrice, b.embeddedPrice);
  expectSameDiscount(a.discount, b.discount);
  EXPECT_EQ(a.voided, b.voided);
  EXPECT_EQ(a.returnOfLine, b.returnOfLine);
  EXPECT_EQ(a.gross, b.gross);
  ASSERT_EQ(a.adjustments.size(), b.adjustments.size());
  for (std::size_t i = 0; i < a.adjustments.size(); ++i) {
    EXPECT_EQ(a.adjustments[i].kind, b.adjustments[i].kind);
    EXPECT_EQ(a.adjustments[i].code, b.adjustments[i].code);
    EXPECT_EQ(a.adjustments[i].labelEn, b.adjustments[i].labelEn);
    EXPECT_EQ(a.adjustments[i].labelZh, b.adjustments[i].labelZh);
    EXPECT_EQ(a.adjustments[i].amount, b.adjustments[i].amount);
  }
  EXPECT_EQ(a.net, b.net);
  EXPECT_EQ(a.tax, b.tax);
}

inline void expectSameSale(const Sale& a, const Sale& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.receiptNo, b.receiptNo);
  EXPECT_EQ(a.kind, b.kind);
  EXPECT_EQ(a.state, b.state);
  EXPECT_EQ(a.originalReceiptNo, b.originalReceiptNo);
  EXPECT_EQ(a.cashierId, b.cashierId);
  EXPECT_EQ(a.openedAt, b.openedAt);
  EXPECT_EQ(a.closedAt, b.closedAt);
  ASSERT_EQ(a.lines.size(), b.lines.size());
  for (std::size_t i = 0; i < a.lines.size(); ++i) expectSameLine(a.lines[i], b.lines[i]);
  expectSameDiscount(a.saleDiscount, b.saleDiscount);
  ASSERT_EQ(a.tenders.size(), b.tenders.size());
  for (std::size_t i = 0; i < a.tenders.size(); ++i) {
    EXPECT_EQ(a.tenders[i].seq, b.tenders[i].seq);
    EXPECT_EQ(a.tenders[i].kind, b.tenders[i].kind);
    EXPECT_EQ(a.tenders[i].amount, b.tenders[i].amount);
    EXPECT_EQ(a.tenders[i].received, b.tenders[i].received);
    EXPECT_EQ(a.tenders[i].reference, b.tenders[i].reference);
  }
  const auto& x = a.totals;
  const auto& y = b.totals;
  EXPECT_EQ(x.gross, y.gross);
  EXPECT_EQ(x.discounts, y.discounts);
  EXPECT_EQ(x.net, y.net);
  EXPECT_EQ(x.taxAdded, y.taxAdded);
  EXPECT_EQ(x.total, y.total);
  EXPECT_EQ(x.rounding, y.rounding);
  EXPECT_EQ(x.due, y.due);
  EXPECT_EQ(x.paid, y.paid);
  EXPECT_EQ(x.change, y.change);
  ASSERT_EQ(x.taxes.size(), y.taxes.size());
  for (std::size_t i = 0; i < x.taxes.size(); ++i) {
    EXPECT_EQ(x.taxes[i].taxClass, y.taxes[i].taxClass);
    EXPECT_EQ(x.taxes[i].net, y.taxes[i].net);
    EXPECT_EQ(x.taxes[i].tax, y.taxes[i].tax);
  }
}

}  // namespace postest
