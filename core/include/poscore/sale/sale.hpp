#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "poscore/catalog/product.hpp"
#include "poscore/money/money.hpp"

// The sale as data: what the cashier entered, and what the pricing engine worked out from it.
// The pricing engine fills the "worked out" fields; the sale store persists the whole record; the
// receipt layout and the reports read it. On a return every quantity and amount is negative, so
// reports simply add up sales and returns.
namespace poscore::sale {

// Who allowed something that needs a supervisor, and why.
struct Authorization {
  std::string userId;
  std::string reason;
};

// A discount as the cashier keyed it: a percentage in basis points (1000 = 10.00 %) or an amount.
struct ManualDiscount {
  enum class Kind { Percent, Amount };
  Kind kind = Kind::Percent;
  std::int64_t value = 0;  // basis points, or minor units
  Authorization by;
};

enum class AdjustmentKind { Promotion, LineDiscount, SaleDiscount };

// One change to a line's price, printed under the line on the receipt.
struct Adjustment {
  AdjustmentKind kind = AdjustmentKind::Promotion;
  std::string code;     // the promotion's id, or "line-discount" / "sale-discount"
  std::string labelEn;  // receipt text, e.g. "3 for 10.00"
  std::string labelZh;
  Money amount;         // negative: what it takes off the line
};

struct SaleLine {
  int lineNo = 0;  // 1, 2, ... in scan order; never reused within a sale
  std::int64_t productId = 0;
  std::string sku;
  std::string nameEn;
  std::string nameZh;
  std::string scannedCode;  // as scanned or keyed, for the journal
  std::string taxClass;
  catalog::SaleUnit unit = catalog::SaleUnit::Each;
  std::int64_t quantity = 1;  // pieces, or net grams for a weighed item; negative on a return
  Money unitPrice;            // the catalog's price per piece or per kilogram
  std::optional<Money> priceOverride;        // replaces unitPrice; needs a supervisor
  std::optional<Authorization> overrideBy;
  std::optional<Money> embeddedPrice;        // a variable-measure label's price: the line's amount as printed
  std::optional<ManualDiscount> discount;    // needs a supervisor
  bool voided = false;                       // kept in the record, left out of the totals
  std::optional<int> returnOfLine;           // on a return: the line number on the original receipt

  // Worked out by the pricing engine.
  Money gross;                           // quantity x price, or the embedded price
  std::vector<Adjustment> adjustments;   // promotions, this line's discount, its share of a sale discount
  Money net;                             // gross + adjustments: what the customer pays for the line
  Money tax;                             // the tax within net (inclusive class) or added to it (exclusive)
};

// One payment toward the sale (negative amounts on a refund).
struct Tender {
  int seq = 0;
  std::string kind;       // "cash", "card", or the id of a plugin's tender ("points", "coupon")
  Money amount;           // what it pays toward the total
  Money received;         // cash handed over, at least amount; zero for other kinds
  std::string reference;  // the card terminal's approval code, a plugin's reference
};

struct TaxTotal {
  std::string taxClass;
  Money net;  // the lines' net amounts in this class
  Money tax;
};

struct Totals {
  Money gross;       // lines before adjustments
  Money discounts;   // all adjustments (negative)
  Money net;         // lines after adjustments
  Money taxAdded;    // exclusive tax charged on top of net
  Money total;       // net + taxAdded
  Money rounding;    // cash rounding (see the pricing engine for the rule)
  Money due;         // total + rounding
  Money paid;        // tenders
  Money change;      // cash handed back
  std::vector<TaxTotal> taxes;
};

enum class SaleKind { Sale, Return };
enum class SaleState { Open, Suspended, Completed, Cancelled };

struct Sale {
  std::string id;         // unique on the lane, fixed when the sale opens
  std::string receiptNo;  // printed and barcoded; assigned when the sale completes
  SaleKind kind = SaleKind::Sale;
  SaleState state = SaleState::Open;
  std::string originalReceiptNo;  // on a return
  std::string cashierId;
  std::chrono::system_clock::time_point openedAt;
  std::chrono::system_clock::time_point closedAt;
  std::vector<SaleLine> lines;
  std::optional<ManualDiscount> saleDiscount;
  std::vector<Tender> tenders;
  Totals totals;
};

}  // namespace poscore::sale
