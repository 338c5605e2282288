#include "poscore/sync/catalog_changes.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

#include <stdexcept>

#include "../util/json_fields.hpp"
#include "poscore/catalog/product_json.hpp"
#include "poscore/catalog/product_rules.hpp"
#include "poscore/sync/sync_store.hpp"

namespace poscore::sync {
namespace {

using Applied = possdk::Result<CatalogPage>;

// Empty when the product may join the lane's catalog, otherwise why not.
std::string misfit(catalog::CatalogStore& store, const catalog::Product& product, const std::set<std::string>& taxClasses) {
  if (!taxClasses.count(product.taxClass)) return "tax class " + product.taxClass + " is not one of the lane's (sale.tax_classes)";
  if (auto issues = catalog::checkProduct(product); !issues.empty()) {
    return issues.front().column + ": " + issues.front().reason;
  }
  for (const auto& key : product.barcodes) {
    auto owner = store.findByBarcode(key);
    if (!owner) throw std::runtime_error(owner.error());
    if (owner.value() && owner.value()->sku != product.sku) return "barcode " + key + " belongs to product " + owner.value()->sku;
  }
  return {};
}

// A change the lane cannot take must not leave it selling the product as it was (an old price, a
// withdrawn barcode): the lane's product with that sku is withdrawn until a change that fits comes.
void skip(catalog::CatalogStore& store, const std::string& sku, const std::string& why, CatalogPage& page) {
  auto removed = store.remove(sku);
  if (!removed) throw std::runtime_error(removed.error());
  page.skipped.push_back(removed.value() ? why + "; the lane's earlier " + sku + " is withdrawn until a change that fits" : why);
}

// One change; a change that does not fit is added to page.skipped. Throws for a page that is not
// the API's shape (std::invalid_argument) or a database failure (std::runtime_error).
void applyChange(catalog::CatalogStore& store, const Poco::JSON::Object& change, const std::string& where,
                 const std::set<std::string>& taxClasses, CatalogPage& page) {
  const auto version = json::optionalInteger(change, "version", where);
  if (!version) json::fail(where, "version", "a whole number");
  const auto op = json::requiredString(change, "op", where);
  const auto sku = json::requiredString(change, "sku", where);
  const auto label = "catalog version " + std::to_string(*version) + " (" + op + " " + sku + "): ";
  if (op == "delete") {
    auto removed = store.remove(sku);
    if (!removed) throw std::runtime_error(removed.error());
    page.removed += removed.value() ? 1 : 0;
    return;
  }
  if (op != "upsert") json::fail(where, "op", "\"upsert\" or \"delete\"");
  auto object = change.getObject("product");
  if (!object) json::fail(where, "product", "an object");
  auto product = catalog::productFromApiJson(*object, where + ".product");
  if (!product) {
    return skip(store, sku, label + product.error(), page);
  }
  if (product.value().sku != sku) {
    return skip(store, sku, label + "the product's sku is " + product.value().sku, page);
  }
  if (auto why = misfit(store, product.value(), taxClasses); !why.empty()) {
    return skip(store, sku, label + why, page);
  }
  auto stored = store.upsert(product.value());
  if (!stored) throw std::runtime_error(stored.error());
  ++page.upserted;
}

}  // namespace

possdk::Result<CatalogPage> applyCatalogPage(catalog::CatalogStore& store, const std::string& body,
                                             const std::set<std::string>& taxClasses) {
  Poco::JSON::Object::Ptr root;
  try {
    root = Poco::JSON::Parser().parse(body).extract<Poco::JSON::Object::Ptr>();
  } catch (const Poco::Exception& e) {
    return Applied::fail("the catalog changes are not a JSON object: " + e.displayText());
  }
  CatalogPage page;
  auto written = store.db().transaction([&](possdk::Sql& sql) {
    try {
      const std::string where = "catalog changes";
      auto changes = json::optionalArray(*root, "changes", where);
      if (!changes) json::fail(where, "changes", "an array");
      for (std::size_t i = 0; i < changes->size(); ++i) {
        const auto at = where + ".changes[" + std::to_string(i) + "]";
        applyChange(store, *json::objectAt(*changes, i, where + ".changes"), at, taxClasses, page);
      }
      const auto next = json::optionalInteger(*root, "next_since", where);
      if (!next) json::fail(where, "next_since", "a whole number");
      page.nextSince = *next;
      page.more = json::optionalBool(*root, "more", where).value_or(false);
    } catch (const std::exception& e) {
      return possdk::Status::fail(e.what());
    }
    return SyncStore::saveCatalogVersion(sql, page.nextSince);
  });
  if (!written) return Applied::fail("catalog changes not applied: " + written.error());
  return page;
}

}  // namespace poscore::sync
