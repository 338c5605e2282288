#include <limits>

#include "poscore/services/iso_time.hpp"
#include "../services/sql_cells.hpp"
#include "sale_json_names.hpp"
#include "sale_store_rows.hpp"

namespace poscore::sale::rows {
namespace {

using possdk::SqlRow;

template <typename Parse>
auto wordAt(const SqlRow& row, std::size_t column, Parse parse) {
  const auto text = sql::text(row, column);
  auto value = parse(text);
  if (!value) throw std::runtime_error("column " + std::to_string(column) + " holds an unknown word '" + text + "'");
  return *value;
}

std::chrono::system_clock::time_point timeAt(const SqlRow& row, std::size_t column) {
  const auto text = sql::text(row, column);
  auto at = parseIsoUtc(text);
  if (!at) throw std::runtime_error("column " + std::to_string(column) + " holds '" + text + "', not a UTC time");
  return *at;
}

Money moneyAt(const SqlRow& row, std::size_t column) { return Money::minor(sql::integer(row, column)); }

std::optional<Money> optionalMoneyAt(const SqlRow& row, std::size_t column) {
  auto value = sql::optionalInteger(row, column);
  return value ? std::optional<Money>(Money::minor(*value)) : std::nullopt;
}

int smallAt(const SqlRow& row, std::size_t column) {
  const auto value = sql::integer(row, column);
  if (value < 1 || value > std::numeric_limits<int>::max()) {
    throw std::runtime_error("column " + std::to_string(column) + " holds " + std::to_string(value) + ", not a line number");
  }
  return static_cast<int>(value);
}

// The four discount columns starting at `first`.
std::optional<ManualDiscount> discountAt(const SqlRow& row, std::size_t first) {
  if (!sql::optionalText(row, first)) return std::nullopt;
  return ManualDiscount{wordAt(row, first, discountKindFromWord), sql::integer(row, first + 1),
                        {sql::text(row, first + 2), sql::text(row, first + 3)}};
}

std::vector<SqlRow> select(possdk::Sql& sql, const char* statement, const std::string& saleId) {
  return must(sql.query(statement, {saleId}));
}

Sale header(const SqlRow& r) {
  Sale s;
  s.id = sql::text(r, 0);
  s.receiptNo = sql::text(r, 1);
  s.kind = wordAt(r, 2, saleKindFromWord);
  s.state = SaleState::Completed;
  s.originalReceiptNo = sql::optionalText(r, 3).value_or("");
  s.cashierId = sql::text(r, 4);
  s.openedAt = timeAt(r, 5);
  s.closedAt = timeAt(r, 6);
  s.saleDiscount = discountAt(r, 7);
  s.totals = {moneyAt(r, 11), moneyAt(r, 12), moneyAt(r, 13), moneyAt(r, 14), moneyAt(r, 15),
              moneyAt(r, 16), moneyAt(r, 17), moneyAt(r, 18), moneyAt(r, 19), {}};
  return s;
}

SaleLine line(const SqlRow& r) {
  SaleLine l;
  l.lineNo = smallAt(r, 0);
  l.productId = sql::integer(r, 1);
  l.sku = sql::text(r, 2);
  l.nameEn = sql::text(r, 3);
  l.nameZh = sql::text(r, 4);
  l.scannedCode = sql::text(r, 5);
  l.taxClass = sql::text(r, 6);
  l.unit = wordAt(r, 7, saleUnitFromWord);
  l.quantity = sql::integer(r, 8);
  l.unitPrice = moneyAt(r, 9);
  l.priceOverride = optionalMoneyAt(r, 10);
  if (auto by = sql::optionalText(r, 11)) l.overrideBy = Authorization{*by, sql::text(r, 12)};
  l.embeddedPrice = optionalMoneyAt(r, 13);
  l.discount = discountAt(r, 14);
  l.voided = sql::integer(r, 18) != 0;
  if (sql::optionalInteger(r, 19)) l.returnOfLine = smallAt(r, 19);
  l.gross = moneyAt(r, 20);
  l.net = moneyAt(r, 21);
  l.tax = moneyAt(r, 22);
  return l;
}

void addAdjustments(possdk::Sql& sql, Sale& sale) {
  const auto rows = select(sql,
                           "SELECT line_no, kind, code, label_en, label_zh, amount FROM sale_adjustments"
                           " WHERE sale_id = ? ORDER BY line_no, position",
                           sale.id);
  for (const auto& r : rows) {
    const auto lineNo = smallAt(r, 0);
    for (auto& l : sale.lines) {
      if (l.lineNo != lineNo) continue;
      l.adjustments.push_back({wordAt(r, 1, adjustmentKindFromWord), sql::text(r, 2), sql::text(r, 3),
                               sql::text(r, 4), moneyAt(r, 5)});
    }
  }
}

}  // namespace

std::optional<StoredSale> loadCompleted(possdk::Sql& sql, const std::string& saleId) {
  const auto headers = select(sql,
                              "SELECT sale_id, receipt_no, kind, original_receipt_no, cashier_id, opened_at, closed_at,"
                              " discount_kind, discount_value, discount_by, discount_reason, gross, discounts, net,"
                              " tax_added, total, rounding, due, paid, change_given, journal_seq"
                              " FROM sales WHERE sale_id = ?",
                              saleId);
  if (headers.empty()) return std::nullopt;
  StoredSale stored{header(headers[0]), sql::integer(headers[0], 20)};
  Sale& sale = stored.sale;
  for (const auto& r : select(sql,
                              "SELECT line_no, product_id, sku, name_en, name_zh, scanned_code, tax_class, unit,"
                              " quantity, unit_price, price_override, override_by, override_reason, embedded_price,"
                              " discount_kind, discount_value, discount_by, discount_reason, voided, return_of_line,"
                              " gross, net, tax FROM sale_lines WHERE sale_id = ? ORDER BY line_no",
                              saleId)) {
    sale.lines.push_back(line(r));
  }
  addAdjustments(sql, sale);
  for (const auto& r : select(sql, "SELECT tax_class, net, tax FROM sale_taxes WHERE sale_id = ? ORDER BY rowid", saleId)) {
    sale.totals.taxes.push_back({sql::text(r, 0), moneyAt(r, 1), moneyAt(r, 2)});
  }
  for (const auto& r : select(sql,
                              "SELECT seq, kind, amount, received, reference FROM sale_tenders"
                              " WHERE sale_id = ? ORDER BY seq",
                              saleId)) {
    sale.tenders.push_back({smallAt(r, 0), sql::text(r, 1), moneyAt(r, 2), moneyAt(r, 3), sql::text(r, 4)});
  }
  return stored;
}

std::optional<std::string> saleIdOf(possdk::Sql& sql, const std::string& receiptNo) {
  const auto found = must(sql.query("SELECT sale_id FROM sales WHERE receipt_no = ?", {receiptNo}));
  if (found.empty()) return std::nullopt;
  return sql::text(found[0], 0);
}

std::map<int, std::int64_t> returnedOf(possdk::Sql& sql, const std::string& receiptNo) {
  const auto rows = must(sql.query(
      "SELECT l.return_of_line, -sum(l.quantity) FROM sale_lines l JOIN sales s ON s.sale_id = l.sale_id"
      " WHERE s.kind = 'return' AND s.original_receipt_no = ? AND l.voided = 0 AND l.return_of_line IS NOT NULL"
      " GROUP BY l.return_of_line ORDER BY l.return_of_line",
      {receiptNo}));
  std::map<int, std::int64_t> returned;
  for (const auto& r : rows) returned[smallAt(r, 0)] = sql::integer(r, 1);
  return returned;
}

}  // namespace poscore::sale::rows
