// Paying: cash, card and plugin tenders; completing, printing and opening the drawer.
#include <algorithm>

#include "poscore/counter/lane_counter.hpp"
#include "poscore/plugins/plugin_call.hpp"
#include "poscore/sale/reprice.hpp"
#include "poscore/sale/sale_json.hpp"
#include "poscore/services/log.hpp"

namespace poscore::counter {
namespace {

constexpr std::size_t kMaxReferenceLength = 32;

bool plainReference(const std::string& reference) {
  return reference.size() <= kMaxReferenceLength &&
         std::all_of(reference.begin(), reference.end(), [](unsigned char c) { return std::isalnum(c) || c == '-'; });
}

}  // namespace

sale::TenderKinds LaneCounter::kindsWithPlugins() const {
  auto kinds = sale::TenderKinds::builtIn();
  for (const auto& entry : parts_.checkout.tenders()) {
    auto label = callPluginFor(entry.pluginId, "TenderProvider::label", [&] { return entry.provider->label(); });
    const std::string text = label ? label.value() : entry.kind;
    (void)kinds.add({entry.kind, text, text, false, false, false, false});
  }
  return kinds;
}

std::vector<std::pair<std::string, std::string>> LaneCounter::tenderKinds() const {
  std::vector<std::pair<std::string, std::string>> list;
  const auto kinds = kindsWithPlugins();
  for (const auto& kind : kinds.all()) {
    std::string label = kind.id == "cash" ? parts_.text.say("Cash") : kind.id == "card" ? parts_.text.say("Card") : kind.labelEn;
    list.emplace_back(kind.id, label);
  }
  return list;
}

possdk::Status LaneCounter::tender(const std::string& kind, Money amount, const std::string& reference) {
  if (auto open = needOpenSale(); !open) return open;
  if (view_.sale->kind == sale::SaleKind::Return) return fail("A return is refunded with Complete return, not paid");
  if (!plainReference(reference)) {
    return fail("The reference may hold letters, digits and '-' only, at most {1} of them", {std::to_string(kMaxReferenceLength)});
  }
  if (kind == "card" && reference.empty()) return fail("Key the approval code the card terminal printed");
  if (sale::remainingDue(*view_.sale) <= Money{} && view_.sale->tenders.empty()) {
    const bool anyLive = std::any_of(view_.sale->lines.begin(), view_.sale->lines.end(), [](const auto& l) { return !l.voided; });
    if (!anyLive) return fail("Every line is voided; cancel the sale instead");
    if (amount != Money{}) return fail("Nothing is due on this sale; complete it with an amount of 0");
    sale::Sale draft = *view_.sale;
    draft.state = sale::SaleState::Completed;
    return complete(std::move(draft), Money{});
  }
  if (const auto* plugin = parts_.checkout.tender(kind)) return payWithPlugin(*plugin, amount);
  return applyPayment(kind, amount, reference);
}

possdk::Status LaneCounter::payWithPlugin(const CheckoutRegistry::TenderEntry& entry, Money amount) {
  if (amount.minorUnits() <= 0 || amount > sale::remainingDue(*view_.sale)) {
    return fail("Key an amount above zero and at most what is still due");
  }
  possdk::TenderRequest request{view_.sale->id, amount.minorUnits(), parts_.pricing.currency, sale::toJson(*view_.sale)};
  // Set before asking: the plugin may answer at once, from inside pay().
  pending_ = PendingPayment{view_.sale->id, entry.kind, entry.pluginId, entry.provider, amount};
  auto answered = std::make_shared<bool>(false);
  std::weak_ptr<bool> alive = alive_;
  auto provider = entry.provider;
  auto asked = callPlugin(entry.pluginId, "TenderProvider::pay", [&] {
    provider->pay(request, [this, alive, answered](possdk::Result<possdk::TenderApproval> approval) {
      if (alive.expired() || *answered) return;  // the counter has gone, or the plugin answered twice
      *answered = true;
      settlePending(std::move(approval));
    });
  });
  if (!asked) pending_.reset();
  return asked;
}

// Applies a plugin's answer to the sale it was asked for. An approval the sale can no longer take
// is given back at once, so the customer never pays twice.
void LaneCounter::settlePending(possdk::Result<possdk::TenderApproval> approval) {
  if (!pending_) return;
  const PendingPayment asked = *pending_;
  pending_.reset();
  if (!approval) {
    notice(Notice::Level::Warning, approval.error());
  } else if (approval.value().amountMinor <= 0 || approval.value().amountMinor > asked.amount.minorUnits()) {
    giveBack(asked, approval.value());
  } else if (!view_.sale || view_.sale->id != asked.saleId) {
    giveBack(asked, approval.value());
  } else if (auto paid = applyPayment(asked.kind, Money::minor(approval.value().amountMinor), approval.value().reference); !paid) {
    notice(Notice::Level::Warning, paid.error());
    giveBack(asked, approval.value());
  }
  notify();
}

void LaneCounter::giveBack(const PendingPayment& asked, const possdk::TenderApproval& approval) {
  const auto amount = formatMoney(Money::minor(approval.amountMinor), parts_.pricing.decimals);
  notice(Notice::Level::Warning,
         parts_.text.say("The {1} payment of {2} could not be used on this sale and is being given back", {asked.kind, amount}));
  std::weak_ptr<bool> alive = alive_;
  const std::string kind = asked.kind;
  auto refunded = callPlugin(asked.pluginId, "TenderProvider::refund", [&] {
    asked.provider->refund(approval.reference, approval.amountMinor, [this, alive, kind, amount](possdk::Status done) {
      if (alive.expired() || done) return;
      notice(Notice::Level::Warning,
             parts_.text.say("Giving back the {1} payment of {2} failed: {3}; call a supervisor", {kind, amount, done.error()}));
      notify();
    });
  });
  if (!refunded) notice(Notice::Level::Warning, refunded.error());
}

possdk::Status LaneCounter::applyPayment(const std::string& kind, Money amount, const std::string& reference) {
  sale::Sale draft = *view_.sale;
  auto outcome = sale::applyTender(draft, kindsWithPlugins(), kind, amount, reference, parts_.pricing);
  if (!outcome) return possdk::Status::fail(outcome.error());
  if (outcome.value().completed) return complete(std::move(draft), outcome.value().change);
  if (auto saved = parts_.sales.saveOpen(draft); !saved) return saved;
  view_.sale = std::move(draft);
  notify();
  return possdk::Status::ok();
}

bool LaneCounter::holdsReceipt(const sale::Sale& sale) const {
  return parts_.receiptPrinting == ReceiptPrinting::OnRequest && sale.kind == sale::SaleKind::Sale &&
         !printer::opensDrawer(sale);
}

// Commits the paid sale (receipt number, journal), then prints it, or holds its receipt for the
// customer's choice: the sale stands whatever the printer does, and the cashier is told when the
// receipt waits in the queue.
possdk::Status LaneCounter::complete(sale::Sale draft, Money change) {
  draft.closedAt = parts_.clock.now();
  const bool hold = holdsReceipt(draft);
  auto commitHeld = [&]() -> possdk::Result<std::string> {
    if (auto done = parts_.sales.commit(draft); !done) return possdk::Result<std::string>::fail(done.error());
    return draft.receiptNo;
  };
  if (auto committed = hold ? parts_.heldReceipts.holdWith(commitHeld) : parts_.sales.commit(draft); !committed) {
    return committed;
  }
  events_.completed(draft);
  view_.sale.reset();
  return_.reset();
  if (!hold) {
    safely([&] { printed(parts_.printer.printSale(draft), printer::opensDrawer(draft) ? Slip::ReceiptOpeningDrawer : Slip::Receipt); });
  }
  forgetChange();
  if (!change.isZero()) {
    changeNotice_ = parts_.text.say("Change: {1}", {formatMoney(change, parts_.pricing.decimals)});
    notice(Notice::Level::Info, changeNotice_);
  }
  view_.lastCompleted = std::move(draft);
  notify();
  return possdk::Status::ok();
}

possdk::Result<Paper> LaneCounter::printReceipt(const std::string& receiptNo) {
  using R = possdk::Result<Paper>;
  if (auto staffOk = needStaff(); !staffOk) return R::fail(staffOk.error());
  auto found = parts_.sales.findByReceipt(receiptNo);
  if (!found) return R::fail(found.error());
  if (!found.value() || found.value()->kind != sale::SaleKind::Sale) {
    return R::fail(parts_.text.say("There is no sale with receipt number {1} on this lane; check the number", {receiptNo}));
  }
  auto held = parts_.heldReceipts.state(receiptNo);
  if (!held) return R::fail(held.error());
  if (held.value() == HeldReceipts::State::NotHeld) {
    return R::fail(parts_.text.say("Receipt {1} printed when its sale was paid; use Reprint last for a copy", {receiptNo}));
  }
  if (held.value() == HeldReceipts::State::Printed) {
    return R::fail(parts_.text.say("Receipt {1} has already been printed; use Reprint last for a copy", {receiptNo}));
  }
  // Queued before it is marked: a crash in between prints it twice rather than never, as the queue does.
  std::optional<R> outcome;
  safely([&] {
    auto delivery = parts_.printer.printSale(*found.value());
    if (!delivery) {
      outcome = R::fail(parts_.text.say("The receipt could not be printed: {1}", {delivery.error()}));
      return;
    }
    if (auto marked = parts_.heldReceipts.markPrinted(receiptNo); !marked) notice(Notice::Level::Warning, marked.error());
    printed(delivery, Slip::Receipt);
    outcome = delivery.value().printed ? Paper::Printed : Paper::Queued;
  });
  notify();
  if (!outcome) return R::fail(view_.notices.back().text);  // the queue itself failed; safely() said why
  return *outcome;
}

}  // namespace poscore::counter
