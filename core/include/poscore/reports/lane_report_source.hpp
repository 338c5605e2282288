#pragma once
#include "poscore/journal/journal.hpp"
#include "poscore/reports/report_source.hpp"
#include "poscore/sale/sale_store.hpp"

namespace poscore::reports {

// The lane's report source: completed sales and returns from the sale store (by closing time),
// cancelled sales and no-sale drawer opens from the journal (by the entry's time).
//
// A "void-sale" entry's payload is what SaleStore::cancel writes: {"reason": ..., "sale": <sale
// JSON>}. A "no-sale" entry names who opened the drawer in its staff id and may give
// {"reason": "<text>"} in its payload. An entry that does not read that way fails the report,
// naming its seq: the journal is written by the lane alone, so such an entry means a damaged
// database, and a report that skipped it would be wrong without saying so.
class LaneReportSource final : public ReportSource {
 public:
  LaneReportSource(const sale::SaleStore& sales, const journal::Journal& journal);

  possdk::Result<ReportInput> activity(const Period& period) override;

 private:
  const sale::SaleStore& sales_;
  const journal::Journal& journal_;
};

}  // namespace poscore::reports
