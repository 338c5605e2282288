#include "report_take.hpp"

#include <iostream>

#include "lane_database.hpp"
#include "poscore/journal/journal.hpp"
#include "poscore/printer/printer_port_factory.hpp"
#include "poscore/printer/receipt_printer.hpp"
#include "poscore/reports/lane_report_source.hpp"
#include "poscore/reports/report_run.hpp"
#include "poscore/sale/receipt_numbers.hpp"
#include "poscore/sale/tax_rules.hpp"
#include "poscore/sale/sale_store.hpp"
#include "poscore/services/clocks.hpp"
#include "report_output.hpp"

namespace posctl {
namespace {

using poscore::reports::Report;
using poscore::reports::ReportKind;

// posctl never completes a sale, so the sale store's lane id is only checked, never used: the
// lane's own when its settings name it, else a stand-in.
std::string laneIdOf(const poscore::Config& config) {
  if (!config.get("lane.id")) return "POSCTL";
  auto laneId = poscore::sale::laneIdFrom(config);
  if (!laneId) throw std::invalid_argument("settings " + laneId.error());
  return laneId.value();
}

// Through the lane's print queue, which keeps the report for the lane to print when the printer
// cannot print it now. posctl starts no USB: a USB printer's report waits for the lane.
int printOnLane(poscore::LaneDb& db, const poscore::Config& config, const possdk::Clock& clock, const Report& report) {
  auto pricing = poscore::sale::loadPricingRules(config);
  if (!pricing) {
    std::cerr << "posctl: cannot print the report: " << pricing.error() << "\n";
    return 1;
  }
  auto settings = poscore::receipt::receiptSettingsFrom(config, pricing.value());
  if (!settings) {
    std::cerr << "posctl: cannot print the report: " << settings.error() << "\n";
    return 1;
  }
  auto port = poscore::printer::printerPortFrom(config, nullptr);
  if (!port) {
    std::cerr << "posctl: cannot print the report: " << port.error() << "\n";
    return 1;
  }
  poscore::printer::PrintQueue queue(db, *port.value(), clock);
  poscore::printer::ReceiptPrinter printer(queue, settings.value());
  auto delivered = printer.printReport(report);
  if (!delivered) {
    std::cerr << "posctl: cannot print the report: " << delivered.error() << "\n";
    return 1;
  }
  std::cout << delivered.value().message << "\n";
  return 0;
}

// A Z, refused while a sale is open; the refusal names that sale.
possdk::Result<Report> takeZ(const poscore::sale::SaleStore& store, poscore::reports::ReportSource& source,
                             poscore::reports::BusinessDays& days, const possdk::Clock& clock) {
  auto open = store.restoreOpen();
  if (!open) return possdk::Result<Report>::fail("cannot tell whether a sale is open: " + open.error());
  auto z = poscore::reports::takeZReport(source, days, clock, open.value().has_value());
  if (!z && open.value()) {
    return possdk::Result<Report>::fail(z.error() + " (sale " + open.value()->id + " of cashier " +
                                        open.value()->cashierId + " is open on the lane)");
  }
  return z;
}

}  // namespace

int takeReport(const GlobalOptions& options, ReportKind kind, const TakeOptions& take) {
  const auto config = laneConfig(options);
  auto db = openLaneDb(options);
  poscore::SystemClock clock;
  poscore::journal::Journal journal(*db, clock);
  poscore::sale::SaleStore store(*db, journal, clock, laneIdOf(config));
  poscore::reports::BusinessDays days(*db, clock);
  poscore::reports::LaneReportSource source(store, journal);

  auto report = kind == ReportKind::X ? poscore::reports::takeXReport(source, days, clock)
                                      : takeZ(store, source, days, clock);
  if (!report) {
    std::cerr << "posctl: " << report.error() << "\n";
    return 1;
  }
  printReport(report.value());
  int code = 0;
  if (!take.csvFile.empty()) code = writeCsv(report.value(), take.csvFile);
  if (take.print && printOnLane(*db, config, clock, report.value()) != 0) code = 1;
  return code;
}

}  // namespace posctl
