#pragma once
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "poscore/money/money.hpp"
#include "poscore/reports/report.hpp"

// A report as rows for the receipt printer: a label in English and in Chinese and a value. The
// printer's layout decides columns and widths.
namespace poscore::reports {

struct PrintRow {
  std::string labelEn;
  std::string labelZh;
  // Nothing (a heading), an amount, a count, or text (a time, a day number's label).
  std::variant<std::monostate, Money, std::int64_t, std::string> value;
};

std::vector<PrintRow> printRows(const Report& report);
// A row's value as text: an amount with `decimals` places ("-12.30"), a count, the text itself,
// or nothing for a heading.
std::string valueText(const PrintRow& row, int decimals = 2);

}  // namespace poscore::reports
