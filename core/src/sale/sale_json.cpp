#include "poscore/sale/sale_json.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Stringifier.h>

#include <sstream>

#include "poscore/services/iso_time.hpp"
#include "sale_json_names.hpp"

namespace poscore::sale {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

Object::Ptr ordered() { return new Object(Poco::JSON_PRESERVE_KEY_ORDER); }

Poco::Dynamic::Var word(std::string_view w) { return std::string(w); }

Poco::Dynamic::Var amount(const std::optional<Money>& value) {
  return value ? Poco::Dynamic::Var(value->minorUnits()) : Poco::Dynamic::Var();
}

Poco::Dynamic::Var authorization(const std::optional<Authorization>& by) {
  if (!by) return {};
  auto object = ordered();
  object->set("userId", by->userId);
  object->set("reason", by->reason);
  return object;
}

Poco::Dynamic::Var discount(const std::optional<ManualDiscount>& d) {
  if (!d) return {};
  auto object = ordered();
  object->set("kind", word(toWord(d->kind)));
  object->set("value", d->value);
  object->set("by", authorization(d->by));
  return object;
}

Object::Ptr adjustment(const Adjustment& a) {
  auto object = ordered();
  object->set("kind", word(toWord(a.kind)));
  object->set("code", a.code);
  object->set("labelEn", a.labelEn);
  object->set("labelZh", a.labelZh);
  object->set("amount", a.amount.minorUnits());
  return object;
}

Object::Ptr line(const SaleLine& l) {
  auto object = ordered();
  object->set("lineNo", l.lineNo);
  object->set("productId", l.productId);
  object->set("sku", l.sku);
  object->set("nameEn", l.nameEn);
  object->set("nameZh", l.nameZh);
  object->set("scannedCode", l.scannedCode);
  object->set("taxClass", l.taxClass);
  object->set("unit", word(toWord(l.unit)));
  object->set("quantity", l.quantity);
  object->set("unitPrice", l.unitPrice.minorUnits());
  object->set("priceOverride", amount(l.priceOverride));
  object->set("overrideBy", authorization(l.overrideBy));
  object->set("embeddedPrice", amount(l.embeddedPrice));
  object->set("discount", discount(l.discount));
  object->set("voided", l.voided);
  object->set("returnOfLine", l.returnOfLine ? Poco::Dynamic::Var(*l.returnOfLine) : Poco::Dynamic::Var());
  object->set("gross", l.gross.minorUnits());
  Array::Ptr adjustments = new Array;
  for (const auto& a : l.adjustments) adjustments->add(adjustment(a));
  object->set("adjustments", adjustments);
  object->set("net", l.net.minorUnits());
  object->set("tax", l.tax.minorUnits());
  return object;
}

Object::Ptr tender(const Tender& t) {
  auto object = ordered();
  object->set("seq", t.seq);
  object->set("kind", t.kind);
  object->set("amount", t.amount.minorUnits());
  object->set("received", t.received.minorUnits());
  object->set("reference", t.reference);
  return object;
}

Object::Ptr totals(const Totals& t) {
  auto object = ordered();
  object->set("gross", t.gross.minorUnits());
  object->set("discounts", t.discounts.minorUnits());
  object->set("net", t.net.minorUnits());
  object->set("taxAdded", t.taxAdded.minorUnits());
  object->set("total", t.total.minorUnits());
  object->set("rounding", t.rounding.minorUnits());
  object->set("due", t.due.minorUnits());
  object->set("paid", t.paid.minorUnits());
  object->set("change", t.change.minorUnits());
  Array::Ptr taxes = new Array;
  for (const auto& tax : t.taxes) {
    auto entry = ordered();
    entry->set("taxClass", tax.taxClass);
    entry->set("net", tax.net.minorUnits());
    entry->set("tax", tax.tax.minorUnits());
    taxes->add(entry);
  }
  object->set("taxes", taxes);
  return object;
}

}  // namespace

Object::Ptr toJsonObject(const Sale& sale) {
  auto object = ordered();
  object->set("format", 1);
  object->set("id", sale.id);
  object->set("receiptNo", sale.receiptNo);
  object->set("kind", word(toWord(sale.kind)));
  object->set("state", word(toWord(sale.state)));
  object->set("originalReceiptNo", sale.originalReceiptNo);
  object->set("cashierId", sale.cashierId);
  object->set("openedAt", isoUtc(sale.openedAt));
  object->set("closedAt", isoUtc(sale.closedAt));
  Array::Ptr lines = new Array;
  for (const auto& l : sale.lines) lines->add(line(l));
  object->set("lines", lines);
  object->set("saleDiscount", discount(sale.saleDiscount));
  Array::Ptr tenders = new Array;
  for (const auto& t : sale.tenders) tenders->add(tender(t));
  object->set("tenders", tenders);
  object->set("totals", totals(sale.totals));
  return object;
}

std::string toJson(const Sale& sale) {
  std::ostringstream out;
  // Names stay UTF-8 as entered: JSON allows it, and the journal stays readable.
  Poco::JSON::Stringifier::condense(toJsonObject(sale), out);
  return out.str();
}

}  // namespace poscore::sale
