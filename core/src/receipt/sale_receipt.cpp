#include "poscore/receipt/sale_receipt.hpp"

#include "receipt_header.hpp"
#include "receipt_words.hpp"

namespace poscore::receipt {

namespace {

using sale::AdjustmentKind;
using sale::Sale;
using sale::SaleLine;

constexpr TextStyle kTotalStyle{Align::Left, true, false, true};
constexpr const char* kIndent = "  ";

class SaleLayout {
 public:
  SaleLayout(const Sale& sale, const ReceiptSettings& settings) : sale_(sale), s_(settings), doc_(settings.columns) {}

  ReceiptDoc build(const ReceiptOptions& options) {
    addStoreHeader(doc_, s_);
    if (options.reprint) addBanner(doc_, word(words::kReprint));
    if (isReturn()) addBanner(doc_, word(words::kRefund));
    doc_.row(word(words::kReceipt), sale_.receiptNo);
    if (isReturn()) doc_.row(word(words::kOriginalReceipt), sale_.originalReceiptNo);
    doc_.row(word(words::kDate), receiptTime(sale_.closedAt, s_));
    doc_.row(word(words::kCashier), sale_.cashierId);
    doc_.separator();
    for (const auto& line : sale_.lines) {
      if (!line.voided) addLine(line);
    }
    doc_.separator();
    addTotals();
    doc_.separator();
    addTenders();
    doc_.feed();
    doc_.barcode(sale_.receiptNo);
    doc_.qrCode("receipt=" + sale_.receiptNo + "&total=" + money(sale_.totals.total));
    for (const auto& line : s_.footer) doc_.text(line, {Align::Center});
    doc_.cut();
    return std::move(doc_);
  }

 private:
  bool isReturn() const { return sale_.kind == sale::SaleKind::Return; }
  std::string money(Money m) const { return formatMoney(m, s_.currencyDecimals); }
  std::string word(const Words& w) const { return receipt::say(w, s_.languages); }

  // The name in the receipt language(s); the other language stands in when one is missing.
  std::vector<std::string> namesOf(const std::string& en, const std::string& zh) const {
    switch (s_.languages) {
      case ReceiptLanguages::English: return {en.empty() ? zh : en};
      case ReceiptLanguages::Chinese: return {zh.empty() ? en : zh};
      case ReceiptLanguages::Both:
        if (en.empty() || zh.empty() || en == zh) return {en.empty() ? zh : en};
        return {en, zh};
    }
    return {en};
  }

  // "3 x 4.10", or "0.512 kg x 5.98/kg" for a weighed line; empty for one piece at its price.
  std::string quantityText(const SaleLine& line) const {
    const Money price = line.priceOverride.value_or(line.unitPrice);
    if (line.unit == catalog::SaleUnit::Weight) {
      // Grams as kilograms with three decimals: the same fixed-point text as money with 3 places.
      const std::string kg = formatMoney(Money::minor(line.quantity), 3) + " kg";
      return line.embeddedPrice ? kg : kg + " x " + money(price) + "/kg";
    }
    if (line.quantity == 1 || line.embeddedPrice) return {};
    return std::to_string(line.quantity) + " x " + money(price);
  }

  void addLine(const SaleLine& line) {
    const auto names = namesOf(line.nameEn, line.nameZh);
    doc_.row(names.front(), money(line.gross));
    for (std::size_t i = 1; i < names.size(); ++i) doc_.text(names[i]);
    if (auto quantity = quantityText(line); !quantity.empty()) doc_.text(kIndent + quantity);
    for (const auto& adjustment : line.adjustments) {
      if (adjustment.kind == AdjustmentKind::SaleDiscount) continue;  // one row for the sale, under the lines
      auto label = namesOf(adjustment.labelEn, adjustment.labelZh).front();
      if (label.empty()) label = word(words::kDiscount);
      doc_.row(kIndent + label, money(adjustment.amount));
    }
  }

  Money saleDiscount() const {
    Money sum;
    for (const auto& line : sale_.lines) {
      if (line.voided) continue;
      for (const auto& a : line.adjustments) {
        if (a.kind == AdjustmentKind::SaleDiscount) sum += a.amount;
      }
    }
    return sum;
  }

  std::string taxLabel(const sale::TaxTotal& tax) const {
    const auto known = s_.taxClasses.find(tax.taxClass);
    const TaxClassLabel label = known != s_.taxClasses.end() ? known->second : TaxClassLabel{tax.taxClass, "", true};
    auto text = namesOf(label.labelEn, label.labelZh);
    std::string out = text.front();
    for (std::size_t i = 1; i < text.size(); ++i) out += " " + text[i];
    return label.inclusive ? out + " " + word(words::kIncluded) : out;
  }

  void addTotals() {
    const auto& t = sale_.totals;
    if (const Money discount = saleDiscount(); !discount.isZero()) doc_.row(word(words::kSaleDiscount), money(discount));
    doc_.row(word(words::kSubtotal), money(t.net));
    for (const auto& tax : t.taxes) doc_.row(taxLabel(tax), money(tax.tax));
    doc_.row(word(isReturn() ? words::kRefundTotal : words::kTotal), money(t.total), kTotalStyle);
    if (!t.rounding.isZero()) {
      doc_.row(word(words::kRounding), money(t.rounding));
      doc_.row(word(words::kDue), money(t.due), kTotalStyle);
    }
  }

  void addTenders() {
    for (const auto& tender : sale_.tenders) {
      if (tender.kind == "cash") {
        // What the customer handed over; the change row below says what came back.
        doc_.row(word(words::kCash), money(tender.received.isZero() ? tender.amount : tender.received));
      } else if (tender.kind == "card") {
        doc_.row(word(words::kCard), money(tender.amount));
        if (!tender.reference.empty()) doc_.text(kIndent + word(words::kApproval) + ": " + tender.reference);
      } else {
        doc_.row(tender.kind, money(tender.amount));
        if (!tender.reference.empty()) doc_.text(kIndent + tender.reference);
      }
    }
    if (!sale_.totals.change.isZero()) doc_.row(word(words::kChange), money(sale_.totals.change), kTotalStyle);
  }

  const Sale& sale_;
  const ReceiptSettings& s_;
  ReceiptDoc doc_;
};

std::string refusal(const Sale& sale) {
  if (sale.state != sale::SaleState::Completed) return "it is not completed; a receipt prints once the sale is paid";
  if (sale.receiptNo.empty()) return "it has no receipt number; numbers are assigned when the sale completes";
  if (sale.kind == sale::SaleKind::Return && sale.originalReceiptNo.empty()) {
    return "it is a return without the original receipt number";
  }
  return {};
}

}  // namespace

possdk::Result<ReceiptDoc> layoutSaleReceipt(const Sale& sale, const ReceiptSettings& settings,
                                             const ReceiptOptions& options) {
  if (auto why = refusal(sale); !why.empty()) {
    return possdk::Result<ReceiptDoc>::fail("cannot print a receipt for sale " + sale.id + ": " + why);
  }
  return SaleLayout(sale, settings).build(options);
}

ReceiptDoc layoutNoSaleSlip(const NoSale& noSale, const ReceiptSettings& settings) {
  ReceiptDoc doc(settings.columns);
  addStoreHeader(doc, settings);
  addBanner(doc, say(words::kNoSale, settings.languages));
  doc.row(say(words::kDate, settings.languages), receiptTime(noSale.at, settings));
  doc.row(say(words::kCashier, settings.languages), noSale.cashierId);
  doc.text(say(words::kReason, settings.languages) + ": " + noSale.reason);
  doc.cut();
  return doc;
}

}  // namespace poscore::receipt
