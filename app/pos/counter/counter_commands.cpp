// What each counter key does: the dialogs it asks through and the session call it ends in.
#include <algorithm>

#include <wx/textctrl.h>

#include "counter/counter_panel.hpp"
#include "counter/dialogs/approval_dialog.hpp"
#include "counter/dialogs/choice_dialog.hpp"
#include "counter/dialogs/keyed_entry_dialog.hpp"
#include "counter/dialogs/text_entry_dialog.hpp"
#include "counter/line_format.hpp"
#include "counter/sale_lines_view.hpp"
#include "counter/sign_on_view.hpp"

namespace pos {

using poscore::Money;
using poscore::counter::Approval;
using poscore::counter::Role;

namespace {
constexpr std::size_t kQuickCashCount = 5;
}  // namespace

// Marks the panel as behind a dialog while one is open, and gives the scan field back after.
class DialogScope {
 public:
  explicit DialogScope(CounterPanel& panel) : panel_(panel) { ++panel_.dialogs_; }
  ~DialogScope() {
    --panel_.dialogs_;
    panel_.CallAfter([p = &panel_] { p->focusEntry(); });
  }
  DialogScope(const DialogScope&) = delete;
  DialogScope& operator=(const DialogScope&) = delete;

 private:
  CounterPanel& panel_;
};

void CounterPanel::run(CounterCommand command) {
  if (!attached_) return;
  DialogScope scope(*this);
  switch (command) {
    case CounterCommand::SignOnOff: signOnOff(); break;
    case CounterCommand::Quantity: changeQuantity(); break;
    case CounterCommand::VoidLine: voidLine(); break;
    case CounterCommand::PriceOverride: overridePrice(); break;
    case CounterCommand::LineDiscount: discount(false); break;
    case CounterCommand::SaleDiscount: discount(true); break;
    case CounterCommand::TenderCash: tenderCash(); break;
    case CounterCommand::TenderCard: tenderCard(); break;
    case CounterCommand::OtherTender: otherTender(); break;
    case CounterCommand::Suspend: suspend(); break;
    case CounterCommand::Resume: resume(); break;
    case CounterCommand::CancelSale: cancelSale(); break;
    case CounterCommand::NoSale: noSale(); break;
    case CounterCommand::Return: startReturn(); break;
    case CounterCommand::ReprintLast: report(session_.reprintLast(), tr("The last receipt was sent to the printer.")); break;
    case CounterCommand::XReport: xReport(); break;
    case CounterCommand::ZReport: zReport(); break;
    case CounterCommand::Language:
      if (hooks_.switchLanguage) hooks_.switchLanguage();
      break;
  }
}

void CounterPanel::signOnOff() {
  if (!session_.view().staff) {
    signOn_->focusEntry();
    return;
  }
  report(session_.signOff());
}

bool CounterPanel::needsSale() {
  if (session_.view().sale) return true;
  report(possdk::Status::fail(tr("There is no open sale: scan an item first.")));
  return false;
}

std::optional<int> CounterPanel::targetLine() {
  if (!needsSale()) return std::nullopt;
  const auto line = lines_->selectedLine();
  if (!line) report(possdk::Status::fail(tr("The sale has no lines yet: scan an item first.")));
  return line;
}

bool CounterPanel::approve(const std::string& what, std::optional<Approval>& out) {
  out.reset();
  const auto& staff = session_.view().staff;
  if (staff && staff->role == Role::Supervisor) return true;
  out = askApproval(this, what, theme_, tr_);
  return out.has_value();
}

void CounterPanel::changeQuantity() {
  const auto lineNo = targetLine();
  if (!lineNo) return;
  const auto& lines = session_.view().sale->lines;
  const auto line = std::find_if(lines.begin(), lines.end(), [&](const auto& l) { return l.lineNo == *lineNo; });
  const bool weighed = line != lines.end() && line->unit == poscore::catalog::SaleUnit::Weight;
  KeyedEntryRequest request{tr("Quantity"),
                            fill(weighed ? tr("Weight in grams for line {line}") : tr("Quantity for line {line}"),
                                 {{"line", std::to_string(*lineNo)}}),
                            weighed ? EntryKind::Grams : EntryKind::Pieces, settings_.currencyDecimals, {}};
  const auto quantity = askKeyed(this, request, theme_, tr_);
  if (quantity) report(session_.setQuantity(*lineNo, *quantity));
}

void CounterPanel::voidLine() {
  if (const auto lineNo = targetLine()) report(session_.voidLine(*lineNo));
}

void CounterPanel::overridePrice() {
  const auto lineNo = targetLine();
  if (!lineNo) return;
  KeyedEntryRequest request{tr("Price override"),
                            fill(tr("New price for line {line}"), {{"line", std::to_string(*lineNo)}}),
                            EntryKind::Amount, settings_.currencyDecimals, {}};
  const auto price = askKeyed(this, request, theme_, tr_);
  if (!price) return;
  const auto reason = askText(this, tr("Price override"), tr("Reason for the new price"), theme_, tr_);
  if (!reason) return;
  std::optional<Approval> approval;
  if (!approve(tr("A price override"), approval)) return;
  report(session_.overridePrice(*lineNo, Money::minor(*price), *reason, approval));
}

void CounterPanel::discount(bool wholeSale) {
  std::optional<int> lineNo;
  if (wholeSale ? !needsSale() : !(lineNo = targetLine())) return;
  const std::string title = wholeSale ? tr("Sale discount") : tr("Line discount");
  const auto kind = askChoice(this, title, {tr("Percent"), tr("Amount")}, theme_, tr_);
  if (!kind) return;
  const bool percent = *kind == 0;
  KeyedEntryRequest request{title,
                            percent ? tr("Discount in percent (1000 is 10.00 %)") : tr("Discount amount"),
                            percent ? EntryKind::Percent : EntryKind::Amount, settings_.currencyDecimals, {}};
  const auto value = askKeyed(this, request, theme_, tr_);
  if (!value) return;
  std::optional<Approval> approval;
  if (!approve(title, approval)) return;
  poscore::sale::ManualDiscount discount;
  discount.kind = percent ? poscore::sale::ManualDiscount::Kind::Percent : poscore::sale::ManualDiscount::Kind::Amount;
  discount.value = *value;
  discount.by.userId = approval ? approval->supervisorId : session_.view().staff->id;
  report(wholeSale ? session_.discountSale(discount, approval) : session_.discountLine(*lineNo, discount, approval));
}

void CounterPanel::tenderCash() {
  if (!needsSale()) return;
  const Money due = remainingDue(session_.view().sale->totals);
  KeyedEntryRequest request{tr("Cash"), fill(tr("Cash received (due {amount})"),
                                             {{"amount", poscore::formatMoney(due, settings_.currencyDecimals)}}),
                            EntryKind::Amount, settings_.currencyDecimals, {}};
  const auto amounts = quickCashAmounts(due, settings_.currencyDecimals, kQuickCashCount);
  for (std::size_t i = 0; i < amounts.size(); ++i) {
    const auto text = poscore::formatMoney(amounts[i], settings_.currencyDecimals);
    request.quick.push_back({i == 0 ? fill(tr("Exact {amount}"), {{"amount", text}}) : text, amounts[i].minorUnits()});
  }
  const auto received = askKeyed(this, request, theme_, tr_);
  if (received) report(session_.tender("cash", Money::minor(*received), ""));
}

void CounterPanel::tenderCard() {
  if (!needsSale()) return;
  const Money due = remainingDue(session_.view().sale->totals);
  const auto code = askText(this, tr("Card"),
                            fill(tr("Approval code from the card terminal for {amount}"),
                                 {{"amount", poscore::formatMoney(due, settings_.currencyDecimals)}}),
                            theme_, tr_);
  if (code) report(session_.tender("card", due, *code));
}

void CounterPanel::otherTender() {
  if (!needsSale()) return;
  const auto kinds = session_.tenderKinds();
  std::vector<std::string> labels;
  for (const auto& k : kinds) labels.push_back(k.second);
  if (kinds.empty()) {
    report(possdk::Status::fail(tr("This lane takes no other tenders.")));
    return;
  }
  const auto picked = askChoice(this, tr("Other tender"), labels, theme_, tr_);
  if (!picked) return;
  const Money due = remainingDue(session_.view().sale->totals);
  KeyedEntryRequest request{labels[*picked], tr("Amount"), EntryKind::Amount, settings_.currencyDecimals,
                            {{fill(tr("Exact {amount}"), {{"amount", poscore::formatMoney(due, settings_.currencyDecimals)}}),
                              due.minorUnits()}}};
  const auto amount = askKeyed(this, request, theme_, tr_);
  if (!amount) return;
  const auto reference = askText(this, labels[*picked], tr("Reference"), theme_, tr_);
  if (reference) report(session_.tender(kinds[*picked].first, Money::minor(*amount), *reference));
}

void CounterPanel::suspend() {
  if (needsSale()) report(session_.suspend(), tr("The sale was suspended."));
}

void CounterPanel::resume() {
  const auto sales = session_.suspended();
  if (sales.empty()) {
    report(possdk::Status::fail(tr("There are no suspended sales.")));
    return;
  }
  std::vector<std::string> labels;
  for (const auto& s : sales) {
    labels.push_back(fill(tr("{sale}  {lines} lines  {total}  by {cashier}"),
                          {{"sale", s.saleId},
                           {"lines", std::to_string(s.lineCount)},
                           {"total", poscore::formatMoney(s.total, settings_.currencyDecimals)},
                           {"cashier", s.cashierId}}));
  }
  if (const auto picked = askChoice(this, tr("Resume a suspended sale"), labels, theme_, tr_)) {
    report(session_.resume(sales[*picked].saleId));
  }
}

void CounterPanel::cancelSale() {
  if (!needsSale()) return;
  if (const auto reason = askText(this, tr("Cancel sale"), tr("Reason for cancelling the sale"), theme_, tr_)) {
    report(session_.cancelSale(*reason), tr("The sale was cancelled."));
  }
}

void CounterPanel::noSale() {
  if (const auto reason = askText(this, tr("No sale"), tr("Reason for opening the drawer"), theme_, tr_)) {
    report(session_.noSale(*reason), tr("The drawer was opened."));
  }
}

// Lines are picked by their number on the original receipt; Esc at the line number ends the
// picking and asks to complete the refund.
void CounterPanel::startReturn() {
  const auto receipt = askText(this, tr("Return"), tr("Receipt number (key it or scan the receipt)"), theme_, tr_);
  if (!receipt) return;
  if (const auto started = session_.startReturn(*receipt); !started) {
    report(started);
    return;
  }
  report(possdk::Status::ok());
  for (;;) {
    const auto line = askKeyed(this, {tr("Return"), tr("Line number on the receipt (Esc when done)"), EntryKind::LineNumber,
                                      settings_.currencyDecimals, {}},
                               theme_, tr_);
    if (!line) break;
    const auto quantity = askKeyed(this, {tr("Return"), fill(tr("Quantity to return from line {line}"), {{"line", std::to_string(*line)}}),
                                          EntryKind::Pieces, settings_.currencyDecimals, {}},
                                   theme_, tr_);
    if (quantity) report(session_.returnLine(static_cast<int>(*line), *quantity));
  }
  if (!askConfirm(this, tr("Return"), tr("Refund the picked lines to the original tenders?"), theme_, tr_)) return;
  std::optional<Approval> approval;
  if (!approve(tr("A return"), approval)) return;
  report(session_.completeReturn(approval), tr("The return is complete."));
}

void CounterPanel::xReport() {
  const auto result = session_.xReport();
  report(result ? possdk::Status::ok() : possdk::Status::fail(result.error()), tr("The X report was printed."));
}

void CounterPanel::zReport() {
  if (!askConfirm(this, tr("Z report"), tr("Close the business day and print the Z report?"), theme_, tr_)) return;
  std::optional<Approval> approval;
  if (!approve(tr("The Z report"), approval)) return;
  const auto result = session_.zReport(approval);
  report(result ? possdk::Status::ok() : possdk::Status::fail(result.error()),
         tr("The Z report was printed; the business day is closed."));
}

}  // namespace pos
