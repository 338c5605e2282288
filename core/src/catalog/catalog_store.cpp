#include "poscore/catalog/catalog_store.hpp"

#include <algorithm>

#include "catalog_schema.hpp"
#include "poscore/catalog/product_rules.hpp"
#include "product_rows.hpp"
#include "product_writer.hpp"

namespace poscore::catalog {
namespace {

using Found = possdk::Result<std::optional<Product>>;
using Products = possdk::Result<std::vector<Product>>;

const std::string kByBarcode = std::string(kSelectProduct) + " JOIN catalog_barcodes k ON k.product_id = p.id WHERE k.gtin14 = ?";
const std::string kBySku = std::string(kSelectProduct) + " WHERE p.sku = ?";
// Two LIKEs, each able to use its name's index, rather than one OR the planner would scan for.
const std::string kByName = std::string(kSelectProduct) +
                            " WHERE p.id IN (SELECT id FROM catalog_products WHERE name_en LIKE ?1 ESCAPE '\\'"
                            " UNION SELECT id FROM catalog_products WHERE name_zh LIKE ?1 ESCAPE '\\')"
                            " ORDER BY p.name_en, p.id LIMIT ?2";

Found firstProduct(possdk::Result<std::vector<possdk::SqlRow>> rows) {
  if (!rows) return Found::fail(rows.error());
  if (rows.value().empty()) return std::optional<Product>{};
  auto product = productFromRow(rows.value().front());
  if (!product) return Found::fail(product.error());
  return std::optional<Product>{std::move(product.value())};
}

// LIKE treats % and _ as wildcards; a name holding them is still matched literally.
std::string likePrefix(const std::string& prefix) {
  std::string pattern;
  for (char c : prefix) {
    if (c == '%' || c == '_' || c == '\\') pattern += '\\';
    pattern += c;
  }
  return pattern + '%';
}

std::string listIssues(const std::string& sku, const std::vector<ProductIssue>& issues) {
  std::string text = "product '" + sku + "' cannot be stored:";
  for (const auto& issue : issues) text += " " + issue.column + ": " + issue.reason + " (" + issue.fix + ");";
  return text;
}

}  // namespace

possdk::Result<CatalogStore> CatalogStore::open(LaneDb& db) {
  if (auto migrated = db.migrate("catalog", catalogMigrations()); !migrated) {
    return possdk::Result<CatalogStore>::fail("cannot prepare the catalog tables: " + migrated.error());
  }
  return CatalogStore(db);
}

possdk::Result<std::optional<Product>> CatalogStore::findByBarcode(const std::string& gtin14) {
  if (gtin14.size() != 14 || !std::all_of(gtin14.begin(), gtin14.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return Found::fail("catalog lookup by '" + gtin14 + "': not a GTIN-14 key; convert the scanned code with barcode::toGtin14");
  }
  return firstProduct(db_->query(kByBarcode, {gtin14}));
}

possdk::Result<std::optional<Product>> CatalogStore::findBySku(const std::string& sku) {
  return firstProduct(db_->query(kBySku, {sku}));
}

possdk::Result<std::vector<Product>> CatalogStore::searchByName(const std::string& prefix, std::size_t limit) {
  if (prefix.empty() || limit == 0) return std::vector<Product>{};
  auto rows = db_->query(kByName, {likePrefix(prefix), static_cast<std::int64_t>(limit)});
  if (!rows) return Products::fail(rows.error());
  std::vector<Product> found;
  for (const auto& row : rows.value()) {
    auto product = productFromRow(row);
    if (!product) return Products::fail(product.error());
    found.push_back(std::move(product.value()));
  }
  return found;
}

possdk::Result<std::int64_t> CatalogStore::count() {
  auto rows = db_->query("SELECT count(*) FROM catalog_products");
  if (!rows) return possdk::Result<std::int64_t>::fail(rows.error());
  return std::get<std::int64_t>(rows.value().at(0).at(0));
}

possdk::Result<std::int64_t> CatalogStore::upsert(const Product& product) {
  using Stored = possdk::Result<std::int64_t>;
  if (auto issues = checkProduct(product); !issues.empty()) return Stored::fail(listIssues(product.sku, issues));
  std::int64_t id = 0;
  auto stored = db_->transaction([&](possdk::Sql& sql) {
    ProductWriter writer(sql);
    for (const auto& key : product.barcodes) {
      auto owner = writer.barcodeOwner(key);
      if (!owner) return possdk::Status::fail(owner.error());
      if (owner.value() && *owner.value() != product.sku) {
        return possdk::Status::fail("product '" + product.sku + "' cannot be stored: barcode " + key +
                                    " belongs to product '" + *owner.value() + "'; remove it there first");
      }
    }
    auto written = writer.write(product);
    if (!written) return possdk::Status::fail(written.error());
    id = written.value();
    return possdk::Status::ok();
  });
  if (!stored) return Stored::fail(stored.error());
  return id;
}

possdk::Result<bool> CatalogStore::remove(const std::string& sku) {
  // The barcodes go with the product (ON DELETE CASCADE).
  auto removed = db_->exec("DELETE FROM catalog_products WHERE sku = ?", {sku});
  if (!removed) return possdk::Result<bool>::fail("cannot remove product '" + sku + "': " + removed.error());
  return removed.value() > 0;
}

}  // namespace poscore::catalog
