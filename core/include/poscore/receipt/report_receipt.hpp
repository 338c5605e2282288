#pragma once
#include "poscore/receipt/receipt_doc.hpp"
#include "poscore/receipt/receipt_settings.hpp"
#include "poscore/reports/report.hpp"

namespace poscore::receipt {

// An X or Z report on receipt paper: the store header, "X REPORT" or "Z REPORT" as a banner, then
// reports::printRows() in the receipt language(s): the business day, its period (UTC, as the
// report keeps it), counts, sales, tax, tenders and cash, each section under a bold heading, amounts
// with the lane's decimals; and a cut. The drawer is never kicked for a report.
ReceiptDoc layoutReport(const reports::Report& report, const ReceiptSettings& settings);

}  // namespace poscore::receipt
