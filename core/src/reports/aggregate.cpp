#include <map>

#include "poscore/reports/report.hpp"

namespace poscore::reports {
namespace {

void addLine(Report& r, const sale::SaleLine& line) {
  if (line.voided) {
    ++r.voidedLines;
    r.voidedAmount += line.gross;
    return;
  }
  r.gross += line.gross;
  r.net += line.net;
  for (const auto& a : line.adjustments) {
    switch (a.kind) {
      case sale::AdjustmentKind::Promotion: r.discounts.promotions += a.amount; break;
      case sale::AdjustmentKind::LineDiscount: r.discounts.lineDiscounts += a.amount; break;
      case sale::AdjustmentKind::SaleDiscount: r.discounts.saleDiscounts += a.amount; break;
    }
  }
}

struct Sums {
  std::map<std::string, sale::TaxTotal> taxes;
  std::map<std::string, TenderTotal> tenders;
};

void addSale(Report& r, Sums& sums, const sale::Sale& s) {
  const bool isReturn = s.kind == sale::SaleKind::Return;
  ++(isReturn ? r.returnsCount : r.salesCount);
  for (const auto& line : s.lines) addLine(r, line);
  r.taxAdded += s.totals.taxAdded;
  r.cashRounding += s.totals.rounding;
  r.change += s.totals.change;
  for (const auto& t : s.totals.taxes) {
    auto& sum = sums.taxes[t.taxClass];
    sum.taxClass = t.taxClass;
    sum.net += t.net;
    sum.tax += t.tax;
  }
  for (const auto& t : s.tenders) {
    auto& sum = sums.tenders[t.kind];
    sum.kind = t.kind;
    (isReturn ? sum.refunds : sum.sales) += t.amount;
    if (t.kind != kCashTender) continue;
    // A sale's cash tender records what was handed over; a return's is what was paid out.
    if (isReturn) {
      r.cashRefunded += t.amount;
    } else {
      r.cashReceived += t.received;
    }
  }
}

}  // namespace

Report aggregate(ReportKind kind, const Period& period, const ReportInput& input) {
  Report r;
  r.kind = kind;
  r.period = period;
  Sums sums;
  for (const auto& s : input.completed) addSale(r, sums, s);
  r.cancelledCount = static_cast<std::int64_t>(input.cancelled.size());
  r.noSaleOpens = static_cast<std::int64_t>(input.drawerOpens.size());
  r.total = r.net + r.taxAdded;
  r.expectedCash = r.cashReceived + r.cashRefunded - r.change;
  for (auto& [taxClass, t] : sums.taxes) r.taxes.push_back(t);
  for (auto& [tenderKind, t] : sums.tenders) r.tenders.push_back(t);
  return r;
}

}  // namespace poscore::reports
