#pragma once
#include <chrono>
#include <cstdint>

#include "poscore/sale/promotion.hpp"
#include "poscore/sale/sale.hpp"
#include "poscore/sale/tax_rules.hpp"
#include "possdk/status.hpp"

// The pricing engine: fills every worked-out field of a sale from what the cashier entered.
// Order on each line: gross -> time price -> multi-buy -> the line's own discount -> its share of
// the sale discount -> net -> tax. docs/pricing.md states each rule with an example.
namespace poscore::sale {

inline constexpr std::int64_t kMaxPieces = 9'999;   // per line
inline constexpr std::int64_t kMaxGrams = 999'999;  // per weighed line: just under a tonne

// Checks what the cashier entered on one line against the sale's kind: quantity sign (positive on
// a sale, negative on a return) and size, prices within 0..kMaxAmountMinor, a percent discount of
// at most 100 %, a known tax class. The message names the line and the field and what to do.
possdk::Status checkLineInput(const SaleLine& line, SaleKind kind, const PricingRules& rules);

// Works out gross, adjustments, net and tax of every line and the sale's totals, for `now` (time
// prices). Refuses, leaving the sale untouched, when a line fails checkLineInput, a line or the
// total would exceed kMaxAmountMinor, or the sale is not open. Voided lines get zero figures and
// no adjustments. Lines returned against an original receipt (returnOfLine set) keep the gross,
// adjustments and tax the return builder gave them; only their net is summed again. Promotions
// apply to sales only; a return without a receipt refunds the entered price less manual discounts.
// Cash rounding is left at zero: it is fixed by the tender that settles the sale (tender_rules.hpp).
possdk::Status reprice(Sale& sale, const PricingRules& rules, const Promotions& promotions,
                       std::chrono::system_clock::time_point now);

}  // namespace poscore::sale
