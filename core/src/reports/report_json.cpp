#include "poscore/reports/report_json.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <sstream>

namespace poscore::reports {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

std::int64_t ms(std::chrono::system_clock::time_point at) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
}
std::chrono::system_clock::time_point at(std::int64_t millis) {
  return std::chrono::system_clock::time_point{std::chrono::milliseconds{millis}};
}

// Every Money and count field of the report with its JSON name, read and written by the same list.
template <typename R, typename Visit>
void eachNumber(R& r, Visit visit) {
  visit("sales_count", r.salesCount);
  visit("returns_count", r.returnsCount);
  visit("cancelled_count", r.cancelledCount);
  visit("voided_lines", r.voidedLines);
  visit("no_sale_opens", r.noSaleOpens);
  visit("voided_amount", r.voidedAmount);
  visit("gross", r.gross);
  visit("discount_promotions", r.discounts.promotions);
  visit("discount_line", r.discounts.lineDiscounts);
  visit("discount_sale", r.discounts.saleDiscounts);
  visit("net", r.net);
  visit("tax_added", r.taxAdded);
  visit("total", r.total);
  visit("cash_rounding", r.cashRounding);
  visit("cash_received", r.cashReceived);
  visit("cash_refunded", r.cashRefunded);
  visit("change", r.change);
  visit("expected_cash", r.expectedCash);
}

std::int64_t number(const Money& m) { return m.minorUnits(); }
std::int64_t number(std::int64_t n) { return n; }
void assign(Money& m, std::int64_t v) { m = Money::minor(v); }
void assign(std::int64_t& n, std::int64_t v) { n = v; }

std::int64_t field(const Object& o, const std::string& name) {
  if (!o.has(name)) throw Poco::NotFoundException("field '" + name + "' is missing");
  return o.getValue<std::int64_t>(name);
}

}  // namespace

std::string toJson(const Report& r) {
  Object o;
  o.set("kind", r.kind == ReportKind::Z ? "Z" : "X");
  o.set("business_day", r.period.businessDay);
  o.set("from_ms", ms(r.period.from));
  o.set("to_ms", ms(r.period.to));
  eachNumber(r, [&](const char* name, const auto& value) { o.set(name, number(value)); });
  Array taxes;
  for (const auto& t : r.taxes) {
    Object row;
    row.set("class", t.taxClass);
    row.set("net", t.net.minorUnits());
    row.set("tax", t.tax.minorUnits());
    taxes.add(row);
  }
  o.set("taxes", taxes);
  Array tenders;
  for (const auto& t : r.tenders) {
    Object row;
    row.set("kind", t.kind);
    row.set("sales", t.sales.minorUnits());
    row.set("refunds", t.refunds.minorUnits());
    tenders.add(row);
  }
  o.set("tenders", tenders);
  std::ostringstream out;
  Poco::JSON::Stringifier::condense(o, out);
  return out.str();
}

possdk::Result<Report> reportFromJson(const std::string& json) {
  try {
    const auto o = Poco::JSON::Parser().parse(json).extract<Object::Ptr>();
    Report r;
    r.kind = o->getValue<std::string>("kind") == "Z" ? ReportKind::Z : ReportKind::X;
    r.period = {field(*o, "business_day"), at(field(*o, "from_ms")), at(field(*o, "to_ms"))};
    eachNumber(r, [&](const char* name, auto& value) { assign(value, field(*o, name)); });
    const auto taxes = o->getArray("taxes");
    for (std::size_t i = 0; taxes && i < taxes->size(); ++i) {
      const auto row = taxes->getObject(static_cast<unsigned>(i));
      r.taxes.push_back({row->getValue<std::string>("class"), Money::minor(field(*row, "net")),
                         Money::minor(field(*row, "tax"))});
    }
    const auto tenders = o->getArray("tenders");
    for (std::size_t i = 0; tenders && i < tenders->size(); ++i) {
      const auto row = tenders->getObject(static_cast<unsigned>(i));
      r.tenders.push_back({row->getValue<std::string>("kind"), Money::minor(field(*row, "sales")),
                           Money::minor(field(*row, "refunds"))});
    }
    return r;
  } catch (const Poco::Exception& e) {
    return possdk::Result<Report>::fail("stored report is not readable: " + e.displayText());
  } catch (const std::exception& e) {
    return possdk::Result<Report>::fail(std::string("stored report is not readable: ") + e.what());
  }
}

}  // namespace poscore::reports
