#pragma once
#include <optional>
#include <string>

// ISO 4217 facts about a currency, from ICU's currency data rather than a table of our own.
namespace poscore::sale {

struct IsoCurrency {
  std::string numeric;  // three digits, leading zeros kept: "036" for AUD
  int decimals = 2;     // the minor unit: 2 for CNY, 0 for JPY
};

// nullopt when `alpha` (three upper-case letters) is not a currency ICU knows: a lane in such a
// currency must state its numeric code and decimals itself.
std::optional<IsoCurrency> isoCurrency(const std::string& alpha);

}  // namespace poscore::sale
