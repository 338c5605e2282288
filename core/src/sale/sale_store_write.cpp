#include "poscore/services/iso_time.hpp"
#include "../services/sql_cells.hpp"
#include "sale_json_names.hpp"
#include "sale_store_rows.hpp"

namespace poscore::sale::rows {
namespace {

using possdk::SqlRow;
using possdk::SqlValue;

SqlValue orNull(const std::optional<Money>& amount) {
  return amount ? SqlValue{amount->minorUnits()} : SqlValue{nullptr};
}

std::string word(std::string_view w) { return std::string(w); }

// kind, value, by, reason: four columns, all NULL without a discount.
void appendDiscount(SqlRow& row, const std::optional<ManualDiscount>& d) {
  if (!d) {
    row.insert(row.end(), {nullptr, nullptr, nullptr, nullptr});
    return;
  }
  row.insert(row.end(), {word(toWord(d->kind)), d->value, d->by.userId, d->by.reason});
}

void run(possdk::Sql& sql, const char* statement, const SqlRow& params) { must(sql.exec(statement, params)); }

void insertHeader(possdk::Sql& sql, const Sale& s, std::int64_t journalSeq) {
  SqlRow row{s.id, s.receiptNo, word(toWord(s.kind)),
             s.originalReceiptNo.empty() ? SqlValue{nullptr} : SqlValue{s.originalReceiptNo},
             s.cashierId, isoUtc(s.openedAt), isoUtc(s.closedAt), static_cast<std::int64_t>(s.lines.size())};
  appendDiscount(row, s.saleDiscount);
  const auto& t = s.totals;
  for (Money m : {t.gross, t.discounts, t.net, t.taxAdded, t.total, t.rounding, t.due, t.paid, t.change}) {
    row.emplace_back(m.minorUnits());
  }
  row.emplace_back(journalSeq);
  run(sql,
      "INSERT INTO sales(sale_id, receipt_no, kind, original_receipt_no, cashier_id, opened_at, closed_at, line_count,"
      " discount_kind, discount_value, discount_by, discount_reason, gross, discounts, net, tax_added, total, rounding,"
      " due, paid, change_given, journal_seq) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      row);
}

void insertLine(possdk::Sql& sql, const std::string& saleId, const SaleLine& l) {
  SqlRow row{saleId, std::int64_t{l.lineNo}, l.productId, l.sku, l.nameEn, l.nameZh, l.scannedCode, l.taxClass,
             word(toWord(l.unit)), l.quantity, l.unitPrice.minorUnits(), orNull(l.priceOverride)};
  row.push_back(l.overrideBy ? SqlValue{l.overrideBy->userId} : SqlValue{nullptr});
  row.push_back(l.overrideBy ? SqlValue{l.overrideBy->reason} : SqlValue{nullptr});
  row.push_back(orNull(l.embeddedPrice));
  appendDiscount(row, l.discount);
  row.insert(row.end(), {std::int64_t{l.voided ? 1 : 0},
                         l.returnOfLine ? SqlValue{std::int64_t{*l.returnOfLine}} : SqlValue{nullptr},
                         l.gross.minorUnits(), l.net.minorUnits(), l.tax.minorUnits()});
  run(sql,
      "INSERT INTO sale_lines(sale_id, line_no, product_id, sku, name_en, name_zh, scanned_code, tax_class, unit,"
      " quantity, unit_price, price_override, override_by, override_reason, embedded_price, discount_kind,"
      " discount_value, discount_by, discount_reason, voided, return_of_line, gross, net, tax)"
      " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      row);
  std::int64_t position = 0;
  for (const auto& a : l.adjustments) {
    run(sql,
        "INSERT INTO sale_adjustments(sale_id, line_no, position, kind, code, label_en, label_zh, amount)"
        " VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
        {saleId, std::int64_t{l.lineNo}, ++position, word(toWord(a.kind)), a.code, a.labelEn, a.labelZh,
         a.amount.minorUnits()});
  }
}

}  // namespace

void insertCompleted(possdk::Sql& sql, const Sale& sale, std::int64_t journalSeq) {
  insertHeader(sql, sale, journalSeq);
  for (const auto& line : sale.lines) insertLine(sql, sale.id, line);
  for (const auto& tax : sale.totals.taxes) {
    run(sql, "INSERT INTO sale_taxes(sale_id, tax_class, net, tax) VALUES(?, ?, ?, ?)",
        {sale.id, tax.taxClass, tax.net.minorUnits(), tax.tax.minorUnits()});
  }
  for (const auto& t : sale.tenders) {
    run(sql, "INSERT INTO sale_tenders(sale_id, seq, kind, amount, received, reference) VALUES(?, ?, ?, ?, ?, ?)",
        {sale.id, std::int64_t{t.seq}, t.kind, t.amount.minorUnits(), t.received.minorUnits(), t.reference});
  }
}

}  // namespace poscore::sale::rows
