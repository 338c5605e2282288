#include "poscore/catalog/catalog_pages.hpp"

#include "product_rows.hpp"

namespace poscore::catalog {

possdk::Status forEachProductPage(CatalogStore& store, std::size_t pageSize,
                                  const std::function<possdk::Status(const std::vector<Product>&)>& visit) {
  static const std::string kPageAfter = std::string(kSelectProduct) + " WHERE p.id > ? ORDER BY p.id LIMIT ?";
  const auto limit = static_cast<std::int64_t>(pageSize);
  std::int64_t after = 0;
  for (;;) {
    auto rows = store.db().query(kPageAfter, {after, limit});
    if (!rows) return possdk::Status::fail(rows.error());
    std::vector<Product> page;
    for (const auto& row : rows.value()) {
      auto product = productFromRow(row);
      if (!product) return possdk::Status::fail(product.error());
      after = product.value().id;
      page.push_back(std::move(product.value()));
    }
    if (!page.empty()) {
      if (auto visited = visit(page); !visited) return visited;
    }
    if (static_cast<std::int64_t>(page.size()) < limit) return possdk::Status::ok();
  }
}

}  // namespace poscore::catalog
