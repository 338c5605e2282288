#pragma once
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "poscore/money/money.hpp"
#include "poscore/sale/sale.hpp"

// X and Z reports: totals of a business day worked out from its completed sales and returns, its
// cancelled sales and its no-sale drawer opens. Pure aggregation; the sales live in the sale store.
namespace poscore::reports {

inline constexpr std::string_view kCashTender = "cash";

enum class ReportKind { X, Z };  // X reads the day so far; Z closes it

// The drawer opened outside a sale ("no sale"), as the audit records it.
struct DrawerOpen {
  std::chrono::system_clock::time_point at;
  std::string staffId;
  std::string reason;
};

// A business day's span: a sale belongs to the day in which it closed, from <= closedAt < to.
struct Period {
  std::int64_t businessDay = 0;
  std::chrono::system_clock::time_point from;
  std::chrono::system_clock::time_point to;
};

// What a report is worked out from: everything that happened within one Period.
struct ReportInput {
  std::vector<sale::Sale> completed;  // sales and returns (returns carry negative amounts)
  std::vector<sale::Sale> cancelled;
  std::vector<DrawerOpen> drawerOpens;
};

struct Discounts {
  Money promotions;
  Money lineDiscounts;
  Money saleDiscounts;  // each line's share of a sale discount
  Money total() const { return promotions + lineDiscounts + saleDiscounts; }
};

// One tender kind: what sales took in and what returns paid out (negative), apart.
struct TenderTotal {
  std::string kind;
  Money sales;
  Money refunds;
  Money net() const { return sales + refunds; }
};

struct Report {
  ReportKind kind = ReportKind::X;
  Period period;

  std::int64_t salesCount = 0;
  std::int64_t returnsCount = 0;
  std::int64_t cancelledCount = 0;
  std::int64_t voidedLines = 0;  // voided lines of completed sales and returns
  Money voidedAmount;            // their gross, as the pricing engine worked it out
  std::int64_t noSaleOpens = 0;

  Money gross;  // lines not voided, before adjustments; returns count negative
  Discounts discounts;  // negative
  Money net;            // gross + discounts
  Money taxAdded;       // exclusive tax charged on top of net
  Money total;          // net + taxAdded
  std::vector<sale::TaxTotal> taxes;   // by tax class, in class order
  std::vector<TenderTotal> tenders;    // by tender kind, in kind order

  Money cashRounding;   // the sales' and returns' cash rounding
  Money cashReceived;   // cash handed over on sales (Tender::received)
  Money cashRefunded;   // cash paid out on returns (negative)
  Money change;         // cash handed back on sales
  Money expectedCash;   // cashReceived + cashRefunded - change: what the drawer gained
};

// The report of `input` over `period`. Sales in `input` outside the period are the caller's
// mistake and are counted all the same: the source decides what belongs to the day.
Report aggregate(ReportKind kind, const Period& period, const ReportInput& input);

}  // namespace poscore::reports
