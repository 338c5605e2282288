#include "poscore/printer/receipt_printer.hpp"

#include <algorithm>

#include "poscore/receipt/report_receipt.hpp"

namespace poscore::printer {

bool opensDrawer(const sale::Sale& sale) {
  return std::any_of(sale.tenders.begin(), sale.tenders.end(), [](const sale::Tender& t) { return t.kind == "cash"; });
}

ReceiptPrinter::ReceiptPrinter(PrintQueue& queue, receipt::ReceiptSettings settings)
    : queue_(queue), settings_(std::move(settings)) {}

possdk::Result<Delivery> ReceiptPrinter::printSale(const sale::Sale& sale) {
  using R = possdk::Result<Delivery>;
  auto doc = receipt::layoutSaleReceipt(sale, settings_);
  if (!doc) return R::fail(doc.error());
  auto reprintDoc = receipt::layoutSaleReceipt(sale, settings_, {.reprint = true});
  if (!reprintDoc) return R::fail(reprintDoc.error());
  auto body = encodeReceipt(doc.value());
  if (!body) return R::fail("receipt " + sale.receiptNo + ": " + body.error());
  auto reprintBody = encodeReceipt(reprintDoc.value());
  if (!reprintBody) return R::fail("receipt " + sale.receiptNo + ": " + reprintBody.error());
  const JobKind kind = sale.kind == sale::SaleKind::Return ? JobKind::Return : JobKind::Sale;
  return queue_.submit({kind, sale.receiptNo, body.value(), reprintBody.value()}, opensDrawer(sale));
}

possdk::Result<Delivery> ReceiptPrinter::printNoSale(const receipt::NoSale& noSale) {
  auto body = encodeReceipt(receipt::layoutNoSaleSlip(noSale, settings_));
  if (!body) return possdk::Result<Delivery>::fail("no-sale slip: " + body.error());
  return queue_.submit({JobKind::NoSale, "", body.value(), {}}, true);
}

possdk::Result<Delivery> ReceiptPrinter::printReport(const reports::Report& report) {
  auto body = encodeReceipt(receipt::layoutReport(report, settings_));
  if (!body) {
    return possdk::Result<Delivery>::fail("report of business day " + std::to_string(report.period.businessDay) + ": " +
                                          body.error());
  }
  return queue_.submit({JobKind::Report, "", body.value(), {}}, false);
}

possdk::Result<Delivery> ReceiptPrinter::reprintLast() {
  const auto last = queue_.lastReceipt();
  if (!last || last->reprintBody.empty()) {
    return possdk::Result<Delivery>::fail("there is no receipt to reprint yet on this lane; complete a sale first");
  }
  return queue_.submit({JobKind::Reprint, last->receiptNo, last->reprintBody, {}}, false);
}

}  // namespace poscore::printer
