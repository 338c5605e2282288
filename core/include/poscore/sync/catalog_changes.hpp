#pragma once
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "poscore/catalog/catalog_store.hpp"

namespace poscore::sync {

// What one page of GET /api/v1/catalog/changes did to the lane's catalog.
struct CatalogPage {
  std::size_t upserted = 0;
  std::size_t removed = 0;
  // Changes that do not fit the lane (an unknown tax class, a barcode another product holds, a
  // product breaking the catalog's rules), each naming its version, sku and why. They are passed
  // over so the rest of the catalog stays current; the lane's earlier product with that sku is
  // withdrawn (not sold at a price or under a barcode the server no longer has) and the message
  // says so. The server's next change of the sku may fit.
  std::vector<std::string> skipped;
  std::int64_t nextSince = 0;  // the version now applied
  bool more = false;           // the server has further pages
};

// Applies a page in one transaction together with its version (SyncStore's catalog version): after
// a failure the lane still holds the previous version and asks for the same page again. Fails,
// writing nothing, when the page is not the API's shape or the database fails. `taxClasses` are
// the lane's codes (PricingRules::taxClassCodes).
possdk::Result<CatalogPage> applyCatalogPage(catalog::CatalogStore& store, const std::string& body,
                                             const std::set<std::string>& taxClasses);

}  // namespace poscore::sync
