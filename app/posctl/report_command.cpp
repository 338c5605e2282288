// posctl report: business days and their Z reports. Taking an X or a Z needs the lane's sales, so
// those commands come with the sale store; reprinting a closed day's Z needs only what the Z kept.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>

#include "commands.hpp"
#include "lane_database.hpp"
#include "poscore/reports/business_days.hpp"
#include "poscore/reports/report_csv.hpp"
#include "poscore/reports/report_print.hpp"
#include "poscore/services/clocks.hpp"

namespace posctl {
namespace {

using poscore::reports::PrintRow;

std::string valueText(const PrintRow& row) {
  struct Text {
    std::string operator()(std::monostate) const { return {}; }
    std::string operator()(poscore::Money m) const { return poscore::formatMoney(m); }
    std::string operator()(std::int64_t n) const { return std::to_string(n); }
    std::string operator()(const std::string& s) const { return s; }
  };
  return std::visit(Text{}, row.value);
}

void printReport(const poscore::reports::Report& report) {
  for (const auto& row : poscore::reports::printRows(report)) {
    if (std::holds_alternative<std::monostate>(row.value)) {
      std::cout << "\n" << row.labelEn << " / " << row.labelZh << "\n";
    } else {
      std::cout << "  " << row.labelEn << " / " << row.labelZh << ": " << valueText(row) << "\n";
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

int reprint(const GlobalOptions& options, std::int64_t day, const std::string& csvFile) {
  auto db = openLaneDb(options);
  poscore::SystemClock clock;
  poscore::reports::BusinessDays days(*db, clock);
  auto z = days.storedZ(day);
  if (!z) {
    std::cerr << "posctl: " << z.error() << "\n";
    return 1;
  }
  if (!csvFile.empty()) return writeCsv(z.value(), csvFile);
  printReport(z.value());
  return 0;
}

int currentDay(const GlobalOptions& options) {
  auto db = openLaneDb(options);
  poscore::SystemClock clock;
  poscore::reports::BusinessDays days(*db, clock);
  auto day = days.current();
  if (!day) {
    std::cerr << "posctl: " << day.error() << "\n";
    return 1;
  }
  const auto opened = std::chrono::system_clock::to_time_t(day.value().openedAt);
  std::tm utc{};
  gmtime_r(&opened, &utc);
  char when[32];
  std::strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S UTC", &utc);
  std::cout << "business day " << day.value().number << ", open since " << when << "\n";
  return 0;
}

}  // namespace

void addReportCommands(CLI::App& app, GlobalOptions& options) {
  auto* report = app.add_subcommand("report", "Business days and their Z reports");
  report->require_subcommand(1);
  static std::int64_t day = 0;  // one command line per process
  static std::string csvFile;

  report->add_subcommand("day", "The open business day and since when")->callback([&options] {
    options.exitCode = currentDay(options);
  });
  auto* reprintCmd = report->add_subcommand("reprint", "A closed day's Z report again, as text or CSV");
  reprintCmd->add_option("day", day, "Business day number")->required();
  reprintCmd->add_option("--csv", csvFile, "Write the report as CSV to this file instead");
  reprintCmd->callback([&options] { options.exitCode = reprint(options, day, csvFile); });
}

}  // namespace posctl
