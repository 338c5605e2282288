#pragma once
#include <chrono>
#include <string_view>

#include "possdk/status.hpp"

namespace poscore::barcode {

// A YYMMDD date of a GS1 element string (best before, expiry, ...). The century follows the GS1
// rule: a year 51 to 99 ahead of the current one is last century, 50 or more behind it is the next
// one, anything else is this century. DD = 00 means the last day of the month. A failure says
// which part is wrong ("month 13 does not exist").
possdk::Result<std::chrono::year_month_day> parseGs1Date(std::string_view yymmdd, std::chrono::year currentYear);

}  // namespace poscore::barcode
