#pragma once
#include "poscore/reports/business_days.hpp"
#include "poscore/reports/report_source.hpp"

// Taking an X or a Z report: what `posctl report` and the counter's report keys both do.
namespace poscore::reports {

// The current day's totals from its opening until now; nothing closes.
possdk::Result<Report> takeXReport(ReportSource& source, BusinessDays& days, const possdk::Clock& clock);
// The current day's totals until now, stored with the day, which closes; the next sale belongs to
// the next day. Refused while a sale is open (the caller knows whether one is).
possdk::Result<Report> takeZReport(ReportSource& source, BusinessDays& days, const possdk::Clock& clock,
                                   bool saleOpen);

}  // namespace poscore::reports
