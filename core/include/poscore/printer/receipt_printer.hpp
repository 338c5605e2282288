#pragma once
#include "poscore/printer/print_queue.hpp"
#include "poscore/receipt/receipt_settings.hpp"
#include "poscore/receipt/sale_receipt.hpp"
#include "poscore/reports/report.hpp"
#include "poscore/sale/sale.hpp"

namespace poscore::printer {

// The counter's printing: lays a slip out, encodes it for ESC/POS and hands it to the print queue.
// The drawer opens with a receipt that has a cash tender (change to give, or a cash refund to pay
// out) and with a no-sale slip, never with a reprint.
// Whether the drawer opens with this sale's receipt: it has a cash tender.
bool opensDrawer(const sale::Sale& sale);

class ReceiptPrinter {
 public:
  ReceiptPrinter(PrintQueue& queue, receipt::ReceiptSettings settings);

  // Fails when the sale cannot be laid out (not completed, no receipt number), its text cannot
  // be encoded, or the queue cannot store it; a printer that cannot print is not a failure (see
  // Delivery::printed and Delivery::message).
  possdk::Result<Delivery> printSale(const sale::Sale& sale);
  possdk::Result<Delivery> printNoSale(const receipt::NoSale& noSale);
  // An X or Z report (see receipt::layoutReport); the drawer stays shut.
  possdk::Result<Delivery> printReport(const reports::Report& report);
  // The latest sale or return receipt again, with its REPRINT banner. Fails when there is none.
  possdk::Result<Delivery> reprintLast();

  const receipt::ReceiptSettings& settings() const { return settings_; }

 private:
  PrintQueue& queue_;
  receipt::ReceiptSettings settings_;
};

}  // namespace poscore::printer
