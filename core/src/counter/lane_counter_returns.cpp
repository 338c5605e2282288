// Returns against an earlier receipt, and the X and Z reports.
#include "poscore/counter/lane_counter.hpp"
#include "poscore/journal/journal_entry.hpp"
#include "poscore/plugins/plugin_call.hpp"
#include "poscore/reports/report_csv.hpp"
#include "poscore/reports/report_run.hpp"
#include "poscore/sale/receipt_numbers.hpp"
#include "poscore/sale/refund_allocation.hpp"
#include "poscore/sale/return_lines.hpp"
#include "poscore/services/log.hpp"

namespace poscore::counter {

possdk::Status LaneCounter::startReturn(const std::string& receiptNo) {
  if (auto staffOk = needStaff(); !staffOk) return staffOk;
  if (view_.sale) return fail("A sale is open; finish it before starting a return");
  if (auto parsed = sale::parseReceiptNo(receiptNo); !parsed) return possdk::Status::fail(parsed.error());
  auto original = parts_.sales.findByReceipt(receiptNo);
  if (!original) return possdk::Status::fail(original.error());
  if (!original.value()) return fail("No sale on this lane has the receipt number {1}; check the number on the receipt", {receiptNo});
  if (original.value()->kind != sale::SaleKind::Sale) return fail("{1} is itself a return; scan the original sale's receipt", {receiptNo});
  auto earlier = parts_.sales.returnsOf(receiptNo);
  if (!earlier) return possdk::Status::fail(earlier.error());
  sale::Sale refund = newSale(sale::SaleKind::Return);
  refund.originalReceiptNo = receiptNo;
  if (auto saved = parts_.sales.saveOpen(refund); !saved) return saved;
  return_ = ReturnContext{std::move(*original.value()), std::move(earlier.value())};
  forgetChange();
  view_.sale = std::move(refund);
  notify();
  return possdk::Status::ok();
}

possdk::Status LaneCounter::returnLine(int originalLineNo, std::int64_t quantity) {
  if (auto open = needOpenSale(); !open) return open;
  if (view_.sale->kind != sale::SaleKind::Return || !return_) return fail("Start a return from the original receipt first");
  return changeSale([&](sale::Sale& draft) {
    return sale::addReturnLine(draft, return_->original, return_->earlier, originalLineNo, quantity);
  });
}

possdk::Status LaneCounter::completeReturn(const std::optional<Approval>& approval) {
  if (auto open = needOpenSale(); !open) return open;
  if (view_.sale->kind != sale::SaleKind::Return || !return_) return fail("Start a return from the original receipt first");
  auto by = authorize(approval);
  if (!by) return possdk::Status::fail(by.error());
  sale::Sale draft = *view_.sale;
  if (auto settled = sale::settleRefund(draft, return_->original, return_->earlier, parts_.pricing); !settled) return settled;
  draft.state = sale::SaleState::Completed;
  const sale::Sale refund = draft;
  if (auto done = complete(std::move(draft), Money{}); !done) return done;
  refundPluginTenders(refund);
  return possdk::Status::ok();
}

// Card refunds are keyed on the card terminal; plugin tenders are asked to give back their part.
void LaneCounter::refundPluginTenders(const sale::Sale& refund) {
  for (const auto& tender : refund.tenders) {
    const auto amount = formatMoney(-tender.amount, parts_.pricing.decimals);
    if (tender.kind == "card") {
      notice(Notice::Level::Warning, parts_.text.say("Refund {1} to the card on the card terminal (approval {2})", {amount, tender.reference}));
      continue;
    }
    const auto* entry = parts_.checkout.tender(tender.kind);
    if (entry == nullptr) continue;
    auto provider = entry->provider;
    const std::string kind = tender.kind;
    auto asked = callPlugin(entry->pluginId, "TenderProvider::refund", [&] {
      provider->refund(tender.reference, -tender.amount.minorUnits(), [this, kind](possdk::Status done) {
        if (!done) notice(Notice::Level::Warning, parts_.text.say("The {1} refund failed: {2}", {kind, done.error()}));
        notify();
      });
    });
    if (!asked) notice(Notice::Level::Warning, asked.error());
  }
}

possdk::Result<reports::Report> LaneCounter::printReport(possdk::Result<reports::Report> report) {
  if (!report) return report;
  safely([&] { printed(parts_.printer.printReport(report.value()), Slip::Report); });
  notify();
  return report;
}

possdk::Result<std::string> LaneCounter::xReport() {
  if (auto staffOk = needStaff(); !staffOk) return possdk::Result<std::string>::fail(staffOk.error());
  auto report = printReport(reports::takeXReport(parts_.reportSource, parts_.days, parts_.clock));
  if (!report) return possdk::Result<std::string>::fail(report.error());
  return reports::toCsv(report.value(), parts_.pricing.decimals);
}

possdk::Result<std::string> LaneCounter::zReport(const std::optional<Approval>& approval) {
  using Csv = possdk::Result<std::string>;
  if (auto staffOk = needStaff(); !staffOk) return Csv::fail(staffOk.error());
  auto by = authorize(approval);
  if (!by) return Csv::fail(by.error());
  auto report = reports::takeZReport(parts_.reportSource, parts_.days, parts_.clock, view_.sale.has_value());
  if (!report) return Csv::fail(report.error());
  if (auto logged = journal(journal::type::kZReport, std::to_string(report.value().period.businessDay), "{}"); !logged) {
    notice(Notice::Level::Warning, logged.error());
  }
  (void)printReport(report);  // a Z stands even when its slip waits for the printer
  return reports::toCsv(report.value(), parts_.pricing.decimals);
}

}  // namespace poscore::counter
