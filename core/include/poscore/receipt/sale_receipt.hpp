#pragma once
#include <chrono>
#include <string>

#include "poscore/receipt/receipt_doc.hpp"
#include "poscore/receipt/receipt_settings.hpp"
#include "poscore/sale/sale.hpp"
#include "possdk/status.hpp"

namespace poscore::receipt {

struct ReceiptOptions {
  bool reprint = false;  // a "REPRINT" banner under the header
};

// The customer's receipt for a completed sale or return: store header, receipt number, date and
// cashier; each line (voided ones left out) with quantity x price or weight x price per kg, its
// amount, and its promotions and discounts under it; the sale discount, subtotal, tax per class
// (inclusive "incl." or added), total, cash rounding, tenders (card with its approval code),
// change; a CODE128 barcode of the receipt number, a QR code, the footer, and a cut. A return
// prints "REFUND" and the original receipt number. Words print in the receipt language(s).
//
// The QR payload is "receipt=<receipt number>&total=<total>", the total as formatMoney() writes
// it ("receipt=L1-000042&total=-12.30" on a return), so a phone or the service desk can read both.
//
// Fails, naming the sale, when it is not completed or lacks its receipt number (or a return its
// original receipt number).
possdk::Result<ReceiptDoc> layoutSaleReceipt(const sale::Sale& sale, const ReceiptSettings& settings,
                                             const ReceiptOptions& options = {});

// The slip a no-sale (drawer opened outside a sale) prints: header, "NO SALE", date, cashier,
// reason, cut.
struct NoSale {
  std::string cashierId;
  std::string reason;
  std::chrono::system_clock::time_point at;
};
ReceiptDoc layoutNoSaleSlip(const NoSale& noSale, const ReceiptSettings& settings);

// "2026-11-22 18:05:09" in the receipt's time zone (see ReceiptSettings::utcOffsetMinutes).
std::string receiptTime(std::chrono::system_clock::time_point at, const ReceiptSettings& settings);

}  // namespace poscore::receipt
