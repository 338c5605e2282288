#pragma once
#include <cstddef>
#include <string_view>

namespace poscore::barcode {

// What the decoder does with an application identifier's value.
enum class AiUse {
  Gtin,               // 01: the item's GTIN-14, check digit checked
  Batch,              // 10
  BestBefore,         // 15
  Expiry,             // 17
  OtherDate,          // 11, 13, 16: checked as dates, shown, not used
  NetWeightKg,        // 310n
  NetWeightLb,        // 320n
  AmountPayable,      // 392n, lane currency
  AmountPayableIso,   // 393n, ISO 4217 numeric currency first
  Text,               // 21: shown, not used
  Count,              // 30, 37: shown, not used
};

enum class AiCharset { Numeric, Alphanumeric };  // Alphanumeric: GS1 AI encodable character set 82

struct AiDefinition {
  std::string_view ai;       // "01", or the first three digits of "310n"
  bool decimalsDigit;        // a fourth digit n follows: the value has n decimals
  int maxDecimals;           // largest n allowed
  bool fixedLength;          // length predefined by GS1: no GS separator needed after the value
  std::size_t length;        // the value's length when fixed, its maximum otherwise
  AiCharset charset;
  AiUse use;
  std::string_view meaning;  // as support staff read it
};

// The definition whose AI starts `data` (or that `data` is the start of, when it is shorter), or
// nullptr when the lane does not know that AI.
const AiDefinition* findAi(std::string_view data);

// The full AI of `definition` at the start of `data`: "01", or "3103" with its decimals digit.
std::size_t aiLength(const AiDefinition& definition);

}  // namespace poscore::barcode
