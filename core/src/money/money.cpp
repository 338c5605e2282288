#include "poscore/money/money.hpp"

#include <charconv>
#include <stdexcept>

namespace poscore {
namespace {
// 128 bits hold any product of two int64 values exactly; __extension__ tells -pedantic it is meant.
__extension__ using Wide = __int128;
}  // namespace

std::int64_t mulDivRound(std::int64_t value, std::int64_t numerator, std::int64_t denominator) {
  if (denominator == 0) throw std::invalid_argument("mulDivRound: the denominator is zero");
  Wide product = static_cast<Wide>(value) * numerator;
  Wide den = denominator;
  if (den < 0) {
    product = -product;
    den = -den;
  }
  const Wide magnitude = product < 0 ? -product : product;
  // Half away from zero on the magnitude: up when the remainder is at least half the divisor.
  // Doubling the remainder (below 2^64) rather than the magnitude (up to 2^126) cannot overflow.
  Wide quotient = magnitude / den;
  if (2 * (magnitude % den) >= den) ++quotient;
  const Wide result = product < 0 ? -quotient : quotient;
  if (result > INT64_MAX || result < INT64_MIN) throw std::overflow_error("mulDivRound: the result does not fit 64 bits");
  return static_cast<std::int64_t>(result);
}

std::string formatMoney(Money amount, int decimals) {
  const std::int64_t units = amount.minorUnits();
  const bool negative = units < 0;
  // Through unsigned so that INT64_MIN has a magnitude too.
  std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(units) : static_cast<std::uint64_t>(units);
  std::uint64_t scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  std::string text = std::to_string(magnitude / scale);
  if (decimals > 0) {
    std::string fraction = std::to_string(magnitude % scale);
    text += '.' + std::string(static_cast<std::size_t>(decimals) - fraction.size(), '0') + fraction;
  }
  return negative ? '-' + text : text;
}

std::optional<Money> parseMoney(std::string_view text, int decimals) {
  bool negative = !text.empty() && text.front() == '-';
  if (negative) text.remove_prefix(1);
  const auto dot = text.find('.');
  std::string_view whole = text.substr(0, dot);
  std::string_view fraction = dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
  if (whole.empty() || whole.size() > 12) return std::nullopt;
  if (dot != std::string_view::npos && (fraction.empty() || fraction.size() > static_cast<std::size_t>(decimals))) {
    return std::nullopt;
  }
  auto digitsOnly = [](std::string_view s) {
    for (char c : s) {
      if (c < '0' || c > '9') return false;
    }
    return true;
  };
  if (!digitsOnly(whole) || !digitsOnly(fraction)) return std::nullopt;
  std::int64_t units = 0;
  std::from_chars(whole.data(), whole.data() + whole.size(), units);
  for (int i = 0; i < decimals; ++i) {
    units = units * 10 + (static_cast<std::size_t>(i) < fraction.size() ? fraction[static_cast<std::size_t>(i)] - '0' : 0);
    if (units > kMaxAmountMinor) return std::nullopt;
  }
  if (units > kMaxAmountMinor) return std::nullopt;
  return Money::minor(negative ? -units : units);
}

}  // namespace poscore
