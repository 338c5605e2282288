#include "selfcheckout/self_checkout_screens.hpp"

#include "counter/line_format.hpp"

namespace pos {

using namespace possdk::ui;
using poscore::selfcheckout::Stage;
using poscore::selfcheckout::View;

namespace {

std::string money(poscore::Money amount, int decimals) { return poscore::formatMoney(amount, decimals); }

// The outcome of the customer's last action, when it failed, above everything else.
void addMessage(possdk::Screen& s, const View& view) {
  if (!view.message.empty()) s.add(alert("sco-message", view.message, possdk::AlertLevel::Error));
}

void addBagging(possdk::Screen& s, const View& view, const Translate& tr) {
  if (view.blocked) s.add(alert("sco-bagging", view.blockReason, possdk::AlertLevel::Warning));
  if (!view.bagging) return;
  const auto& b = *view.bagging;
  if (!view.blocked && !b.message.empty()) s.add(text("sco-bagging-hint", b.message, "large"));
  if (b.grams && b.minGrams && b.maxGrams) {
    s.add(weightGauge("sco-gauge", tr("Bagging area"), *b.grams, *b.minGrams, *b.maxGrams));
  }
}

possdk::Screen welcome(const View& view, const Translate& tr) {
  possdk::Screen s;
  s.id = "sco.welcome";
  addMessage(s, view);
  s.add(text("welcome", tr("Welcome"), "title"))
      .add(text("prompt", tr("Scan your first item"), "title"))
      .add(text("hint", tr("Place each item in the bagging area after scanning it."), "muted"));
  addBagging(s, view, tr);
  s.add(button(sco::kStart, tr("Start"), "primary")).add(button(sco::kHelp, tr("Help")));
  return s;
}

possdk::Screen scanning(const View& view, const SelfCheckoutPrompt& prompt, const std::string& language, int decimals,
                        const Translate& tr) {
  possdk::Screen s;
  s.id = "sco.scanning";
  addMessage(s, view);
  std::vector<std::vector<std::string>> rows;
  if (view.sale) {
    for (const auto& line : view.sale->lines) {
      const auto t = formatLine(line, language, decimals, tr);
      rows.push_back({t.number, t.voided ? tr("VOID") + " " + t.name : t.name, t.quantity, t.price, t.amount});
    }
  }
  s.add(table(sco::kLines, {tr("No."), tr("Item"), tr("Qty"), tr("Price"), tr("Amount")}, std::move(rows)));
  const auto total = view.sale ? view.sale->totals.due : poscore::Money{};
  s.add(text("sco-total", fill(tr("Total: {amount}"), {{"amount", money(total, decimals)}}), "title"));
  addBagging(s, view, tr);
  if (!view.blocked) s.add(text("sco-prompt", tr("Scan the next item, or press Pay"), "large"));
  s.add(textEntry(sco::kManualCode, tr("Barcode")));
  auto pay = button(sco::kPay, tr("Pay"), "primary");
  pay.enabled = !view.blocked && view.sale.has_value();
  s.add(std::move(pay)).add(button(sco::kHelp, tr("Help")));
  if (prompt.pickedLine) {
    s.add(button(sco::kRemove, fill(tr("Remove line {line}"), {{"line", std::to_string(*prompt.pickedLine)}}), "danger"));
  }
  return s;
}

possdk::Screen attendant(const View& view, const SelfCheckoutPrompt& prompt, const Translate& tr) {
  possdk::Screen s;
  s.id = prompt.attendantId ? "sco.attendant.pin" : "sco.attendant.id";
  s.add(alert("sco-attendant", tr("An attendant is on the way"), possdk::AlertLevel::Warning));
  if (!view.attendantReason.empty()) s.add(text("sco-reason", view.attendantReason, "large"));
  addMessage(s, view);
  if (prompt.attendantId) {
    s.add(text("sco-attendant-who", fill(tr("Supervisor {id}: key your PIN"), {{"id", *prompt.attendantId}}), "muted"))
        .add(keypad(sco::kAttendantPin, tr("PIN"), "pin"));
  } else {
    s.add(text("sco-attendant-hint", tr("Attendant: key your supervisor number"), "muted"))
        .add(keypad(sco::kAttendantId, tr("Supervisor number"), "digits"));
  }
  return s;
}

possdk::Screen paying(const View& view, const SelfCheckoutPrompt& prompt, int decimals, const Translate& tr) {
  possdk::Screen s;
  s.id = prompt.cardCode ? "sco.pay.card" : "sco.pay";
  addMessage(s, view);
  const auto due = view.sale ? remainingDue(view.sale->totals) : poscore::Money{};
  s.add(text("sco-due", fill(tr("To pay: {amount}"), {{"amount", money(due, decimals)}}), "title"));
  addBagging(s, view, tr);
  if (prompt.cardCode) {
    s.add(text("sco-card-hint", tr("Pay on the card terminal, then key the approval code it shows"), "large"))
        .add(textEntry(sco::kCardCode, tr("Approval code")));
  } else {
    s.add(text("sco-pay-hint", tr("Choose how to pay"), "large"));
    for (const auto& [kind, label] : view.tenders) s.add(button(sco::kTenderPrefix + kind, label, "primary"));
  }
  s.add(button(sco::kBack, tr("Back"))).add(button(sco::kHelp, tr("Help")));
  return s;
}

possdk::Screen receipt(const View& view, const SelfCheckoutPrompt& prompt, int decimals, const Translate& tr) {
  possdk::Screen s;
  s.id = prompt.smsNumber ? "sco.receipt.sms" : "sco.receipt";
  addMessage(s, view);
  const auto total = view.sale ? view.sale->totals.due : poscore::Money{};
  s.add(text("sco-paid", fill(tr("Paid: {amount}"), {{"amount", money(total, decimals)}}), "title"))
      .add(text("sco-receipt-hint", tr("How would you like your receipt?"), "large"));
  if (view.sendingSms) {
    s.add(alert("sco-sending", tr("Sending the receipt by SMS..."), possdk::AlertLevel::Info));
  } else if (prompt.smsNumber) {
    s.add(textEntry(sco::kSmsNumber, tr("Mobile number")));
  }
  s.add(button(sco::kPrint, tr("Print"), "primary"));
  if (view.smsOffered) s.add(button(sco::kSms, tr("SMS"), "primary"));
  s.add(button(sco::kNoReceipt, tr("No receipt")));
  return s;
}

possdk::Screen thankYou(const View& view, int decimals, const Translate& tr) {
  possdk::Screen s;
  s.id = "sco.thanks";
  const auto total = view.sale ? view.sale->totals.due : poscore::Money{};
  s.add(text("sco-thanks", tr("Thank you"), "title"))
      .add(text("sco-thanks-total", fill(tr("Paid: {amount}"), {{"amount", money(total, decimals)}}), "large"))
      .add(text("sco-thanks-hint", tr("Please take your bags and your receipt."), "muted"))
      .add(button(sco::kDone, tr("Done"), "primary"));
  return s;
}

}  // namespace

possdk::Screen selfCheckoutScreen(const View& view, const SelfCheckoutPrompt& prompt, const std::string& language,
                                  int decimals, const Translate& tr) {
  switch (view.stage) {
    case Stage::Welcome: return welcome(view, tr);
    case Stage::Scanning: return scanning(view, prompt, language, decimals, tr);
    case Stage::Attendant: return attendant(view, prompt, tr);
    case Stage::Paying: return paying(view, prompt, decimals, tr);
    case Stage::ReceiptChoice: return receipt(view, prompt, decimals, tr);
    case Stage::ThankYou: return thankYou(view, decimals, tr);
  }
  return welcome(view, tr);
}

}  // namespace pos
