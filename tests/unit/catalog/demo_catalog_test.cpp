// The demo lane's catalog (app/pos/demo/catalog.csv) imports clean and looks like a supermarket's.
#include <gmock/gmock.h>

#include <fstream>
#include <set>

#include "catalog_fixture.hpp"
#include "poscore/barcode/gtin.hpp"

namespace poscore::catalog {
namespace {

using test::CatalogFixture;

const std::filesystem::path kDemo = std::filesystem::path(POS_SOURCE_DIR) / "app/pos/demo/catalog.csv";

class DemoCatalog : public CatalogFixture {
 protected:
  void SetUp() override {
    auto report = importCatalogCsvFile(store, kDemo, {});
    ASSERT_TRUE(report) << report.error();
    for (const auto& issue : report.value().issues) ADD_FAILURE() << describe(issue);
    std::istringstream in(exported());
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
      auto product = bySku(line.substr(0, line.find(',')));
      ASSERT_TRUE(product) << line;
      products.push_back(*product);
    }
  }
  std::vector<Product> products;
};

TEST_F(DemoCatalog, ImportsCleanWithAtLeastTwoHundredItems) { EXPECT_GE(products.size(), 200u); }

TEST_F(DemoCatalog, PackagedItemsCarryChineseEan13AndWeighedOnesVariableMeasureKeys) {
  for (const auto& p : products) {
    if (p.barcodes.empty()) continue;
    ASSERT_EQ(p.barcodes.size(), 1u) << p.sku;
    const auto& key = p.barcodes[0];
    if (p.unit == SaleUnit::Weight) {
      // 0 + 20 + item code + five zero value digits + the recomputed check digit.
      EXPECT_EQ(key.substr(0, 3), "020") << p.sku;
      EXPECT_EQ(key.substr(8, 5), "00000") << p.sku;
      EXPECT_EQ(p.expectedWeightGrams, 0) << p.sku << ": a weighed item's weight is what the scale says";
    } else {
      const auto prefix = std::stoi(key.substr(1, 3));
      EXPECT_TRUE(prefix >= 690 && prefix <= 695) << p.sku << " " << key;
      EXPECT_GT(p.expectedWeightGrams, 0) << p.sku;
      EXPECT_GT(p.weightSpreadGrams, 0) << p.sku;
      EXPECT_LT(p.weightSpreadGrams * 10, p.expectedWeightGrams + 30) << p.sku << ": spread out of proportion";
    }
    EXPECT_TRUE(barcode::hasValidCheckDigit(key)) << p.sku;
  }
}

TEST_F(DemoCatalog, HasEveryKindOfItemTheLaneMustHandle) {
  std::set<std::string> taxClasses;
  int weighed = 0, ageRestricted = 0, eas = 0, easSpirits = 0;
  for (const auto& p : products) {
    taxClasses.insert(p.taxClass);
    weighed += p.unit == SaleUnit::Weight;
    ageRestricted += p.ageRestricted;
    eas += p.easTagged;
    easSpirits += p.easTagged && p.ageRestricted;
  }
  EXPECT_EQ(taxClasses, (std::set<std::string>{"A", "B", "C"}));
  EXPECT_GE(weighed, 50);
  EXPECT_GE(ageRestricted, 10);
  EXPECT_GE(eas, 5);
  EXPECT_GE(easSpirits, 3);
  auto rice = store.searchByName("东北大米");
  ASSERT_TRUE(rice);
  EXPECT_FALSE(rice.value().empty());
}

TEST_F(DemoCatalog, IsInstalledBesideTheDemoSettings) {
  EXPECT_EQ(postest::readFile(std::filesystem::path(POS_BINARY_DIR) / "demo/catalog.csv"), postest::readFile(kDemo));
}

}  // namespace
}  // namespace poscore::catalog
