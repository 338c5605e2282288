// The counter's guards for money already taken and approvals already given.
#include <gtest/gtest.h>

#include "counter_fixture.hpp"
#include "poscore/counter/counter_text.hpp"

namespace countertest {
namespace {

using poscore::Money;

constexpr const char* kColaCan = "6921270000016";    // 3.00
constexpr const char* kSparkling = "6921270000153";  // 5.50

// A tender that answers only when the test says so, as a plugin with its own screen would.
struct SlowTender final : possdk::TenderProvider {
  std::string id() const override { return "coupon"; }
  std::string label() const override { return "Coupon"; }
  void pay(const possdk::TenderRequest& r, std::function<void(possdk::Result<possdk::TenderApproval>)> done) override {
    due = r.dueMinor;
    answer = std::move(done);
  }
  void refund(const std::string& reference, std::int64_t amount, std::function<void(possdk::Status)> done) override {
    refunds.push_back(reference + ":" + std::to_string(amount));
    done(possdk::Status::ok());
  }
  std::int64_t due = 0;
  std::function<void(possdk::Result<possdk::TenderApproval>)> answer;
  std::vector<std::string> refunds;
};

TEST(CounterPendingPayment, TheSaleIsHeldWhileAPluginTenderIsAskedAndALateAnswerIsGivenBack) {
  CounterFixture lane;
  auto coupon = std::make_shared<SlowTender>();
  ASSERT_TRUE(lane.checkout.facadeFor("coupons")->addTender(coupon));
  lane.signOnSupervisor();
  auto& s = lane.session();
  ASSERT_TRUE(s.scan(kColaCan));
  ASSERT_TRUE(s.tender("coupon", Money::minor(300), ""));
  ASSERT_TRUE(coupon->answer);
  EXPECT_FALSE(s.scan(kColaCan)) << "no changes while the coupon is being asked";
  EXPECT_FALSE(s.tender("cash", Money::minor(300), ""));
  coupon->answer(possdk::TenderApproval{300, "CPN-1"});
  ASSERT_TRUE(s.view().lastCompleted);
  EXPECT_TRUE(coupon->refunds.empty());
  coupon->answer(possdk::TenderApproval{300, "CPN-1"});  // a second answer counts for nothing
  EXPECT_TRUE(coupon->refunds.empty());

  ASSERT_TRUE(s.scan(kSparkling));
  ASSERT_TRUE(s.tender("coupon", Money::minor(550), ""));
  auto late = std::move(coupon->answer);
  coupon->answer = nullptr;
  late(possdk::Result<possdk::TenderApproval>::fail("customer walked away"));
  ASSERT_TRUE(s.tender("coupon", Money::minor(550), ""));
  late = std::move(coupon->answer);
  ASSERT_TRUE(s.view().sale);
  late(possdk::TenderApproval{900, "CPN-2"});  // more than was asked
  ASSERT_EQ(coupon->refunds.size(), 1u) << "an approval the sale cannot take is given back";
  EXPECT_EQ(coupon->refunds[0], "CPN-2:900");
  EXPECT_TRUE(s.view().sale->tenders.empty());
}

TEST(CounterCancel, APartlyPaidSaleIsCancelledOnlyByASupervisorWhoHandsThePaymentBack) {
  CounterFixture lane;
  lane.signOnCashier();
  auto& s = lane.session();
  ASSERT_TRUE(s.scan(kSparkling));
  ASSERT_TRUE(s.tender("card", Money::minor(200), "APP9"));
  auto refused = s.cancelSale("customer cannot pay");
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().find("supervisor"), std::string::npos) << refused.error();
  lane.restart();  // the cashier hands over to a supervisor; the sale is kept
  lane.signOnSupervisor();
  ASSERT_TRUE(lane.session().view().sale);
  ASSERT_TRUE(lane.session().cancelSale("customer cannot pay"));
  EXPECT_FALSE(lane.session().view().sale);
  bool told = false;
  for (const auto& n : lane.session().view().notices) told = told || n.text.find("APP9") != std::string::npos;
  EXPECT_TRUE(told) << "the cashier is told to reverse the card payment";
}

TEST(CounterGiveAway, ASaleThatComesToNothingCompletesWithoutPayment) {
  CounterFixture lane;
  lane.signOnSupervisor();
  auto& s = lane.session();
  ASSERT_TRUE(s.scan(kColaCan));
  ASSERT_TRUE(s.overridePrice(1, Money{}, "sample for a customer", std::nullopt));
  EXPECT_FALSE(s.tender("cash", Money::minor(100), ""));
  ASSERT_TRUE(s.tender("cash", Money{}, ""));
  ASSERT_TRUE(s.view().lastCompleted);
  EXPECT_EQ(s.view().lastCompleted->totals.total, Money{});
}

TEST(CounterApprovals, ASaleDiscountDoesNotStretchOverItemsAddedAfterIt) {
  CounterFixture lane;
  lane.signOnSupervisor();
  auto& s = lane.session();
  ASSERT_TRUE(s.scan(kColaCan));
  poscore::sale::ManualDiscount half{poscore::sale::ManualDiscount::Kind::Percent, 5000, {"", "damaged"}};
  ASSERT_TRUE(s.discountSale(half, std::nullopt));
  EXPECT_EQ(s.view().sale->totals.total, Money::minor(150));
  ASSERT_TRUE(s.scan(kSparkling));
  EXPECT_FALSE(s.view().sale->saleDiscount);
  EXPECT_EQ(s.view().sale->totals.total, Money::minor(850));
}

TEST(CounterScale, AWeightIsSoldOnceUntilTheScaleChanges) {
  CounterFixture lane;
  lane.signOnCashier();
  lane.scale.grams = 805;
  ASSERT_TRUE(lane.session().scan("W-10004"));
  EXPECT_FALSE(lane.session().scan("W-10004")) << "the same bananas are not sold twice";
}

TEST(CounterText, AValueHoldingAMarkerIsNotSubstitutedAgain) {
  poscore::counter::CounterText text(nullptr);
  EXPECT_EQ(text.say("{1} and {2}", {"a{2}", "b"}), "a{2} and b");
  EXPECT_EQ(text.say("{3} stays", {"x"}), "{3} stays");
}

}  // namespace
}  // namespace countertest
