// The sale.* bus topics the counter publishes (docs/weighing.md), which the bagging-area checks
// follow: exactly the documented payloads, sender "host", only for changes that were saved.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "counter_fixture.hpp"

namespace countertest {
namespace {

using poscore::Money;

constexpr const char* kColaCan = "6921270000016";  // 3.00; 350 g, spread 4 g in the demo catalog
constexpr const char* kBananas = "W-10004";        // sold by weight, 5 g tare, no expected weight

Money yuan(std::int64_t fen) { return Money::minor(fen); }

class CounterEvents : public ::testing::Test {
 protected:
  CounterEvents() {
    subscription = lane.bus.subscribe("sale.*", [this](const possdk::BusMessage& m) {
      heard.push_back(m.topic + " " + m.payload);
      senders.push_back(m.sender);
    });
    lane.signOnCashier();
  }
  // What the bus delivered since the last call.
  std::vector<std::string> published() {
    lane.dispatcher.drain();
    auto got = std::move(heard);
    heard.clear();
    return got;
  }
  std::string saleId() const { return lane.lane_->session().view().sale->id; }

  CounterFixture lane;
  poscore::counter::CounterSession& s = lane.session();
  std::vector<std::string> heard;
  std::vector<std::string> senders;
  std::unique_ptr<possdk::Subscription> subscription;
};

TEST_F(CounterEvents, AScannedItemIsAddedWithTheCatalogsExpectedWeight) {
  ASSERT_TRUE(s.scan(kColaCan));
  const auto id = saleId();
  EXPECT_EQ(published(), std::vector<std::string>{
                             "sale.line_added {\"sale_id\":\"" + id +
                             R"(","line_no":1,"sku":"692-1270-001","barcode":"6921270000016","quantity":1,)"
                             R"("weight_grams":null,"expected_grams":350,"spread_grams":4})"});
  EXPECT_EQ(senders, std::vector<std::string>{"host"});
}

TEST_F(CounterEvents, AWeighedItemCarriesItsNetWeightAndNoExpectedWeight) {
  lane.scale.grams = 1005;
  ASSERT_TRUE(s.scan(kBananas));
  const auto id = saleId();
  EXPECT_EQ(published(), std::vector<std::string>{
                             "sale.line_added {\"sale_id\":\"" + id +
                             R"(","line_no":1,"sku":"W-10004","barcode":"W-10004","quantity":1,)"
                             R"("weight_grams":1000,"expected_grams":null,"spread_grams":null})"});
}

TEST_F(CounterEvents, AQuantityChangeAndAVoidArePublishedForTheirLine) {
  ASSERT_TRUE(s.scan(kColaCan));
  ASSERT_TRUE(s.scan(kColaCan));
  const auto id = saleId();
  published();
  ASSERT_TRUE(s.setQuantity(1, 3));
  EXPECT_EQ(published(), std::vector<std::string>{
                             "sale.line_changed {\"sale_id\":\"" + id +
                             R"(","line_no":1,"sku":"692-1270-001","barcode":"6921270000016","quantity":3,)"
                             R"("weight_grams":null,"expected_grams":350,"spread_grams":4})"});
  ASSERT_TRUE(s.voidLine(2));
  EXPECT_EQ(published(), std::vector<std::string>{"sale.line_voided {\"sale_id\":\"" + id + R"(","line_no":2})"});
}

TEST_F(CounterEvents, ARefusedChangePublishesNothing) {
  ASSERT_TRUE(s.scan(kColaCan));
  published();
  EXPECT_FALSE(s.setQuantity(1, 0));
  EXPECT_FALSE(s.scan("6921270000019"));  // a wrong check digit
  EXPECT_TRUE(published().empty());
}

TEST_F(CounterEvents, ACompletedSaleIsPublishedWithItsReceiptNumber) {
  ASSERT_TRUE(s.scan(kColaCan));
  const auto id = saleId();
  published();
  ASSERT_TRUE(s.tender("cash", yuan(500), ""));
  const auto receipt = s.view().lastCompleted->receiptNo;
  ASSERT_FALSE(receipt.empty());
  EXPECT_EQ(published(),
            std::vector<std::string>{"sale.completed {\"sale_id\":\"" + id + "\",\"receipt_no\":\"" + receipt + "\"}"});
}

TEST_F(CounterEvents, ACancelledSaleIsPublished) {
  ASSERT_TRUE(s.scan(kColaCan));
  const auto id = saleId();
  published();
  ASSERT_TRUE(s.cancelSale("customer left"));
  EXPECT_EQ(published(), std::vector<std::string>{"sale.cancelled {\"sale_id\":\"" + id + "\"}"});
}

// A return's items go back over the counter, never into the bagging area.
TEST_F(CounterEvents, AReturnPublishesNothing) {
  ASSERT_TRUE(s.scan(kColaCan));
  ASSERT_TRUE(s.tender("cash", yuan(500), ""));
  published();
  ASSERT_TRUE(s.startReturn(s.view().lastCompleted->receiptNo));
  ASSERT_TRUE(s.returnLine(1, 1));
  ASSERT_TRUE(s.completeReturn(kSupervisor));
  EXPECT_TRUE(published().empty());
}

// A resumed sale's lines are announced again: whoever follows the sale saw it leave.
TEST_F(CounterEvents, AResumedSaleAddsItsLinesAgain) {
  ASSERT_TRUE(s.scan(kColaCan));
  const auto id = saleId();
  ASSERT_TRUE(s.suspend());
  EXPECT_EQ(published().size(), 1u) << "the scan only; suspending publishes nothing";
  ASSERT_TRUE(s.resume(id));
  const auto again = published();
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(again[0].rfind("sale.line_added {\"sale_id\":\"" + id + "\",\"line_no\":1,", 0), 0u) << again[0];
}

// A sale restored after a restart is announced like a resumed one: the bagging area starts over.
TEST_F(CounterEvents, ASaleRestoredAfterARestartAddsItsLiveLinesAgain) {
  ASSERT_TRUE(s.scan(kColaCan));
  ASSERT_TRUE(s.scan("6921270000092"));  // a tea drink
  ASSERT_TRUE(s.voidLine(1));
  const auto id = saleId();
  (void)published();
  lane.restart();
  const auto again = published();
  ASSERT_EQ(again.size(), 1u) << "the voided line is not announced";
  EXPECT_EQ(again[0].rfind("sale.line_added {\"sale_id\":\"" + id + "\",\"line_no\":2,", 0), 0u) << again[0];
}

}  // namespace
}  // namespace countertest
