#pragma once
#include <string>
#include <vector>

#include "poscore/sale/sale.hpp"
#include "shell_text.hpp"

// A sale's lines and totals as the counter screen and the customer display write them.
namespace pos {

struct AdjustmentText {
  std::string label;   // in the current language
  std::string amount;  // "-2.00"
};

struct LineText {
  int lineNo = 0;
  std::string number;    // "1"
  std::string name;      // in the current language, the other language when it has none
  std::string quantity;  // "2", or "0.455 kg" for a weighed line; negative on a return
  std::string price;     // "3.50", "12.00/kg", "*9.00" for an overridden price
  std::string amount;    // the line before its adjustments
  std::vector<AdjustmentText> adjustments;
  bool voided = false;
};

struct TotalText {
  std::string label;
  std::string value;
  bool emphasised = false;  // the total, and what is still due or to give back
};

LineText formatLine(const poscore::sale::SaleLine& line, const std::string& language, int decimals,
                    const Translate& tr);
// The item's name in the language, falling back to the other when that one is empty.
std::string lineName(const poscore::sale::SaleLine& line, const std::string& language);
// Subtotal, discounts, tax, rounding, total, paid, and change or due; zero lines that say nothing
// (no discount, no rounding, nothing paid) are left out.
std::vector<TotalText> formatTotals(const poscore::sale::Totals& totals, int decimals, const Translate& tr);
// What the customer still owes: due less paid, never below zero.
poscore::Money remainingDue(const poscore::sale::Totals& totals);

}  // namespace pos
