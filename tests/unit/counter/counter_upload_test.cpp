#include <gtest/gtest.h>

#include "counter_fixture.hpp"
#include "poscore/sync/outbox_queue.hpp"

namespace countertest {
namespace {

constexpr const char* kColaCan = "6921270000016";  // 3.00, tax A

// The counter queues each completed sale for the store server, whether or not the lane has one yet.
TEST(CounterUpload, ACompletedSaleIsQueuedForTheServerWithItsReceipt) {
  CounterFixture lane;
  lane.signOnCashier();
  auto& s = lane.session();
  ASSERT_TRUE(s.scan(kColaCan));
  auto paid = s.tender("cash", poscore::Money::minor(300), "");
  ASSERT_TRUE(paid) << paid.error();
  const auto receiptNo = s.view().lastCompleted->receiptNo;
  auto pending = poscore::sync::OutboxQueue(*lane.db).pending(10);
  ASSERT_TRUE(pending) << pending.error();
  ASSERT_EQ(pending.value().size(), 1u);
  EXPECT_EQ(pending.value()[0].idempotencyKey, "sale:" + receiptNo);
  EXPECT_EQ(pending.value()[0].path, "/sales");
  EXPECT_NE(pending.value()[0].body.find("\"total\":300"), std::string::npos) << pending.value()[0].body;
  EXPECT_NE(pending.value()[0].body.find("\"currency\":\"CNY\""), std::string::npos) << pending.value()[0].body;
}

}  // namespace
}  // namespace countertest
