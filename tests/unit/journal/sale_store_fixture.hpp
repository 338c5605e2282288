#pragma once
#include <gtest/gtest.h>

#include <memory>

#include "poscore/journal/journal.hpp"
#include "poscore/sale/sale_store.hpp"
#include "poscore/services/clocks.hpp"
#include "sale_samples.hpp"
#include "temp_dir.hpp"

namespace postest {

// A lane's sale store in a temporary folder that a test can "restart" (reopen from the file).
class SaleStoreFixture : public ::testing::Test {
 protected:
  SaleStoreFixture() { reopen(); }

  void reopen() {
    store.reset();
    journal.reset();
    db.reset();
    db = std::make_unique<poscore::LaneDb>(dir / "lane.db");
    journal = std::make_unique<poscore::journal::Journal>(*db, clock);
    store = std::make_unique<poscore::sale::SaleStore>(*db, *journal, clock, "L01");
  }

  // An open sale with `lines` lines, not yet stored.
  Sale openSale(const std::string& id, int lines = 2) {
    Sale s;
    s.id = id;
    s.cashierId = "c-07";
    s.openedAt = clock.now();
    for (int i = 1; i <= lines; ++i) s.lines.push_back(sampleLine(i, i));
    s.totals.taxes = {{"A", Money::minor(100), Money::minor(12)}};
    s.tenders = {{1, "cash", Money::minor(5000), Money::minor(5000), ""}};
    return s;
  }

  // Opens, keeps and completes a sale; returns its receipt number.
  std::string sell(const std::string& id, int lines = 2) {
    auto s = openSale(id, lines);
    EXPECT_TRUE(store->saveOpen(s).isOk());
    auto done = store->commit(s);
    EXPECT_TRUE(done) << done.error();
    return s.receiptNo;
  }

  std::int64_t count(const std::string& table) {
    auto rows = db->query("SELECT count(*) FROM " + table);
    EXPECT_TRUE(rows) << rows.error();
    return rows ? std::get<std::int64_t>(rows.value().at(0).at(0)) : -1;
  }

  TempDir dir;
  poscore::ManualClock clock{at(9, 0)};
  std::unique_ptr<poscore::LaneDb> db;
  std::unique_ptr<poscore::journal::Journal> journal;
  std::unique_ptr<poscore::sale::SaleStore> store;
};

}  // namespace postest
