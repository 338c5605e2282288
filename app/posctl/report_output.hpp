#pragma once
#include <string>

#include "poscore/reports/report.hpp"

// How posctl shows a report: text on standard output, or a CSV file.
namespace posctl {

// Every row of reports::printRows(), labels in English and Chinese.
void printReport(const poscore::reports::Report& report);
// Writes reports::toCsv(); answers the exit code, saying what went wrong on stderr.
int writeCsv(const poscore::reports::Report& report, const std::string& file);

}  // namespace posctl
