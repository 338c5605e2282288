#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "poscore/money/money.hpp"
#include "possdk/status.hpp"
#include "shell_text.hpp"

// What the cashier keys on the number pad, turned into amounts. The one convention for every
// figure at the counter (docs/counter.md): digits only, with the decimal point implied, as on a
// cash register. With two currency decimals "1250" is 12.50, "5" is 0.05; a percentage keeps two
// decimals as well, so "1000" is 10.00 % (1000 basis points). Quantities and weights are whole
// pieces and whole grams.
namespace pos {

enum class EntryKind { Amount, Percent, Pieces, Grams, LineNumber };

// The figure the digits stand for: minor units, basis points, pieces, grams or a line number.
// Fails with a translated message naming what was wrong (empty, not digits, zero, too large).
possdk::Result<std::int64_t> parseKeyed(std::string_view digits, EntryKind kind, const Translate& tr);

// How the digits read while they are being keyed: "12.50" for "1250" as an amount, "10.00 %" as a
// percentage, "455 g" as grams. Empty digits read as zero.
std::string showKeyed(std::string_view digits, EntryKind kind, int decimals);

// The cash a customer is likely to hand over for `due`: the exact amount first, then the next
// round 1, 5, 10, 20, 50 and 100 in major units above it, without repeats; at most `count`.
std::vector<poscore::Money> quickCashAmounts(poscore::Money due, int decimals, std::size_t count);

}  // namespace pos
