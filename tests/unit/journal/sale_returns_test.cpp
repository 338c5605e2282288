#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "sale_store_fixture.hpp"

namespace poscore::sale {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Pair;

class SaleReturnsTest : public postest::SaleStoreFixture {
 protected:
  // The original: line 1 sells 1, line 2 sells 2, line 3 sells 3 but is voided.
  void SetUp() override {
    auto s = openSale("S-1", 3);
    s.lines[2].voided = true;
    ASSERT_TRUE(store->commit(s).isOk());
    original = s.receiptNo;
  }

  Sale returnOf(const std::string& id, std::vector<std::pair<int, std::int64_t>> taken) {
    Sale r = openSale(id, 0);
    r.kind = SaleKind::Return;
    r.originalReceiptNo = original;
    int lineNo = 0;
    for (auto [line, quantity] : taken) {
      auto l = postest::sampleLine(++lineNo, -quantity);
      l.returnOfLine = line;
      r.lines.push_back(l);
    }
    return r;
  }

  possdk::Status giveBack(const std::string& id, std::vector<std::pair<int, std::int64_t>> taken) {
    auto r = returnOf(id, std::move(taken));
    return store->commit(r);
  }

  std::string original;
};

TEST_F(SaleReturnsTest, NothingReturnedYet) {
  auto returned = store->returnedQuantities(original);
  ASSERT_TRUE(returned) << returned.error();
  EXPECT_TRUE(returned.value().empty());
}

TEST_F(SaleReturnsTest, ReturnsAddUpPerOriginalLine) {
  ASSERT_TRUE(giveBack("R-1", {{2, 1}}).isOk());
  ASSERT_TRUE(giveBack("R-2", {{1, 1}, {2, 1}}).isOk());
  reopen();
  auto returned = store->returnedQuantities(original);
  ASSERT_TRUE(returned) << returned.error();
  EXPECT_THAT(returned.value(), ElementsAre(Pair(1, 1), Pair(2, 2)));
}

TEST_F(SaleReturnsTest, AReturnIsJournalledAndNumberedLikeASale) {
  auto r = returnOf("R-1", {{2, 1}});
  ASSERT_TRUE(store->commit(r).isOk());
  EXPECT_EQ(r.receiptNo, "L01-00000002");
  auto entry = journal->last(1).value().at(0);
  EXPECT_EQ(entry.type, "return");
  EXPECT_EQ(entry.reference, r.receiptNo);
  auto stored = store->findByReceipt(r.receiptNo).value().value();
  EXPECT_EQ(stored.kind, SaleKind::Return);
  EXPECT_EQ(stored.originalReceiptNo, original);
  EXPECT_EQ(stored.lines.at(0).returnOfLine, 2);
}

TEST_F(SaleReturnsTest, VoidedReturnLinesDoNotCount) {
  auto r = returnOf("R-1", {{1, 1}, {2, 2}});
  r.lines[1].voided = true;
  ASSERT_TRUE(store->commit(r).isOk());
  EXPECT_THAT(store->returnedQuantities(original).value(), ElementsAre(Pair(1, 1)));
}

TEST_F(SaleReturnsTest, RefusesTakingBackMoreThanWasSold) {
  ASSERT_TRUE(giveBack("R-1", {{2, 1}}).isOk());
  auto refused = giveBack("R-2", {{2, 2}});
  ASSERT_FALSE(refused);
  EXPECT_THAT(refused.error(), HasSubstr("only 2 were sold"));
  EXPECT_THAT(store->returnedQuantities(original).value(), ElementsAre(Pair(2, 1)));
}

TEST_F(SaleReturnsTest, RefusesALineTheReceiptDidNotSell) {
  EXPECT_THAT(giveBack("R-1", {{9, 1}}).error(), HasSubstr("line 9"));
  EXPECT_THAT(giveBack("R-2", {{3, 1}}).error(), HasSubstr("line 3"));  // voided on the original
}

TEST_F(SaleReturnsTest, RefusesAnUnknownOriginalOrAReturnOfAReturn) {
  auto unknown = returnOf("R-1", {{1, 1}});
  unknown.originalReceiptNo = "L01-00000099";
  EXPECT_THAT(store->commit(unknown).error(), HasSubstr("L01-00000099"));
  auto r = returnOf("R-2", {{1, 1}});
  ASSERT_TRUE(store->commit(r).isOk());
  auto again = returnOf("R-3", {{1, 1}});
  again.originalReceiptNo = r.receiptNo;
  EXPECT_FALSE(store->commit(again));
}

TEST_F(SaleReturnsTest, RefusesAPositiveQuantityOrAMissingOriginalLine) {
  auto positive = returnOf("R-1", {{1, -1}});
  EXPECT_FALSE(store->commit(positive));
  auto unnamed = returnOf("R-2", {{1, 1}});
  unnamed.lines[0].returnOfLine.reset();
  EXPECT_FALSE(store->commit(unnamed));
  EXPECT_TRUE(store->returnedQuantities(original).value().empty());
}

TEST_F(SaleReturnsTest, AskingAboutAnUnknownReceiptFails) {
  auto returned = store->returnedQuantities("L01-00000077");
  ASSERT_FALSE(returned);
  EXPECT_THAT(returned.error(), HasSubstr("L01-00000077"));
}

}  // namespace
}  // namespace poscore::sale
