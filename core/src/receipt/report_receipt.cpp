#include "poscore/receipt/report_receipt.hpp"

#include "poscore/reports/report_print.hpp"
#include "receipt_header.hpp"
#include "receipt_words.hpp"

namespace poscore::receipt {
namespace {

constexpr TextStyle kHeadingStyle{Align::Left, true, false, false};

}  // namespace

ReceiptDoc layoutReport(const reports::Report& report, const ReceiptSettings& settings) {
  ReceiptDoc doc(settings.columns);
  addStoreHeader(doc, settings);
  bool first = true;
  for (const auto& row : reports::printRows(report)) {
    const auto label = say({row.labelEn.c_str(), row.labelZh.c_str()}, settings.languages);
    if (!std::holds_alternative<std::monostate>(row.value)) {
      doc.row(label, reports::valueText(row, settings.currencyDecimals));
    } else if (first) {
      addBanner(doc, label);  // the report's title
    } else {
      doc.separator();
      doc.text(label, kHeadingStyle);
    }
    first = false;
  }
  doc.cut();
  return doc;
}

}  // namespace poscore::receipt
