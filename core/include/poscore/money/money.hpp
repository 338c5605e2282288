#pragma once
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace poscore {

// An amount in the lane currency's minor units (fen for CNY, cents for USD). A lane sells in one
// currency, named in its settings; amounts never hold floating point, so sums are exact.
class Money {
 public:
  constexpr Money() = default;
  static constexpr Money minor(std::int64_t units) { return Money{units}; }

  constexpr std::int64_t minorUnits() const { return units_; }
  constexpr bool isZero() const { return units_ == 0; }
  constexpr bool isNegative() const { return units_ < 0; }

  constexpr Money operator-() const { return Money{-units_}; }
  constexpr Money operator+(Money other) const { return Money{units_ + other.units_}; }
  constexpr Money operator-(Money other) const { return Money{units_ - other.units_}; }
  constexpr Money& operator+=(Money other) { units_ += other.units_; return *this; }
  constexpr Money& operator-=(Money other) { units_ -= other.units_; return *this; }
  constexpr auto operator<=>(const Money&) const = default;

 private:
  constexpr explicit Money(std::int64_t units) : units_(units) {}
  std::int64_t units_ = 0;
};

// Amounts beyond this are refused at every input edge: no till sees a single price or total of
// ten million in major units, and staying far below INT64_MAX keeps every product exact.
inline constexpr std::int64_t kMaxAmountMinor = 1'000'000'000;  // 10,000,000.00 with two decimals

// value * numerator / denominator, rounded half away from zero, computed without overflow.
// The one rounding rule for money: tax, percentage discounts, weighed prices and pro-rata refunds
// all go through it. Throws std::invalid_argument on a zero denominator and std::overflow_error
// when the result does not fit.
std::int64_t mulDivRound(std::int64_t value, std::int64_t numerator, std::int64_t denominator);

// "12.30" for 1230 with two decimals; "-0.05" for -5. No currency sign: screens and receipts add it.
std::string formatMoney(Money amount, int decimals = 2);

// Parses "12", "12.3", "12.30" or "-1.05" into minor units. Refuses anything else (thousand
// separators, exponents, more decimals than the currency has, values beyond kMaxAmountMinor).
std::optional<Money> parseMoney(std::string_view text, int decimals = 2);

}  // namespace poscore
