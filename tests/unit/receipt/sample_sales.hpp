#pragma once
#include <chrono>

#include "poscore/receipt/receipt_settings.hpp"
#include "poscore/sale/sale.hpp"

// Sales built by hand, with the amounts a pricing engine would have worked out.
namespace receipttest {

using poscore::Money;
using namespace poscore::sale;

inline Money m(std::int64_t minor) { return Money::minor(minor); }

// 2026-11-22 10:05:09 UTC.
inline std::chrono::system_clock::time_point closingTime() {
  return std::chrono::system_clock::time_point(std::chrono::seconds(1795341909));
}

inline SaleLine line(int no, const char* en, const char* zh, std::int64_t qty, std::int64_t price, std::int64_t gross) {
  SaleLine l;
  l.lineNo = no;
  l.nameEn = en;
  l.nameZh = zh;
  l.taxClass = "A";
  l.quantity = qty;
  l.unitPrice = m(price);
  l.gross = m(gross);
  l.net = m(gross);
  return l;
}

inline Adjustment adjustment(AdjustmentKind kind, const char* en, const char* zh, std::int64_t amount) {
  return Adjustment{kind, "", en, zh, m(amount)};
}

// Rice 2 x 12.30 with a promotion, bananas by weight, a voided chocolate, milk with a line discount
// and the sale discount; card and cash, cash rounding and change.
inline Sale mixedSale() {
  Sale s;
  s.id = "sale-1";
  s.receiptNo = "L1-000042";
  s.state = SaleState::Completed;
  s.cashierId = "c07";
  s.closedAt = closingTime();
  auto rice = line(1, "Rice", "大米", 2, 1230, 2460);
  rice.adjustments = {adjustment(AdjustmentKind::Promotion, "2 for 20.00", "两件20元", -460)};
  rice.net = m(2000);
  auto bananas = line(2, "Bananas", "香蕉", 512, 598, 306);
  bananas.unit = poscore::catalog::SaleUnit::Weight;
  auto chocolate = line(3, "Chocolate", "巧克力", 1, 350, 350);
  chocolate.voided = true;
  auto milk = line(4, "Milk", "牛奶", 1, 800, 800);
  milk.adjustments = {adjustment(AdjustmentKind::LineDiscount, "10% off", "九折", -80),
                      adjustment(AdjustmentKind::SaleDiscount, "", "", -50)};
  milk.net = m(670);
  s.lines = {rice, bananas, chocolate, milk};
  s.tenders = {Tender{1, "card", m(1000), m(0), "123456"}, Tender{2, "cash", m(1970), m(5000), ""}};
  s.totals.gross = m(3566);
  s.totals.discounts = m(-590);
  s.totals.net = m(2976);
  s.totals.total = m(2976);
  s.totals.rounding = m(-6);
  s.totals.due = m(2970);
  s.totals.paid = m(2970);
  s.totals.change = m(3030);
  s.totals.taxes = {TaxTotal{"A", m(2976), m(342)}};
  return s;
}

// Milk returned from receipt L1-000042, refunded in cash.
inline Sale milkReturn() {
  Sale s;
  s.id = "sale-2";
  s.receiptNo = "L1-000043";
  s.kind = SaleKind::Return;
  s.state = SaleState::Completed;
  s.originalReceiptNo = "L1-000042";
  s.cashierId = "c07";
  s.closedAt = closingTime();
  auto milk = line(1, "Milk", "牛奶", -1, 800, -800);
  milk.returnOfLine = 4;
  s.lines = {milk};
  s.tenders = {Tender{1, "cash", m(-800), m(0), ""}};
  s.totals.gross = m(-800);
  s.totals.net = m(-800);
  s.totals.total = m(-800);
  s.totals.due = m(-800);
  s.totals.paid = m(-800);
  s.totals.taxes = {TaxTotal{"A", m(-800), m(-92)}};
  return s;
}

// A card-only sale: no cash, so no drawer.
inline Sale cardSale() {
  Sale s = mixedSale();
  s.id = "sale-3";
  s.receiptNo = "L1-000044";
  s.tenders = {Tender{1, "card", m(2976), m(0), "777"}};
  s.totals.rounding = m(0);
  s.totals.due = m(2976);
  s.totals.paid = m(2976);
  s.totals.change = m(0);
  return s;
}

inline poscore::receipt::ReceiptSettings settings(int columns, poscore::receipt::ReceiptLanguages languages) {
  poscore::receipt::ReceiptSettings s;
  s.columns = columns;
  s.languages = languages;
  s.storeName = "Corner Shop";
  s.storeAddress = "1 Main Street";
  s.footer = {"Thank you"};
  s.utcOffsetMinutes = 480;
  s.taxClasses["A"] = {"VAT 13%", "增值税13%", true};
  return s;
}

}  // namespace receipttest
