#include <gtest/gtest.h>

#include "counter_fixture.hpp"

namespace countertest {
namespace {

using poscore::Money;

constexpr const char* kColaCan = "6921270000016";   // 3.00
constexpr const char* kSparkling = "6921270000153";  // 5.50

std::string sellColaTwiceAndSparklingByCard(CounterFixture& lane) {
  auto& s = lane.session();
  EXPECT_TRUE(s.scan(kColaCan));
  EXPECT_TRUE(s.setQuantity(1, 2));
  EXPECT_TRUE(s.scan(kSparkling));
  EXPECT_TRUE(s.tender("card", Money::minor(550), "APPR01"));
  EXPECT_TRUE(s.tender("cash", Money::minor(1000), ""));
  return s.view().lastCompleted->receiptNo;
}

TEST(CounterReturns, APartReturnGoesBackToTheOriginalTenders) {
  CounterFixture lane;
  lane.signOnCashier();
  const auto receiptNo = sellColaTwiceAndSparklingByCard(lane);
  auto& s = lane.session();
  ASSERT_TRUE(s.startReturn(receiptNo));
  ASSERT_TRUE(s.returnLine(2, 1));  // the sparkling water
  EXPECT_FALSE(s.completeReturn(std::nullopt)) << "a cashier needs a supervisor for a refund";
  ASSERT_TRUE(s.completeReturn(kSupervisor));
  const auto& refund = *s.view().lastCompleted;
  EXPECT_EQ(refund.kind, poscore::sale::SaleKind::Return);
  EXPECT_EQ(refund.originalReceiptNo, receiptNo);
  ASSERT_FALSE(refund.tenders.empty());
  EXPECT_EQ(refund.tenders[0].kind, "card") << "card first, as it was paid";
  EXPECT_EQ(refund.tenders[0].amount, Money::minor(-550));
}

TEST(CounterReturns, ReturningMoreThanWasSoldIsRefused) {
  CounterFixture lane;
  lane.signOnSupervisor();
  const auto receiptNo = sellColaTwiceAndSparklingByCard(lane);
  auto& s = lane.session();
  ASSERT_TRUE(s.startReturn(receiptNo));
  EXPECT_FALSE(s.returnLine(1, 3)) << "two were sold";
  ASSERT_TRUE(s.returnLine(1, 2));
  ASSERT_TRUE(s.completeReturn(std::nullopt));
  ASSERT_TRUE(s.startReturn(receiptNo));
  auto again = s.returnLine(1, 1);
  ASSERT_FALSE(again) << "both were returned already";
}

TEST(CounterReturns, AnUnknownOrMalformedReceiptIsRefused) {
  CounterFixture lane;
  lane.signOnSupervisor();
  EXPECT_FALSE(lane.session().startReturn("T01-00009999"));
  EXPECT_FALSE(lane.session().startReturn("not a receipt"));
  EXPECT_FALSE(lane.session().view().sale);
}

TEST(CounterReports, XReportsTotalsAndZClosesTheDay) {
  CounterFixture lane;
  lane.signOnCashier();
  lane.clock->advance(std::chrono::minutes(1));  // the business day opened before the first sale
  sellColaTwiceAndSparklingByCard(lane);
  ASSERT_TRUE(lane.session().noSale("float check"));
  lane.clock->advance(std::chrono::minutes(1));
  auto x = lane.session().xReport();
  ASSERT_TRUE(x) << x.error();
  EXPECT_NE(x.value().find("11.50"), std::string::npos) << x.value();
  ASSERT_TRUE(lane.session().scan(kColaCan));
  auto refused = lane.session().zReport(kSupervisor);
  EXPECT_FALSE(refused) << "a Z with a sale open";
  ASSERT_TRUE(lane.session().cancelSale("z report"));
  auto z = lane.session().zReport(std::nullopt);
  EXPECT_FALSE(z) << "a cashier needs a supervisor for a Z";
  z = lane.session().zReport(kSupervisor);
  ASSERT_TRUE(z) << z.error();
  EXPECT_NE(z.value().find("11.50"), std::string::npos) << z.value();
  lane.clock->advance(std::chrono::minutes(1));
  auto next = lane.session().xReport();
  ASSERT_TRUE(next);
  EXPECT_EQ(next.value().find("11.50"), std::string::npos) << "a new business day starts empty";
}

struct PointsTender final : possdk::TenderProvider {
  std::string id() const override { return "points"; }
  std::string label() const override { return "Points"; }
  void pay(const possdk::TenderRequest& request, std::function<void(possdk::Result<possdk::TenderApproval>)> done) override {
    asked = request.dueMinor;
    done(possdk::TenderApproval{request.dueMinor, "PTS-7"});
  }
  void refund(const std::string& reference, std::int64_t amount, std::function<void(possdk::Status)> done) override {
    refunded = reference + ":" + std::to_string(amount);
    done(possdk::Status::ok());
  }
  std::int64_t asked = 0;
  std::string refunded;
};

TEST(CounterPluginTender, APluginTenderPaysAndIsRefundedThroughItsProvider) {
  CounterFixture lane;
  auto points = std::make_shared<PointsTender>();
  ASSERT_TRUE(lane.checkout.facadeFor("points")->addTender(points));
  lane.signOnSupervisor();
  auto& s = lane.session();
  bool listed = false;
  for (const auto& [kind, label] : s.tenderKinds()) listed = listed || kind == "points";
  EXPECT_TRUE(listed);
  ASSERT_TRUE(s.scan(kColaCan));
  ASSERT_TRUE(s.tender("points", Money::minor(300), ""));
  ASSERT_TRUE(s.view().lastCompleted);
  EXPECT_EQ(points->asked, 300);
  const auto receiptNo = s.view().lastCompleted->receiptNo;
  ASSERT_TRUE(s.startReturn(receiptNo));
  ASSERT_TRUE(s.returnLine(1, 1));
  ASSERT_TRUE(s.completeReturn(std::nullopt));
  EXPECT_EQ(points->refunded, "PTS-7:300");
}

}  // namespace
}  // namespace countertest
