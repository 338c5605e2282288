#pragma once
#include "poscore/reports/report.hpp"
#include "possdk/status.hpp"

namespace poscore::reports {

// Where reports get a business day's sales from; the lane implements it on top of its sale store
// and audit log. activity() answers everything whose closing time (or, for a drawer open, its time)
// is within from <= t < to of the period, or, where sales are stamped with their business day,
// everything of period.businessDay up to period.to.
class ReportSource {
 public:
  virtual ~ReportSource() = default;
  virtual possdk::Result<ReportInput> activity(const Period& period) = 0;
};

}  // namespace poscore::reports
