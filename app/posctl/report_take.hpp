#pragma once
#include <string>

#include "commands.hpp"
#include "poscore/reports/report.hpp"

namespace posctl {

struct TakeOptions {
  std::string csvFile;  // also write the report as CSV here
  bool print = false;   // also send it to the lane's receipt printer (settings printer.connection)
};

// `posctl report x` and `posctl report z`: the open business day's report from the lane's sales
// and journal, shown as text. A Z closes the day and is refused while a sale is open. Answers the
// exit code.
int takeReport(const GlobalOptions& options, poscore::reports::ReportKind kind, const TakeOptions& take);

}  // namespace posctl
