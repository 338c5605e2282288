#include "sale_store_migrations.hpp"

namespace poscore::sale {

// Completed sales and returns in columns reports and returns can query; amounts in minor units,
// times as ISO-8601 UTC text (which sorts by time). Open and suspended sales are JSON snapshots.
const std::vector<possdk::Migration>& saleStoreMigrations() {
  static const std::vector<possdk::Migration> steps{
      {1, "completed sales, open-sale snapshots, receipt numbers",
       "CREATE TABLE sales("
       " sale_id TEXT PRIMARY KEY,"
       " receipt_no TEXT NOT NULL UNIQUE,"
       " kind TEXT NOT NULL CHECK(kind IN ('sale', 'return')),"
       " original_receipt_no TEXT,"
       " cashier_id TEXT NOT NULL,"
       " opened_at TEXT NOT NULL,"
       " closed_at TEXT NOT NULL,"
       " line_count INTEGER NOT NULL,"
       " discount_kind TEXT, discount_value INTEGER, discount_by TEXT, discount_reason TEXT,"
       " gross INTEGER NOT NULL, discounts INTEGER NOT NULL, net INTEGER NOT NULL, tax_added INTEGER NOT NULL,"
       " total INTEGER NOT NULL, rounding INTEGER NOT NULL, due INTEGER NOT NULL, paid INTEGER NOT NULL,"
       " change_given INTEGER NOT NULL,"
       " journal_seq INTEGER NOT NULL UNIQUE);"
       "CREATE INDEX sales_closed_at ON sales(closed_at);"
       "CREATE INDEX sales_original ON sales(original_receipt_no) WHERE original_receipt_no IS NOT NULL;"
       "CREATE TABLE sale_lines("
       " sale_id TEXT NOT NULL REFERENCES sales(sale_id),"
       " line_no INTEGER NOT NULL,"
       " product_id INTEGER NOT NULL, sku TEXT NOT NULL, name_en TEXT NOT NULL, name_zh TEXT NOT NULL,"
       " scanned_code TEXT NOT NULL, tax_class TEXT NOT NULL,"
       " unit TEXT NOT NULL CHECK(unit IN ('each', 'weight')),"
       " quantity INTEGER NOT NULL, unit_price INTEGER NOT NULL,"
       " price_override INTEGER, override_by TEXT, override_reason TEXT,"
       " embedded_price INTEGER,"
       " discount_kind TEXT, discount_value INTEGER, discount_by TEXT, discount_reason TEXT,"
       " voided INTEGER NOT NULL CHECK(voided IN (0, 1)),"
       " return_of_line INTEGER,"
       " gross INTEGER NOT NULL, net INTEGER NOT NULL, tax INTEGER NOT NULL,"
       " PRIMARY KEY(sale_id, line_no));"
       "CREATE TABLE sale_adjustments("
       " sale_id TEXT NOT NULL, line_no INTEGER NOT NULL, position INTEGER NOT NULL,"
       " kind TEXT NOT NULL, code TEXT NOT NULL, label_en TEXT NOT NULL, label_zh TEXT NOT NULL,"
       " amount INTEGER NOT NULL,"
       " PRIMARY KEY(sale_id, line_no, position),"
       " FOREIGN KEY(sale_id, line_no) REFERENCES sale_lines(sale_id, line_no));"
       "CREATE TABLE sale_tenders("
       " sale_id TEXT NOT NULL REFERENCES sales(sale_id), seq INTEGER NOT NULL,"
       " kind TEXT NOT NULL, amount INTEGER NOT NULL, received INTEGER NOT NULL, reference TEXT NOT NULL,"
       " PRIMARY KEY(sale_id, seq));"
       "CREATE TABLE sale_taxes("
       " sale_id TEXT NOT NULL REFERENCES sales(sale_id), tax_class TEXT NOT NULL,"
       " net INTEGER NOT NULL, tax INTEGER NOT NULL,"
       " PRIMARY KEY(sale_id, tax_class));"
       "CREATE TABLE open_sales("
       " sale_id TEXT PRIMARY KEY,"
       " state TEXT NOT NULL CHECK(state IN ('open', 'suspended')),"
       " cashier_id TEXT NOT NULL,"
       " updated_at TEXT NOT NULL,"
       " body TEXT NOT NULL);"
       "CREATE TABLE receipt_numbers("
       " lane_id TEXT PRIMARY KEY,"
       " last_sequence INTEGER NOT NULL);"},
  };
  return steps;
}

}  // namespace poscore::sale
