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
  if (const auto* plugin = parts_.checkout.tender(kind)) return payWithPlugin(*plugin, amount);
  return applyPayment(kind, amount, reference);
}

possdk::Status LaneCounter::payWithPlugin(const CheckoutRegistry::TenderEntry& entry, Money amount) {
  if (amount.minorUnits() <= 0 || amount > sale::remainingDue(*view_.sale)) {
    return fail("Key an amount above zero and at most what is still due");
  }
  possdk::TenderRequest request{view_.sale->id, amount.minorUnits(), parts_.pricing.currency, sale::toJson(*view_.sale)};
  const std::string saleId = view_.sale->id;
  const std::string kind = entry.kind;
  auto provider = entry.provider;
  return callPlugin(entry.pluginId, "TenderProvider::pay", [&] {
    provider->pay(request, [this, saleId, kind, amount](possdk::Result<possdk::TenderApproval> approval) {
      if (!view_.sale || view_.sale->id != saleId) return;  // the sale moved on meanwhile
      if (!approval) {
        notice(Notice::Level::Warning, approval.error());
      } else if (approval.value().amountMinor <= 0 || approval.value().amountMinor > amount.minorUnits()) {
        notice(Notice::Level::Warning, parts_.text.say("The {1} tender approved an impossible amount; nothing was taken", {kind}));
      } else if (auto paid = applyPayment(kind, Money::minor(approval.value().amountMinor), approval.value().reference); !paid) {
        notice(Notice::Level::Warning, paid.error());
      }
      notify();
    });
  });
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

// Commits the paid sale (receipt number, journal), then prints it: the sale stands whatever the
// printer does, and the cashier is told when the receipt waits in the queue.
possdk::Status LaneCounter::complete(sale::Sale draft, Money change) {
  draft.closedAt = parts_.clock.now();
  if (auto committed = parts_.sales.commit(draft); !committed) return committed;
  view_.sale.reset();
  return_.reset();
  printed(parts_.printer.printSale(draft));
  forgetChange();
  if (!change.isZero()) {
    changeNotice_ = parts_.text.say("Change: {1}", {formatMoney(change, parts_.pricing.decimals)});
    notice(Notice::Level::Info, changeNotice_);
  }
  view_.lastCompleted = std::move(draft);
  notify();
  return possdk::Status::ok();
}

}  // namespace poscore::counter
