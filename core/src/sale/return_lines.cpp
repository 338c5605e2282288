#include "poscore/sale/return_lines.hpp"

#include <algorithm>

#include "pro_rata.hpp"

namespace poscore::sale {
namespace {

std::int64_t returnedIn(const Sale& returnSale, int lineNo) {
  std::int64_t count = 0;
  for (const auto& line : returnSale.lines) {
    if (!line.voided && line.returnOfLine == lineNo) count -= line.quantity;
  }
  return count;
}

const SaleLine* findLine(const Sale& sale, int lineNo) {
  for (const auto& line : sale.lines) {
    if (line.lineNo == lineNo) return &line;
  }
  return nullptr;
}

// The part of `whole` that goes back when the returned count moves from `before` to `after`.
Money shareBetween(Money whole, std::int64_t before, std::int64_t after, std::int64_t sold) {
  return -(cumulativeShare(whole, after, sold) - cumulativeShare(whole, before, sold));
}

SaleLine returnLineOf(const SaleLine& sold, std::int64_t before, std::int64_t quantity) {
  const std::int64_t after = before + quantity;
  SaleLine line;
  line.productId = sold.productId;
  line.sku = sold.sku;
  line.nameEn = sold.nameEn;
  line.nameZh = sold.nameZh;
  line.scannedCode = sold.scannedCode;
  line.taxClass = sold.taxClass;
  line.unit = sold.unit;
  line.quantity = -quantity;
  line.unitPrice = sold.unitPrice;
  line.priceOverride = sold.priceOverride;
  line.returnOfLine = sold.lineNo;
  line.net = shareBetween(sold.net, before, after, sold.quantity);
  line.tax = shareBetween(sold.tax, before, after, sold.quantity);
  line.gross = line.net;
  for (const auto& adjustment : sold.adjustments) {
    Adjustment share = adjustment;
    share.amount = shareBetween(adjustment.amount, before, after, sold.quantity);
    line.gross -= share.amount;
    line.adjustments.push_back(share);
  }
  return line;
}

}  // namespace

std::int64_t alreadyReturned(const Sale& original, const std::vector<Sale>& earlierReturns, const Sale& returnSale,
                             int lineNo) {
  std::int64_t count = returnedIn(returnSale, lineNo);
  for (const auto& earlier : earlierReturns) {
    if (earlier.kind == SaleKind::Return && earlier.state == SaleState::Completed &&
        earlier.originalReceiptNo == original.receiptNo && earlier.id != returnSale.id) {
      count += returnedIn(earlier, lineNo);
    }
  }
  return count;
}

possdk::Status addReturnLine(Sale& returnSale, const Sale& original, const std::vector<Sale>& earlierReturns,
                             int originalLineNo, std::int64_t quantity) {
  const std::string receipt = "receipt " + original.receiptNo;
  if (original.kind != SaleKind::Sale || original.state != SaleState::Completed) {
    return possdk::Status::fail(receipt + " is not a completed sale; only completed sales can be returned");
  }
  if (returnSale.kind != SaleKind::Return || returnSale.state != SaleState::Open) {
    return possdk::Status::fail("no open return to add to; start a return against the receipt first");
  }
  if (returnSale.originalReceiptNo != original.receiptNo) {
    return possdk::Status::fail("this return is against receipt " + returnSale.originalReceiptNo + ", not " +
                                original.receiptNo + "; start a separate return for it");
  }
  const SaleLine* sold = findLine(original, originalLineNo);
  if (!sold || sold->voided) {
    return possdk::Status::fail(receipt + " has no line " + std::to_string(originalLineNo) +
                                (sold ? " that was sold (it was voided)" : "") + "; pick a line printed on the receipt");
  }
  const std::string what = receipt + " line " + std::to_string(originalLineNo) + " (" + sold->nameEn + ")";
  if (quantity <= 0) {
    return possdk::Status::fail(what + ": the quantity to return must be above zero (it is " +
                                std::to_string(quantity) + ")");
  }
  const std::int64_t before = alreadyReturned(original, earlierReturns, returnSale, originalLineNo);
  if (quantity > sold->quantity - before) {
    return possdk::Status::fail(what + ": cannot return " + std::to_string(quantity) + "; " +
                                std::to_string(sold->quantity) + " sold, " + std::to_string(before) +
                                " already returned, so at most " + std::to_string(sold->quantity - before));
  }
  SaleLine line = returnLineOf(*sold, before, quantity);
  int lastNo = 0;
  for (const auto& existing : returnSale.lines) lastNo = std::max(lastNo, existing.lineNo);
  line.lineNo = lastNo + 1;
  returnSale.lines.push_back(std::move(line));
  return possdk::Status::ok();
}

}  // namespace poscore::sale
