#include "poscore/sale/tender_rules.hpp"

namespace poscore::sale {
namespace {

possdk::Result<TenderOutcome> refuse(const std::string& message) {
  return possdk::Result<TenderOutcome>::fail(message);
}

std::string knownKinds(const TenderKinds& kinds) {
  std::string list;
  for (const auto& kind : kinds.all()) list += (list.empty() ? "" : ", ") + kind.id;
  return list;
}

bool anyTenderOpensDrawer(const Sale& sale, const TenderKinds& kinds) {
  for (const auto& tender : sale.tenders) {
    const auto* kind = kinds.find(tender.kind);
    if (kind && kind->opensDrawer) return true;
  }
  return false;
}

}  // namespace

TenderKinds TenderKinds::builtIn() {
  TenderKinds kinds;
  kinds.kinds_ = {
      {"cash", "Cash", "现金", true, true, true, true},
      {"card", "Card", "银行卡", false, false, false, false},
  };
  return kinds;
}

possdk::Status TenderKinds::add(TenderKind kind) {
  if (kind.id.empty()) return possdk::Status::fail("tender kind: the id is empty; give the kind a short id such as \"coupon\"");
  if (find(kind.id)) return possdk::Status::fail("tender kind \"" + kind.id + "\" is already registered; choose another id");
  if (kind.labelEn.empty() || kind.labelZh.empty()) {
    return possdk::Status::fail("tender kind \"" + kind.id + "\": both labels (English and Chinese) are required");
  }
  if (kind.givesChange && !kind.mayOverTender) {
    return possdk::Status::fail("tender kind \"" + kind.id + "\": a kind that gives change must allow over-tender");
  }
  kinds_.push_back(std::move(kind));
  return possdk::Status::ok();
}

const TenderKind* TenderKinds::find(const std::string& id) const {
  for (const auto& kind : kinds_) {
    if (kind.id == id) return &kind;
  }
  return nullptr;
}

Money remainingDue(const Sale& sale) { return sale.totals.due - sale.totals.paid; }

Money cashDue(const Sale& sale, const PricingRules& rules) { return roundCash(remainingDue(sale), rules.cashRounding); }

possdk::Result<TenderOutcome> applyTender(Sale& sale, const TenderKinds& kinds, const std::string& kindId,
                                          Money amount, const std::string& reference, const PricingRules& rules) {
  const auto* kind = kinds.find(kindId);
  if (!kind) return refuse("tender kind \"" + kindId + "\" is not taken at this lane; use one of " + knownKinds(kinds));
  if (sale.state != SaleState::Open) return refuse("sale " + sale.id + " is not open; it takes no more payments");
  const Money rest = remainingDue(sale);
  if (sale.kind != SaleKind::Sale || rest.minorUnits() <= 0) {
    return refuse("sale " + sale.id + " has nothing left to pay; returns are refunded, not tendered");
  }
  if (amount.minorUnits() <= 0 || amount.minorUnits() > kMaxAmountMinor) {
    return refuse(kind->labelEn + ": the amount " + formatMoney(amount, rules.decimals) +
                  " must be above zero and at most " + formatMoney(Money::minor(kMaxAmountMinor), rules.decimals));
  }
  const Money settles = kind->cashRounding ? roundCash(rest, rules.cashRounding) : rest;
  if (amount > settles && !kind->mayOverTender) {
    return refuse(kind->labelEn + ": " + formatMoney(amount, rules.decimals) + " is more than the " +
                  formatMoney(settles, rules.decimals) + " still due; key at most what is due");
  }
  Tender tender;
  tender.seq = static_cast<int>(sale.tenders.size()) + 1;
  tender.kind = kind->id;
  tender.reference = reference;
  tender.amount = amount;
  TenderOutcome outcome;
  if (amount >= settles) {
    tender.amount = settles;
    sale.totals.rounding += settles - rest;
    sale.totals.due += settles - rest;
    if (kind->givesChange) {
      outcome.change = amount - settles;
      tender.received = amount;
    }
  } else if (kind->givesChange) {
    tender.received = amount;
  }
  sale.tenders.push_back(tender);
  sale.totals.paid += tender.amount;
  sale.totals.change += outcome.change;
  if (sale.totals.paid >= sale.totals.due) {
    sale.state = SaleState::Completed;
    outcome.completed = true;
    outcome.openDrawer = anyTenderOpensDrawer(sale, kinds);
  }
  return outcome;
}

}  // namespace poscore::sale
