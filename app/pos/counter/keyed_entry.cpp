#include "counter/keyed_entry.hpp"

#include <algorithm>

namespace pos {

namespace {

constexpr std::int64_t kMaxPercentBasisPoints = 10000;
constexpr std::int64_t kMaxPieces = 9999;
constexpr std::int64_t kMaxGrams = 999'999;
constexpr std::int64_t kMaxLineNumber = 9999;
constexpr std::size_t kMaxDigits = 10;  // keeps every value below kMaxAmountMinor's order

std::int64_t limitOf(EntryKind kind) {
  switch (kind) {
    case EntryKind::Amount: return poscore::kMaxAmountMinor;
    case EntryKind::Percent: return kMaxPercentBasisPoints;
    case EntryKind::Pieces: return kMaxPieces;
    case EntryKind::Grams: return kMaxGrams;
    case EntryKind::LineNumber: return kMaxLineNumber;
  }
  return 0;
}

std::int64_t pow10(int decimals) {
  std::int64_t scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  return scale;
}

}  // namespace

possdk::Result<std::int64_t> parseKeyed(std::string_view digits, EntryKind kind, const Translate& tr) {
  if (digits.empty()) return possdk::Result<std::int64_t>::fail(tr("Nothing was keyed: key the figure, then Enter."));
  if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return possdk::Result<std::int64_t>::fail(
        fill(tr("'{text}' is not a figure: key digits only, the decimal point is implied."), {{"text", std::string(digits)}}));
  }
  const auto firstSignificant = digits.find_first_not_of('0');
  const auto significant = firstSignificant == std::string_view::npos ? std::string_view() : digits.substr(firstSignificant);
  const std::int64_t limit = limitOf(kind);
  std::int64_t value = 0;
  if (significant.size() <= kMaxDigits) {
    for (char c : significant) value = value * 10 + (c - '0');
  }
  if (significant.size() > kMaxDigits || value > limit) {
    return possdk::Result<std::int64_t>::fail(
        fill(tr("{text} is more than this entry takes (at most {limit})."), {{"text", std::string(digits)}, {"limit", std::to_string(limit)}}));
  }
  if (value == 0) return possdk::Result<std::int64_t>::fail(tr("Zero is not a valid entry here."));
  return value;
}

std::string showKeyed(std::string_view digits, EntryKind kind, int decimals) {
  std::int64_t value = 0;
  for (char c : digits) {
    if (c < '0' || c > '9' || value > poscore::kMaxAmountMinor) break;
    value = value * 10 + (c - '0');
  }
  switch (kind) {
    case EntryKind::Amount: return poscore::formatMoney(poscore::Money::minor(value), decimals);
    case EntryKind::Percent: return poscore::formatMoney(poscore::Money::minor(value), 2) + " %";
    case EntryKind::Grams: return std::to_string(value) + " g";
    case EntryKind::Pieces:
    case EntryKind::LineNumber: return std::to_string(value);
  }
  return {};
}

std::vector<poscore::Money> quickCashAmounts(poscore::Money due, int decimals, std::size_t count) {
  std::vector<poscore::Money> amounts;
  if (count == 0 || due.minorUnits() <= 0) return amounts;
  amounts.push_back(due);
  const std::int64_t major = pow10(decimals);
  for (const std::int64_t note : {1, 5, 10, 20, 50, 100}) {
    if (amounts.size() == count) break;
    const std::int64_t step = note * major;
    const std::int64_t rounded = (due.minorUnits() + step - 1) / step * step;  // due rounded up to the note
    const auto candidate = poscore::Money::minor(rounded);
    if (std::find(amounts.begin(), amounts.end(), candidate) == amounts.end()) amounts.push_back(candidate);
  }
  return amounts;
}

}  // namespace pos
