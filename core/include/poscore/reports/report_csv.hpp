#pragma once
#include <string>

#include "poscore/reports/report.hpp"

// A report as CSV (RFC 4180: comma separated, CRLF line ends, fields holding a comma, a quote or a
// line break quoted with quotes doubled). The layout is stable; new rows may be added, none renamed:
//
//   section,key,value                  header row
//   report,kind,X|Z
//   report,business_day,<n>
//   report,from|to,<UTC time, 2026-11-22T08:00:00.000Z>
//   count,<sales|returns|cancelled_sales|voided_lines|no_sale_opens>,<n>
//   amount,<voided_lines|gross|discount_promotions|discount_line|discount_sale|discounts|net|
//           tax_added|total|cash_rounding|cash_received|cash_refunded|change|expected_cash>,<amount>
//   tax_net,<tax class>,<amount>       one pair of rows per tax class
//   tax,<tax class>,<amount>
//   tender_sales,<kind>,<amount>       one triple of rows per tender kind
//   tender_refunds,<kind>,<amount>
//   tender_net,<kind>,<amount>
//
// Amounts are decimal with `decimals` places and a leading '-' when negative ("-12.30").
namespace poscore::reports {

std::string toCsv(const Report& report, int decimals = 2);
// One CSV field, quoted when it has to be.
std::string csvField(const std::string& text);

}  // namespace poscore::reports
