#pragma once
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "poscore/catalog/catalog_csv.hpp"
#include "poscore/catalog/catalog_store.hpp"
#include "temp_dir.hpp"

namespace poscore::catalog::test {

inline const std::string kHeader =
    "sku,barcodes,name_en,name_zh,price,tax_class,unit,tare_g,expected_weight_g,weight_spread_g,eas,age_restricted\n";

// A lane database with the catalog tables, and the import run on text.
class CatalogFixture : public ::testing::Test {
 protected:
  static CatalogStore openStore(LaneDb& db) {
    auto opened = CatalogStore::open(db);
    if (!opened) throw std::runtime_error(opened.error());
    return opened.value();
  }

  ImportReport import(const std::string& csv, ImportOptions options = {}) {
    std::istringstream in(csv);
    auto report = importCatalogCsv(store, in, options, csv.size());
    EXPECT_TRUE(report) << report.error();
    return report ? report.value() : ImportReport{};
  }

  std::string exported() {
    std::ostringstream out;
    auto written = exportCatalogCsv(store, out);
    EXPECT_TRUE(written) << written.error();
    return out.str();
  }

  std::optional<Product> bySku(const std::string& sku) {
    auto found = store.findBySku(sku);
    EXPECT_TRUE(found) << found.error();
    return found ? found.value() : std::nullopt;
  }

  std::int64_t count() {
    auto n = store.count();
    EXPECT_TRUE(n) << n.error();
    return n ? n.value() : -1;
  }

  postest::TempDir dir;
  LaneDb db{dir / "lane.db"};
  CatalogStore store = openStore(db);
};

}  // namespace poscore::catalog::test
