#include "report_output.hpp"

#include <fstream>
#include <iostream>

#include "poscore/reports/report_csv.hpp"
#include "poscore/reports/report_print.hpp"

namespace posctl {

void printReport(const poscore::reports::Report& report) {
  for (const auto& row : poscore::reports::printRows(report)) {
    if (std::holds_alternative<std::monostate>(row.value)) {
      std::cout << "\n" << row.labelEn << " / " << row.labelZh << "\n";
    } else {
      std::cout << "  " << row.labelEn << " / " << row.labelZh << ": " << poscore::reports::valueText(row) << "\n";
    }
  }
}

int writeCsv(const poscore::reports::Report& report, const std::string& file) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << poscore::reports::toCsv(report);
  out.close();
  if (!out) {
    std::cerr << "posctl: could not write " << file << "; check the folder exists and is writable\n";
    return 1;
  }
  std::cout << "wrote " << file << "\n";
  return 0;
}

}  // namespace posctl
