#include "import_staging.hpp"

#include "product_rows.hpp"

namespace poscore::catalog {
namespace {

// Temporary tables live in memory (the lane sets temp_store=MEMORY) and vanish with a rollback.
constexpr const char* kCreate[] = {
    "CREATE TEMP TABLE import_rows(line INTEGER PRIMARY KEY, sku TEXT NOT NULL, name_en TEXT NOT NULL,"
    " name_zh TEXT NOT NULL, price_minor INTEGER NOT NULL, tax_class TEXT NOT NULL, unit TEXT NOT NULL,"
    " tare_g INTEGER NOT NULL, expected_weight_g INTEGER NOT NULL, weight_spread_g INTEGER NOT NULL,"
    " eas INTEGER NOT NULL, age_restricted INTEGER NOT NULL)",
    "CREATE TEMP TABLE import_barcodes(gtin14 TEXT PRIMARY KEY, line INTEGER NOT NULL, sku TEXT NOT NULL)"
    " WITHOUT ROWID",
};
constexpr const char* kDrop[] = {"DROP TABLE temp.import_rows", "DROP TABLE temp.import_barcodes"};

constexpr std::size_t kRowColumns = 12;
constexpr std::size_t kBarcodeColumns = 3;
// Rows go in batches of this many a statement: running a statement costs more than the row it adds.
constexpr std::size_t kBatchRows = 64;

// "INSERT INTO temp.<table> VALUES(?, ?), (?, ?)" for `rows` rows of `columns` values.
std::string insertText(const char* table, std::size_t columns, std::size_t rows) {
  std::string one = "(?";
  for (std::size_t c = 1; c < columns; ++c) one += ", ?";
  one += ")";
  std::string text = std::string("INSERT INTO temp.") + table + " VALUES" + one;
  for (std::size_t r = 1; r < rows; ++r) text += ", " + one;
  return text;
}

const std::string kTaken =
    "SELECT s.line, s.gtin14, p.sku FROM temp.import_barcodes s JOIN catalog_barcodes b ON b.gtin14 = s.gtin14"
    " JOIN catalog_products p ON p.id = b.product_id"
    " WHERE p.sku NOT IN (SELECT sku FROM temp.import_rows) ORDER BY s.line, s.gtin14";

const std::string kClearAllBarcodes = "DELETE FROM catalog_barcodes";
const std::string kClearListedBarcodes =
    "DELETE FROM catalog_barcodes WHERE product_id IN"
    " (SELECT p.id FROM temp.import_rows s JOIN catalog_products p ON p.sku = s.sku)";
const std::string kRemoveUnlisted = "DELETE FROM catalog_products WHERE sku NOT IN (SELECT sku FROM temp.import_rows)";
// New products get their ids in file order. "WHERE true" tells SQLite's parser that ON CONFLICT
// belongs to the INSERT, not to a join.
const std::string kUpsert = std::string("INSERT INTO catalog_products(") + kWrittenColumns + ") SELECT " +
                           kWrittenColumns + " FROM temp.import_rows WHERE true ORDER BY line" + kUpdateBySku;
// In key order, so the barcode table's B-tree is appended to rather than split all over.
const std::string kGiveBarcodes =
    "INSERT INTO catalog_barcodes(gtin14, product_id) SELECT s.gtin14, p.id FROM temp.import_barcodes s"
    " JOIN catalog_products p ON p.sku = s.sku ORDER BY s.gtin14";

possdk::Status runAll(possdk::Sql& sql, const auto& statements) {
  for (const char* statement : statements) {
    if (auto ran = sql.exec(statement); !ran) return possdk::Status::fail(ran.error());
  }
  return possdk::Status::ok();
}

}  // namespace

ImportStaging::ImportStaging(possdk::Sql& sql)
    : sql_(sql), rows_("import_rows", kRowColumns), barcodes_("import_barcodes", kBarcodeColumns) {}

possdk::Status ImportStaging::create() { return runAll(sql_, kCreate); }

possdk::Status ImportStaging::drop() { return runAll(sql_, kDrop); }

ImportStaging::Batch::Batch(const char* table, std::size_t columns)
    : table_(table), columns_(columns), fullSize_(columns * kBatchRows), fullText_(insertText(table, columns, kBatchRows)) {
  values_.reserve(fullSize_);
}

possdk::Status ImportStaging::Batch::flush(possdk::Sql& sql) {
  if (values_.empty()) return possdk::Status::ok();
  auto added = sql.exec(values_.size() == fullSize_ ? fullText_ : insertText(table_, columns_, values_.size() / columns_),
                        values_);
  values_.clear();
  if (!added) return possdk::Status::fail(added.error());
  return possdk::Status::ok();
}

possdk::Status ImportStaging::add(std::size_t line, Product&& p) {
  const auto at = static_cast<std::int64_t>(line);
  for (auto& key : p.barcodes) {
    if (auto added = barcodes_.add(sql_, std::move(key), at, p.sku); !added) return added;
  }
  return rows_.add(sql_, at, std::move(p.sku), std::move(p.nameEn), std::move(p.nameZh), p.price.minorUnits(),
                   std::move(p.taxClass), unitName(p.unit), p.tareGrams, p.expectedWeightGrams, p.weightSpreadGrams,
                   std::int64_t{p.easTagged ? 1 : 0}, std::int64_t{p.ageRestricted ? 1 : 0});
}

possdk::Status ImportStaging::flush() {
  if (auto flushed = rows_.flush(sql_); !flushed) return flushed;
  return barcodes_.flush(sql_);
}

possdk::Result<std::vector<TakenBarcode>> ImportStaging::takenBarcodes() {
  using Taken = possdk::Result<std::vector<TakenBarcode>>;
  if (auto flushed = flush(); !flushed) return Taken::fail(flushed.error());
  auto rows = sql_.query(kTaken);
  if (!rows) return Taken::fail(rows.error());
  std::vector<TakenBarcode> taken;
  for (auto& row : rows.value()) {
    taken.push_back({static_cast<std::size_t>(std::get<std::int64_t>(row[0])), std::move(std::get<std::string>(row[1])),
                     std::move(std::get<std::string>(row[2]))});
  }
  return taken;
}

possdk::Result<std::size_t> ImportStaging::write(bool replace, bool catalogHasBarcodes) {
  using Written = possdk::Result<std::size_t>;
  if (auto flushed = flush(); !flushed) return Written::fail(flushed.error());
  std::int64_t removed = 0;
  if (replace) {
    // The whole catalog becomes the file, so no barcode outside it survives.
    if (auto cleared = sql_.exec(kClearAllBarcodes); !cleared) return Written::fail(cleared.error());
    auto gone = sql_.exec(kRemoveUnlisted);
    if (!gone) return Written::fail(gone.error());
    removed = gone.value();
  } else if (catalogHasBarcodes) {
    if (auto cleared = sql_.exec(kClearListedBarcodes); !cleared) return Written::fail(cleared.error());
  }
  if (auto upserted = sql_.exec(kUpsert); !upserted) return Written::fail(upserted.error());
  if (auto given = sql_.exec(kGiveBarcodes); !given) return Written::fail(given.error());
  return static_cast<std::size_t>(removed);
}

}  // namespace poscore::catalog
