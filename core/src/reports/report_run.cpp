#include "poscore/reports/report_run.hpp"

namespace poscore::reports {
namespace {

possdk::Result<Report> take(ReportKind kind, ReportSource& source, BusinessDays& days, const possdk::Clock& clock) {
  auto day = days.current();
  if (!day) return possdk::Result<Report>::fail(day.error());
  const Period period{day.value().number, day.value().openedAt, clock.now()};
  auto input = source.activity(period);
  if (!input) {
    return possdk::Result<Report>::fail("sales of business day " + std::to_string(period.businessDay) +
                                        " could not be read: " + input.error());
  }
  return aggregate(kind, period, input.value());
}

}  // namespace

possdk::Result<Report> takeXReport(ReportSource& source, BusinessDays& days, const possdk::Clock& clock) {
  return take(ReportKind::X, source, days, clock);
}

possdk::Result<Report> takeZReport(ReportSource& source, BusinessDays& days, const possdk::Clock& clock,
                                   bool saleOpen) {
  auto z = take(ReportKind::Z, source, days, clock);
  if (!z) return z;
  auto next = days.close(z.value(), saleOpen);
  if (!next) return possdk::Result<Report>::fail(next.error());
  return z;
}

}  // namespace poscore::reports
