#include "poscore/sale/sale_store.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "poscore/sale/sale_json.hpp"
#include "sale_store_fixture.hpp"

namespace poscore::sale {
namespace {

using ::testing::HasSubstr;
using postest::expectSameSale;

class SaleStoreTest : public postest::SaleStoreFixture {};

TEST_F(SaleStoreTest, TheOpenSaleSurvivesARestart) {
  auto s = openSale("S-1", 1);
  ASSERT_TRUE(store->saveOpen(s).isOk());
  s.lines.push_back(postest::sampleLine(2, 3));
  ASSERT_TRUE(store->saveOpen(s).isOk());
  reopen();
  auto restored = store->restoreOpen();
  ASSERT_TRUE(restored) << restored.error();
  ASSERT_TRUE(restored.value().has_value());
  expectSameSale(*restored.value(), s);
}

TEST_F(SaleStoreTest, NothingToRestoreWithoutAnOpenSale) {
  auto restored = store->restoreOpen();
  ASSERT_TRUE(restored) << restored.error();
  EXPECT_FALSE(restored.value().has_value());
  sell("S-1");
  reopen();
  EXPECT_FALSE(store->restoreOpen().value().has_value());
}

TEST_F(SaleStoreTest, OnlyOneSaleIsOpenAtATime) {
  ASSERT_TRUE(store->saveOpen(openSale("S-1")).isOk());
  auto second = store->saveOpen(openSale("S-2"));
  ASSERT_FALSE(second);
  EXPECT_THAT(second.error(), HasSubstr("S-1 is open"));
}

TEST_F(SaleStoreTest, SaveOpenRefusesACompletedOrNamelessSale) {
  sell("S-1");
  auto again = store->saveOpen(openSale("S-1"));
  ASSERT_FALSE(again);
  EXPECT_THAT(again.error(), HasSubstr("L01-00000001"));
  auto nameless = openSale("");
  EXPECT_FALSE(store->saveOpen(nameless));
  auto noCashier = openSale("S-3");
  noCashier.cashierId.clear();
  EXPECT_FALSE(store->saveOpen(noCashier));
  auto parked = openSale("S-4");
  parked.state = SaleState::Suspended;
  EXPECT_FALSE(store->saveOpen(parked));
}

TEST_F(SaleStoreTest, AnUnreadableSnapshotIsReportedNotIgnored) {
  ASSERT_TRUE(db->exec("INSERT INTO open_sales(sale_id, state, cashier_id, updated_at, body)"
                       " VALUES('S-9', 'open', 'c', 'x', '{\"id\":\"S-9\"}')")
                  .isOk());
  auto restored = store->restoreOpen();
  ASSERT_FALSE(restored);
  EXPECT_THAT(restored.error(), HasSubstr("S-9"));
}

TEST_F(SaleStoreTest, CommitStoresEverythingAndFindsItByReceipt) {
  auto s = postest::fullSale();
  s.receiptNo.clear();
  s.state = SaleState::Open;
  s.lines[2].returnOfLine.reset();
  ASSERT_TRUE(store->saveOpen(s).isOk());
  clock.advance(std::chrono::minutes(3));
  ASSERT_TRUE(store->commit(s).isOk());
  EXPECT_EQ(s.receiptNo, "L01-00000001");
  EXPECT_EQ(s.state, SaleState::Completed);
  EXPECT_EQ(s.closedAt, clock.now());
  reopen();
  auto found = store->findByReceipt("L01-00000001");
  ASSERT_TRUE(found) << found.error();
  ASSERT_TRUE(found.value().has_value());
  expectSameSale(*found.value(), s);
  EXPECT_FALSE(store->findByReceipt("L01-00000002").value().has_value());
}

TEST_F(SaleStoreTest, CommitJournalsTheSaleAndDropsTheSnapshot) {
  auto s = openSale("S-1", 3);
  ASSERT_TRUE(store->saveOpen(s).isOk());
  ASSERT_TRUE(store->commit(s).isOk());
  EXPECT_EQ(count("open_sales"), 0);
  auto entries = journal->last(5).value();
  ASSERT_EQ(entries.size(), 1U);
  EXPECT_EQ(entries[0].type, "sale");
  EXPECT_EQ(entries[0].reference, s.receiptNo);
  EXPECT_EQ(entries[0].staffId, "c-07");
  auto payload = saleFromJson(entries[0].payload);
  ASSERT_TRUE(payload) << payload.error();
  expectSameSale(payload.value(), s);
  EXPECT_TRUE(journal->verify().value().ok());
  auto rows = db->query("SELECT line_count, journal_seq FROM sales");
  EXPECT_EQ(std::get<std::int64_t>(rows.value().at(0).at(0)), 3);
  EXPECT_EQ(std::get<std::int64_t>(rows.value().at(0).at(1)), entries[0].seq);
}

TEST_F(SaleStoreTest, ReceiptNumbersAreGapFreeAndSurviveARestart) {
  EXPECT_EQ(sell("S-1"), "L01-00000001");
  EXPECT_EQ(sell("S-2"), "L01-00000002");
  reopen();
  EXPECT_EQ(sell("S-3"), "L01-00000003");
}

TEST_F(SaleStoreTest, CommitRefusesASaleCompletedBefore) {
  auto s = openSale("S-1");
  ASSERT_TRUE(store->commit(s).isOk());
  auto again = openSale("S-1");
  auto refused = store->commit(again);
  ASSERT_FALSE(refused);
  EXPECT_THAT(refused.error(), HasSubstr("already completed"));
  EXPECT_EQ(sell("S-2"), "L01-00000002");
}

TEST_F(SaleStoreTest, CommitRefusesAnEmptyOrRepeatedLineSale) {
  auto empty = openSale("S-1", 0);
  EXPECT_FALSE(store->commit(empty));
  auto repeated = openSale("S-2", 2);
  repeated.lines[1].lineNo = 1;
  auto refused = store->commit(repeated);
  ASSERT_FALSE(refused);
  EXPECT_THAT(refused.error(), HasSubstr("line number 1"));
  EXPECT_EQ(count("sales"), 0);
}

// A failure on the chosen table's insert or delete, as a full disk or a bug would cause.
void failOn(LaneDb& db, const std::string& table, const std::string& event) {
  auto made = db.exec("CREATE TRIGGER injected BEFORE " + event + " ON " + table +
                      " BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
  ASSERT_TRUE(made) << made.error();
}

class CommitAtomicity : public postest::SaleStoreFixture,
                        public ::testing::WithParamInterface<std::pair<const char*, const char*>> {};

TEST_P(CommitAtomicity, AFailureMidCommitLeavesNothing) {
  sell("S-0");
  auto s = openSale("S-1", 4);
  ASSERT_TRUE(store->saveOpen(s).isOk());
  const auto before = s;
  failOn(*db, GetParam().first, GetParam().second);
  auto failed = store->commit(s);
  ASSERT_FALSE(failed);
  EXPECT_THAT(failed.error(), HasSubstr("injected failure"));
  expectSameSale(s, before);
  EXPECT_EQ(count("sales"), 1);
  EXPECT_EQ(count("sale_lines"), 2);
  EXPECT_EQ(count("sale_adjustments"), 2);
  EXPECT_EQ(count("sale_taxes"), 1);
  EXPECT_EQ(count("sale_tenders"), 1);
  EXPECT_EQ(count("journal"), 1);
  EXPECT_TRUE(journal->verify().value().ok());
  expectSameSale(store->restoreOpen().value().value(), before);

  ASSERT_TRUE(db->exec("DROP TRIGGER injected").isOk());
  ASSERT_TRUE(store->commit(s).isOk());
  EXPECT_EQ(s.receiptNo, "L01-00000002");  // the failed commit gave its number back
  EXPECT_TRUE(journal->verify().value().ok());
}

INSTANTIATE_TEST_SUITE_P(EachStep, CommitAtomicity,
                         ::testing::Values(std::pair{"sale_tenders", "INSERT"}, std::pair{"sale_adjustments", "INSERT"},
                                           std::pair{"open_sales", "DELETE"}, std::pair{"journal", "INSERT"}));

TEST_F(SaleStoreTest, CancelJournalsAVoidAndUsesNoReceiptNumber) {
  auto s = openSale("S-1");
  ASSERT_TRUE(store->saveOpen(s).isOk());
  ASSERT_TRUE(store->cancel(s, "customer left", "sup-1").isOk());
  EXPECT_EQ(s.state, SaleState::Cancelled);
  EXPECT_FALSE(store->restoreOpen().value().has_value());
  auto entry = journal->last(1).value().at(0);
  EXPECT_EQ(entry.type, "void-sale");
  EXPECT_EQ(entry.staffId, "sup-1");
  EXPECT_EQ(entry.reference, "S-1");
  EXPECT_THAT(entry.payload, HasSubstr("\"reason\":\"customer left\""));
  EXPECT_EQ(count("sales"), 0);
  EXPECT_EQ(sell("S-2"), "L01-00000001");
}

TEST_F(SaleStoreTest, CancelNeedsAReasonAndAnOpenSale) {
  auto s = openSale("S-1");
  EXPECT_FALSE(store->cancel(s, "", "sup-1"));
  sell("S-2");
  auto done = store->findByReceipt("L01-00000001").value().value();
  EXPECT_FALSE(store->cancel(done, "oops", "sup-1"));
  EXPECT_EQ(count("journal"), 1);
}

TEST_F(SaleStoreTest, SuspendedSalesWaitAndResume) {
  auto a = openSale("S-A");
  ASSERT_TRUE(store->saveOpen(a).isOk());
  ASSERT_TRUE(store->suspend(a).isOk());
  EXPECT_EQ(a.state, SaleState::Suspended);
  EXPECT_FALSE(store->restoreOpen().value().has_value());
  auto b = openSale("S-B");
  ASSERT_TRUE(store->saveOpen(b).isOk());
  auto refused = store->resume("S-A");
  ASSERT_FALSE(refused);
  EXPECT_THAT(refused.error(), HasSubstr("S-B is open"));
  ASSERT_TRUE(store->commit(b).isOk());
  reopen();
  auto parked = store->suspended();
  ASSERT_TRUE(parked) << parked.error();
  ASSERT_EQ(parked.value().size(), 1U);
  EXPECT_EQ(parked.value()[0].id, "S-A");
  auto resumed = store->resume("S-A");
  ASSERT_TRUE(resumed) << resumed.error();
  EXPECT_EQ(resumed.value().state, SaleState::Open);
  EXPECT_EQ(resumed.value().lines.size(), 2U);
  EXPECT_EQ(store->restoreOpen().value().value().id, "S-A");
  EXPECT_TRUE(store->suspended().value().empty());
  EXPECT_FALSE(store->resume("S-nope"));
}

TEST_F(SaleStoreTest, ReportsReadSalesByJournalPositionAndTime) {
  sell("S-1");
  clock.advance(std::chrono::hours(1));
  const auto later = clock.now();
  sell("S-2");
  sell("S-3");
  auto all = store->salesAfter(0);
  ASSERT_TRUE(all) << all.error();
  ASSERT_EQ(all.value().size(), 3U);
  auto rest = store->salesAfter(all.value()[0].journalSeq);
  ASSERT_EQ(rest.value().size(), 2U);
  EXPECT_EQ(rest.value()[0].sale.id, "S-2");
  auto window = store->salesBetween(later, later + std::chrono::milliseconds(1));
  ASSERT_TRUE(window) << window.error();
  ASSERT_EQ(window.value().size(), 2U);
  EXPECT_EQ(window.value()[1].sale.id, "S-3");
  EXPECT_EQ(window.value()[1].sale.lines.size(), 2U);
  EXPECT_TRUE(store->salesBetween(later - std::chrono::minutes(1), later).value().size() == 0U);
}

TEST_F(SaleStoreTest, RefusesABadLaneId) {
  EXPECT_THROW(SaleStore(*db, *journal, clock, "lane one"), std::invalid_argument);
}

}  // namespace
}  // namespace poscore::sale
