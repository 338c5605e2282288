#pragma once
#include <chrono>
#include <string>
#include <vector>

#include "poscore/reports/report_source.hpp"
#include "poscore/sale/sale.hpp"

// Hand-built sales for report tests: each test states the amounts the pricing engine would have
// worked out, so the sums a report should give can be checked by hand.
namespace poscore::reports::test {

inline Money m(std::int64_t minor) { return Money::minor(minor); }

inline sale::SaleLine line(std::int64_t gross, std::string taxClass, std::vector<sale::Adjustment> adjustments = {},
                           bool voided = false) {
  sale::SaleLine l;
  l.gross = m(gross);
  l.taxClass = std::move(taxClass);
  Money net = l.gross;
  for (const auto& a : adjustments) net += a.amount;
  l.adjustments = std::move(adjustments);
  l.net = net;
  l.voided = voided;
  return l;
}

inline sale::Adjustment adjustment(sale::AdjustmentKind kind, std::int64_t amount) {
  return {kind, "code", "label", "标签", m(amount)};
}

inline sale::Tender tender(std::string kind, std::int64_t amount, std::int64_t received = 0) {
  return {0, std::move(kind), m(amount), m(received), ""};
}

inline sale::Sale completed(sale::SaleKind kind, std::chrono::system_clock::time_point closedAt,
                            std::vector<sale::SaleLine> lines, std::vector<sale::Tender> tenders,
                            std::vector<sale::TaxTotal> taxes, std::int64_t taxAdded = 0, std::int64_t rounding = 0,
                            std::int64_t change = 0) {
  sale::Sale s;
  s.kind = kind;
  s.state = sale::SaleState::Completed;
  s.closedAt = closedAt;
  s.lines = std::move(lines);
  s.tenders = std::move(tenders);
  s.totals.taxes = std::move(taxes);
  s.totals.taxAdded = m(taxAdded);
  s.totals.rounding = m(rounding);
  s.totals.change = m(change);
  return s;
}

// Answers what falls within the asked period by time, as a sale store would.
class InMemorySource final : public ReportSource {
 public:
  possdk::Result<ReportInput> activity(const Period& p) override {
    ++calls;
    if (!failure.empty()) return possdk::Result<ReportInput>::fail(failure);
    const auto within = [&](auto at) { return p.from <= at && at < p.to; };
    ReportInput in;
    for (const auto& s : input.completed) {
      if (within(s.closedAt)) in.completed.push_back(s);
    }
    for (const auto& s : input.cancelled) {
      if (within(s.closedAt)) in.cancelled.push_back(s);
    }
    for (const auto& d : input.drawerOpens) {
      if (within(d.at)) in.drawerOpens.push_back(d);
    }
    return in;
  }

  ReportInput input;
  std::string failure;
  int calls = 0;
};

}  // namespace poscore::reports::test
