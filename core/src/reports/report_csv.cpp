#include "poscore/reports/report_csv.hpp"

#include "poscore/services/iso_time.hpp"

namespace poscore::reports {
namespace {

class CsvWriter {
 public:
  explicit CsvWriter(int decimals) : decimals_(decimals) { row("section", "key", "value"); }
  void row(const std::string& section, const std::string& key, const std::string& value) {
    out_ += csvField(section) + "," + csvField(key) + "," + csvField(value) + "\r\n";
  }
  void count(const std::string& key, std::int64_t n) { row("count", key, std::to_string(n)); }
  void amount(const std::string& section, const std::string& key, Money m) {
    row(section, key, formatMoney(m, decimals_));
  }
  std::string text() && { return std::move(out_); }

 private:
  int decimals_;
  std::string out_;
};

}  // namespace

std::string csvField(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string toCsv(const Report& r, int decimals) {
  CsvWriter csv(decimals);
  csv.row("report", "kind", r.kind == ReportKind::Z ? "Z" : "X");
  csv.row("report", "business_day", std::to_string(r.period.businessDay));
  csv.row("report", "from", isoUtc(r.period.from));
  csv.row("report", "to", isoUtc(r.period.to));
  csv.count("sales", r.salesCount);
  csv.count("returns", r.returnsCount);
  csv.count("cancelled_sales", r.cancelledCount);
  csv.count("voided_lines", r.voidedLines);
  csv.count("no_sale_opens", r.noSaleOpens);
  const std::pair<const char*, Money> amounts[] = {
      {"voided_lines", r.voidedAmount},
      {"gross", r.gross},
      {"discount_promotions", r.discounts.promotions},
      {"discount_line", r.discounts.lineDiscounts},
      {"discount_sale", r.discounts.saleDiscounts},
      {"discounts", r.discounts.total()},
      {"net", r.net},
      {"tax_added", r.taxAdded},
      {"total", r.total},
      {"cash_rounding", r.cashRounding},
      {"cash_received", r.cashReceived},
      {"cash_refunded", r.cashRefunded},
      {"change", r.change},
      {"expected_cash", r.expectedCash},
  };
  for (const auto& [key, amount] : amounts) csv.amount("amount", key, amount);
  for (const auto& t : r.taxes) {
    csv.amount("tax_net", t.taxClass, t.net);
    csv.amount("tax", t.taxClass, t.tax);
  }
  for (const auto& t : r.tenders) {
    csv.amount("tender_sales", t.kind, t.sales);
    csv.amount("tender_refunds", t.kind, t.refunds);
    csv.amount("tender_net", t.kind, t.net());
  }
  return std::move(csv).text();
}

}  // namespace poscore::reports
