#pragma once
#include <cstddef>
#include <functional>
#include <vector>

#include "poscore/catalog/catalog_store.hpp"
#include "poscore/catalog/product.hpp"
#include "possdk/status.hpp"

namespace poscore::catalog {

// Every product of the catalog, in the order they were first added, `pageSize` at a time so memory
// stays flat for a catalog of millions: the export and the publish to the server read it so. Stops
// at the first page `visit` fails, with its reason.
possdk::Status forEachProductPage(CatalogStore& store, std::size_t pageSize,
                                  const std::function<possdk::Status(const std::vector<Product>&)>& visit);

}  // namespace poscore::catalog
