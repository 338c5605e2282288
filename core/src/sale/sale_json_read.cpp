#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

#include <limits>
#include <set>
#include <stdexcept>

#include "../util/json_fields.hpp"
#include "poscore/services/iso_time.hpp"
#include "poscore/sale/sale_json.hpp"
#include "sale_json_names.hpp"

namespace poscore::sale {
namespace {

using Poco::JSON::Object;

constexpr std::int64_t kFormat = 1;

// Required fields: present, of their type; text may be empty (a receipt number before completion).
std::string text(const Object& o, const std::string& key, const std::string& where) {
  auto value = json::optionalString(o, key, where);
  if (!value) json::fail(where, key, "a string (it is required)");
  return *value;
}

std::int64_t integer(const Object& o, const std::string& key, const std::string& where) {
  auto value = json::optionalInteger(o, key, where);
  if (!value) json::fail(where, key, "a whole number (it is required)");
  return *value;
}

bool flag(const Object& o, const std::string& key, const std::string& where) {
  auto value = json::optionalBool(o, key, where);
  if (!value) json::fail(where, key, "true or false (it is required)");
  return *value;
}

int counter(const Object& o, const std::string& key, const std::string& where) {
  const auto value = integer(o, key, where);
  if (value < 1 || value > std::numeric_limits<int>::max()) json::fail(where, key, "a whole number from 1");
  return static_cast<int>(value);
}

std::int64_t bounded(std::int64_t value, const std::string& key, const std::string& where) {
  if (value < -kMaxAmountMinor || value > kMaxAmountMinor) {
    json::fail(where, key, "a whole number within +/-" + std::to_string(kMaxAmountMinor));
  }
  return value;
}

Money money(const Object& o, const std::string& key, const std::string& where) {
  return Money::minor(bounded(integer(o, key, where), key, where));
}

std::optional<Money> optionalMoney(const Object& o, const std::string& key, const std::string& where) {
  if (o.isNull(key)) return std::nullopt;
  return money(o, key, where);
}

std::chrono::system_clock::time_point time(const Object& o, const std::string& key, const std::string& where) {
  auto at = parseIsoUtc(text(o, key, where));
  if (!at) json::fail(where, key, "a UTC time such as \"2026-11-22T10:00:00.123Z\"");
  return *at;
}

template <typename Parse>
auto enumeration(const Object& o, const std::string& key, const std::string& where, Parse parse, const char* words) {
  auto value = parse(text(o, key, where));
  if (!value) json::fail(where, key, std::string("one of ") + words);
  return *value;
}

// Null when the key is absent or null; otherwise it must be an object.
Object::Ptr optionalObject(const Object& o, const std::string& key, const std::string& where) {
  if (o.isNull(key)) return nullptr;
  auto object = o.getObject(key);
  if (!object) json::fail(where, key, "an object or null");
  return object;
}

Poco::JSON::Array::Ptr array(const Object& o, const std::string& key, const std::string& where) {
  auto value = json::optionalArray(o, key, where);
  if (!value) json::fail(where, key, "an array (it is required)");
  return value;
}

template <typename Read>
auto each(const Object& o, const std::string& key, const std::string& where, Read read) {
  std::vector<decltype(read(std::declval<const Object&>(), std::string()))> items;
  const auto list = array(o, key, where);
  const auto listPath = json::keyPath(where, key);
  for (std::size_t i = 0; i < list->size(); ++i) {
    items.push_back(read(*json::objectAt(*list, i, listPath), listPath + "[" + std::to_string(i) + "]"));
  }
  return items;
}

std::optional<Authorization> authorization(const Object& o, const std::string& key, const std::string& where) {
  auto object = optionalObject(o, key, where);
  if (!object) return std::nullopt;
  const auto path = json::keyPath(where, key);
  json::refuseUnknownKeys(*object, {"userId", "reason"}, path);
  return Authorization{text(*object, "userId", path), text(*object, "reason", path)};
}

std::optional<ManualDiscount> discount(const Object& o, const std::string& key, const std::string& where) {
  auto object = optionalObject(o, key, where);
  if (!object) return std::nullopt;
  const auto path = json::keyPath(where, key);
  json::refuseUnknownKeys(*object, {"kind", "value", "by"}, path);
  ManualDiscount d;
  d.kind = enumeration(*object, "kind", path, discountKindFromWord, "\"percent\", \"amount\"");
  d.value = bounded(integer(*object, "value", path), "value", path);
  auto by = authorization(*object, "by", path);
  if (!by) json::fail(path, "by", "an object with userId and reason (it is required)");
  d.by = *by;
  return d;
}

Adjustment adjustment(const Object& o, const std::string& where) {
  json::refuseUnknownKeys(o, {"kind", "code", "labelEn", "labelZh", "amount"}, where);
  return {enumeration(o, "kind", where, adjustmentKindFromWord, "\"promotion\", \"line-discount\", \"sale-discount\""),
          text(o, "code", where), text(o, "labelEn", where), text(o, "labelZh", where), money(o, "amount", where)};
}

SaleLine line(const Object& o, const std::string& where) {
  json::refuseUnknownKeys(o,
                          {"lineNo", "productId", "sku", "nameEn", "nameZh", "scannedCode", "taxClass", "unit",
                           "quantity", "unitPrice", "priceOverride", "overrideBy", "embeddedPrice", "discount",
                           "voided", "returnOfLine", "gross", "adjustments", "net", "tax"},
                          where);
  SaleLine l;
  l.lineNo = counter(o, "lineNo", where);
  l.productId = integer(o, "productId", where);
  l.sku = text(o, "sku", where);
  l.nameEn = text(o, "nameEn", where);
  l.nameZh = text(o, "nameZh", where);
  l.scannedCode = text(o, "scannedCode", where);
  l.taxClass = text(o, "taxClass", where);
  l.unit = enumeration(o, "unit", where, saleUnitFromWord, "\"each\", \"weight\"");
  l.quantity = bounded(integer(o, "quantity", where), "quantity", where);
  l.unitPrice = money(o, "unitPrice", where);
  l.priceOverride = optionalMoney(o, "priceOverride", where);
  l.overrideBy = authorization(o, "overrideBy", where);
  l.embeddedPrice = optionalMoney(o, "embeddedPrice", where);
  l.discount = discount(o, "discount", where);
  l.voided = flag(o, "voided", where);
  if (!o.isNull("returnOfLine")) l.returnOfLine = counter(o, "returnOfLine", where);
  l.gross = money(o, "gross", where);
  l.adjustments = each(o, "adjustments", where, adjustment);
  l.net = money(o, "net", where);
  l.tax = money(o, "tax", where);
  return l;
}

Tender tender(const Object& o, const std::string& where) {
  json::refuseUnknownKeys(o, {"seq", "kind", "amount", "received", "reference"}, where);
  return {counter(o, "seq", where), text(o, "kind", where), money(o, "amount", where), money(o, "received", where),
          text(o, "reference", where)};
}

TaxTotal taxTotal(const Object& o, const std::string& where) {
  json::refuseUnknownKeys(o, {"taxClass", "net", "tax"}, where);
  return {text(o, "taxClass", where), money(o, "net", where), money(o, "tax", where)};
}

Totals totals(const Object& sale, const std::string& saleWhere) {
  auto o = optionalObject(sale, "totals", saleWhere);
  if (!o) json::fail(saleWhere, "totals", "an object (it is required)");
  const auto where = json::keyPath(saleWhere, "totals");
  json::refuseUnknownKeys(*o, {"gross", "discounts", "net", "taxAdded", "total", "rounding", "due", "paid", "change", "taxes"},
                          where);
  Totals t;
  t.gross = money(*o, "gross", where);
  t.discounts = money(*o, "discounts", where);
  t.net = money(*o, "net", where);
  t.taxAdded = money(*o, "taxAdded", where);
  t.total = money(*o, "total", where);
  t.rounding = money(*o, "rounding", where);
  t.due = money(*o, "due", where);
  t.paid = money(*o, "paid", where);
  t.change = money(*o, "change", where);
  t.taxes = each(*o, "taxes", where, taxTotal);
  return t;
}

void refuseRepeatedLineNumbers(const Sale& sale, const std::string& where) {
  std::set<int> seen;
  for (std::size_t i = 0; i < sale.lines.size(); ++i) {
    if (!seen.insert(sale.lines[i].lineNo).second) {
      json::fail(where + ".lines[" + std::to_string(i) + "]", "lineNo",
                 "a line number not used by an earlier line (" + std::to_string(sale.lines[i].lineNo) + " repeats)");
    }
  }
}

Sale sale(const Object& o) {
  const std::string where = "sale";
  json::refuseUnknownKeys(o,
                          {"format", "id", "receiptNo", "kind", "state", "originalReceiptNo", "cashierId", "openedAt",
                           "closedAt", "lines", "saleDiscount", "tenders", "totals"},
                          where);
  if (integer(o, "format", where) != kFormat) json::fail(where, "format", "1 (this lane reads format 1 only)");
  Sale s;
  s.id = text(o, "id", where);
  if (s.id.empty()) json::fail(where, "id", "a non-empty string");
  s.receiptNo = text(o, "receiptNo", where);
  s.kind = enumeration(o, "kind", where, saleKindFromWord, "\"sale\", \"return\"");
  s.state = enumeration(o, "state", where, saleStateFromWord, "\"open\", \"suspended\", \"completed\", \"cancelled\"");
  s.originalReceiptNo = text(o, "originalReceiptNo", where);
  s.cashierId = text(o, "cashierId", where);
  s.openedAt = time(o, "openedAt", where);
  s.closedAt = time(o, "closedAt", where);
  s.lines = each(o, "lines", where, line);
  refuseRepeatedLineNumbers(s, where);
  s.saleDiscount = discount(o, "saleDiscount", where);
  s.tenders = each(o, "tenders", where, tender);
  s.totals = totals(o, where);
  return s;
}

}  // namespace

possdk::Result<Sale> saleFromJson(const Poco::JSON::Object& object) {
  try {
    return sale(object);
  } catch (const std::invalid_argument& e) {
    return possdk::Result<Sale>::fail(std::string("the sale record is not valid: ") + e.what());
  } catch (const Poco::Exception& e) {
    return possdk::Result<Sale>::fail("the sale record is not valid: " + e.displayText());
  }
}

possdk::Result<Sale> saleFromJson(const std::string& text) {
  Poco::Dynamic::Var parsed;
  try {
    parsed = Poco::JSON::Parser().parse(text);
  } catch (const Poco::Exception& e) {
    return possdk::Result<Sale>::fail("the sale record is not JSON: " + e.displayText() + "; it should be a JSON object");
  }
  if (parsed.type() != typeid(Poco::JSON::Object::Ptr)) {
    return possdk::Result<Sale>::fail("the sale record is not a JSON object; it should be one object per sale");
  }
  return saleFromJson(*parsed.extract<Poco::JSON::Object::Ptr>());
}

}  // namespace poscore::sale
