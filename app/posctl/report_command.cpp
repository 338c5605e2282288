// posctl report: business days, their X and Z reports, and a closed day's Z again. Reprinting
// needs only what the Z kept; taking a report reads the lane's sales (report_take.hpp).
#include <CLI/CLI.hpp>

#include <cstdio>
#include <ctime>
#include <iostream>

#include "commands.hpp"
#include "lane_database.hpp"
#include "poscore/reports/business_days.hpp"
#include "poscore/services/clocks.hpp"
#include "report_output.hpp"
#include "report_take.hpp"

namespace posctl {
namespace {

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
  auto* report = app.add_subcommand("report", "Business days and their X and Z reports");
  report->require_subcommand(1);
  static std::int64_t day = 0;  // one command line per process
  static std::string csvFile;
  static TakeOptions take;

  auto* x = report->add_subcommand("x", "The open day's totals so far; nothing closes");
  auto* z = report->add_subcommand("z", "The open day's totals; closes the day (refused while a sale is open)");
  for (auto* cmd : {x, z}) {
    cmd->add_option("--csv", take.csvFile, "Also write the report as CSV to this file");
    cmd->add_flag("--print", take.print, "Also print it on the lane's receipt printer (settings printer.connection)");
  }
  x->callback([&options] { options.exitCode = takeReport(options, poscore::reports::ReportKind::X, take); });
  z->callback([&options] { options.exitCode = takeReport(options, poscore::reports::ReportKind::Z, take); });

  report->add_subcommand("day", "The open business day and since when")->callback([&options] {
    options.exitCode = currentDay(options);
  });
  auto* reprintCmd = report->add_subcommand("reprint", "A closed day's Z report again, as text or CSV");
  reprintCmd->add_option("day", day, "Business day number")->required();
  reprintCmd->add_option("--csv", csvFile, "Write the report as CSV to this file instead");
  reprintCmd->callback([&options] { options.exitCode = reprint(options, day, csvFile); });
}

}  // namespace posctl
