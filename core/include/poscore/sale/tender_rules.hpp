#pragma once
#include <string>
#include <vector>

#include "poscore/money/money.hpp"
#include "poscore/sale/sale.hpp"
#include "poscore/sale/tax_rules.hpp"
#include "possdk/status.hpp"

// Paying a sale. A tender kind is data, so a plugin's tender (coupon, points) is one more entry.
namespace poscore::sale {

struct TenderKind {
  std::string id;  // "cash", "card", or the plugin's tender id
  std::string labelEn;
  std::string labelZh;
  bool mayOverTender = false;  // may pay more than is still due (cash; a coupon worth more than the rest)
  bool givesChange = false;    // the excess is handed back (cash); otherwise it is forfeited
  bool opensDrawer = false;    // the cash drawer opens when the sale completes with this tender
  bool cashRounding = false;   // settling the rest with it applies the lane's cash rounding
};

class TenderKinds {
 public:
  // "cash" (over-tender, change, drawer, rounding) and "card" (exact, no drawer).
  static TenderKinds builtIn();
  // Refuses an empty or duplicate id, missing labels, and change without over-tender.
  possdk::Status add(TenderKind kind);
  const TenderKind* find(const std::string& id) const;
  const std::vector<TenderKind>& all() const { return kinds_; }

 private:
  std::vector<TenderKind> kinds_;
};

// What is still to pay: due - paid (zero or less once settled).
Money remainingDue(const Sale& sale);
// What settles the rest in cash: the remaining amount rounded by the lane's cash rounding.
Money cashDue(const Sale& sale, const PricingRules& rules);

struct TenderOutcome {
  Money change;             // to hand back
  bool completed = false;   // the sale is paid in full and now Completed
  bool openDrawer = false;  // some tender of the completed sale opens the drawer
};

// Applies one payment to an open sale that reprice() has worked out.
// Refused: an unknown kind (the message lists the lane's kinds), an amount of zero or less or above
// kMaxAmountMinor, a sale with nothing due (returns are settled by settleRefund), and more than
// is still due with a kind that may not over-tender.
// Cash rounding rule: rounding applies only when a rounding kind (cash) settles the whole rest.
// Then the rest is rounded (cashDue), the difference goes to totals.rounding and totals.due, the
// tender's amount is the rounded rest and anything above it is change. A cash payment below the
// rounded rest is a part payment of exactly what was handed over, without rounding; if it happens
// to pay the exact unrounded rest the sale completes without rounding. Other kinds always pay to
// the minor unit. When paid reaches due the sale becomes Completed (the caller sets the receipt
// number and closedAt).
possdk::Result<TenderOutcome> applyTender(Sale& sale, const TenderKinds& kinds, const std::string& kindId,
                                          Money amount, const std::string& reference, const PricingRules& rules);

}  // namespace poscore::sale
