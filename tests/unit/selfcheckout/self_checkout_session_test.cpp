#include <gtest/gtest.h>

#include "self_checkout_fixture.hpp"

namespace scotest {
namespace {

using poscore::selfcheckout::ReceiptChoice;
using poscore::selfcheckout::Stage;

int liveLines(const poscore::selfcheckout::View& view) {
  int n = 0;
  for (const auto& l : view.sale->lines) n += l.voided ? 0 : 1;
  return n;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(SelfCheckout, SignsOnAsItsOwnCashierWithAPinNobodyKnowsAndAuditsIt) {
  SelfCheckoutFixture sco;
  ASSERT_TRUE(sco.lane.session().view().staff);
  EXPECT_EQ(sco.lane.session().view().staff->id, kLaneStaff);
  EXPECT_EQ(sco.lane.session().view().staff->role, poscore::counter::Role::Cashier);
  const auto audited = sco.audited();
  ASSERT_EQ(audited.size(), 1u);
  EXPECT_EQ(audited[0].first, "selfcheckout.sign_on");
  EXPECT_TRUE(has(audited[0].second, kLaneStaff));
  // No PIN a person could know signs on as the self-checkout at a counter.
  ASSERT_TRUE(sco.lane.session().signOff());
  EXPECT_FALSE(sco.lane.session().signOn(kLaneStaff, "1234"));
  EXPECT_FALSE(sco.lane.session().signOn(kLaneStaff, "00000000"));
}

TEST(SelfCheckout, RefusesToSignOnAsASupervisor) {
  SelfCheckoutFixture sco;
  poscore::selfcheckout::SelfCheckoutSettings settings;
  settings.staffId = "9001";  // the demo supervisor
  ASSERT_TRUE(sco.lane.session().signOff());
  poscore::selfcheckout::SelfCheckoutSession other(sco.lane.session(), *sco.staff, *sco.audit, sco.bus, *sco.lane.clock,
                                                   nullptr, nullptr, settings);
  auto started = other.start();
  ASSERT_FALSE(started);
  EXPECT_TRUE(has(started.error(), "supervisor")) << started.error();
  EXPECT_FALSE(sco.lane.session().view().staff);
}

TEST(SelfCheckout, ScansAndPaysByCardThenGoesToTheReceiptChoice) {
  SelfCheckoutFixture sco;
  EXPECT_EQ(sco.view().stage, Stage::Welcome);
  ASSERT_TRUE(sco.session().scan(kColaCan));
  EXPECT_EQ(sco.view().stage, Stage::Scanning);
  ASSERT_TRUE(sco.session().scan(kTeaDrink));
  EXPECT_EQ(liveLines(sco.view()), 2);
  ASSERT_TRUE(sco.session().startPayment());
  EXPECT_EQ(sco.view().stage, Stage::Paying);
  EXPECT_FALSE(sco.session().scan(kColaCan)) << "no scanning while paying";
  auto noCode = sco.session().pay("card", "");
  ASSERT_FALSE(noCode);
  EXPECT_TRUE(has(noCode.error(), "approval code")) << noCode.error();
  ASSERT_TRUE(sco.session().pay("card", "A1B2C3"));
  EXPECT_EQ(sco.view().stage, Stage::ReceiptChoice);
  ASSERT_TRUE(sco.view().sale);
  EXPECT_FALSE(sco.view().sale->receiptNo.empty());
  EXPECT_EQ(sco.view().sale->totals.due, poscore::Money::minor(650));
  ASSERT_TRUE(sco.session().chooseReceipt(ReceiptChoice::None));
  EXPECT_EQ(sco.view().stage, Stage::ThankYou);
  ASSERT_TRUE(sco.session().finish());
  EXPECT_EQ(sco.view().stage, Stage::Welcome);
  EXPECT_FALSE(sco.view().sale);
}

TEST(SelfCheckout, AScanOnTheThankYouScreenStartsTheNextCustomersSale) {
  SelfCheckoutFixture sco;
  ASSERT_TRUE(sco.session().scan(kColaCan));
  ASSERT_TRUE(sco.session().startPayment());
  ASSERT_TRUE(sco.session().pay("card", "OK1"));
  const auto paid = sco.view().sale->id;
  EXPECT_FALSE(sco.session().scan(kTeaDrink)) << "the receipt choice comes first";
  ASSERT_TRUE(sco.session().chooseReceipt(ReceiptChoice::None));
  ASSERT_TRUE(sco.session().scan(kTeaDrink));
  EXPECT_EQ(sco.view().stage, Stage::Scanning);
  ASSERT_TRUE(sco.view().sale);
  EXPECT_NE(sco.view().sale->id, paid);
  EXPECT_EQ(liveLines(sco.view()), 1);
}

TEST(SelfCheckout, ASaleOpenWhenTheLaneStoppedComesBackOnTheScanningScreen) {
  SelfCheckoutFixture sco;
  ASSERT_TRUE(sco.session().scan(kColaCan));
  sco.session_.reset();
  sco.staff.reset();
  sco.audit.reset();
  sco.lane.restart();  // a new database connection: the staff store and the audit log are made again
  poscore::staff::StaffStore staff(*sco.lane.db, *sco.lane.clock);
  poscore::AuditLog audit(*sco.lane.db, *sco.lane.clock);
  poscore::selfcheckout::SelfCheckoutSettings settings;
  settings.staffId = kLaneStaff;
  poscore::selfcheckout::SelfCheckoutSession again(sco.lane.session(), staff, audit, sco.bus, *sco.lane.clock, nullptr,
                                                   nullptr, settings);
  ASSERT_TRUE(again.start());
  EXPECT_EQ(again.view().stage, Stage::Scanning);
  ASSERT_TRUE(again.view().sale);
  EXPECT_EQ(liveLines(again.view()), 1);
  ASSERT_TRUE(again.startPayment());
}

TEST(SelfCheckout, CashIsOfferedOnlyWithACashDevice) {
  SelfCheckoutFixture sco;
  for (const auto& [kind, label] : sco.view().tenders) EXPECT_NE(kind, "cash");
  ASSERT_TRUE(sco.session().scan(kColaCan));
  ASSERT_TRUE(sco.session().startPayment());
  auto cash = sco.session().pay("cash", "");
  ASSERT_FALSE(cash);
  EXPECT_TRUE(has(cash.error(), "does not take cash")) << cash.error();
  EXPECT_TRUE(sco.view().sale);  // nothing paid
}

TEST(SelfCheckout, PayingNeedsALineAndGoingBackIsAllowedBeforeAnyTender) {
  SelfCheckoutFixture sco;
  ASSERT_TRUE(sco.session().begin());
  EXPECT_FALSE(sco.session().startPayment());
  ASSERT_TRUE(sco.session().scan(kColaCan));
  ASSERT_TRUE(sco.session().startPayment());
  ASSERT_TRUE(sco.session().backToScanning());
  EXPECT_EQ(sco.view().stage, Stage::Scanning);
  ASSERT_TRUE(sco.session().setQuantity(1, 3));
  EXPECT_EQ(sco.view().sale->lines[0].quantity, 3);
}

TEST(SelfCheckout, RemovingALineWaitsForASupervisorAndIsPublishedAndAudited) {
  SelfCheckoutFixture sco;
  ASSERT_TRUE(sco.session().scan(kColaCan));
  ASSERT_TRUE(sco.session().scan(kTeaDrink));
  EXPECT_FALSE(sco.session().requestRemoval(7));
  ASSERT_TRUE(sco.session().requestRemoval(1));
  EXPECT_EQ(sco.view().stage, Stage::Attendant);
  EXPECT_FALSE(sco.session().scan(kColaCan)) << "no scanning while the attendant is called";
  EXPECT_FALSE(sco.session().approve("1001", "1234")) << "a cashier cannot approve";
  EXPECT_FALSE(sco.session().approve("9001", "0000")) << "a wrong PIN";
  EXPECT_EQ(liveLines(sco.view()), 2);
  ASSERT_TRUE(sco.session().approve("9001", "9999"));
  sco.dispatcher.drain();
  EXPECT_EQ(sco.view().stage, Stage::Scanning);
  EXPECT_EQ(liveLines(sco.view()), 1);
  EXPECT_TRUE(sco.view().sale->lines[0].voided);
  const auto published = sco.published(poscore::selfcheckout::kAttendantApprovedTopic);
  ASSERT_EQ(published.size(), 1u);
  EXPECT_TRUE(has(published[0], "\"line_no\":1")) << published[0];
  EXPECT_TRUE(has(published[0], "\"supervisor\":\"9001\"")) << published[0];
  const auto audited = sco.audited();
  ASSERT_EQ(audited.size(), 4u);
  EXPECT_EQ(audited[1].first, "selfcheckout.approval_refused");
  EXPECT_TRUE(has(audited[1].second, "\"supervisor\":\"1001\"")) << audited[1].second;
  EXPECT_EQ(audited[2].first, "selfcheckout.approval_refused");
  EXPECT_TRUE(has(audited[2].second, "\"supervisor\":\"9001\"")) << audited[2].second;
  EXPECT_EQ(audited[3].first, "selfcheckout.attendant_approved");
}

TEST(SelfCheckout, WrongPinsAtTheAttendantCountTowardTheSupervisorsLock) {
  SelfCheckoutFixture sco;
  ASSERT_TRUE(sco.session().scan(kColaCan));
  sco.session().callAttendant();
  for (int i = 0; i < 10; ++i) (void)sco.session().approve("9001", "0000");
  auto locked = sco.session().approve("9001", "9999");
  ASSERT_FALSE(locked) << "the store's lock holds for the right PIN too";
  EXPECT_TRUE(has(locked.error(), "locked")) << locked.error();
  EXPECT_EQ(sco.audited().back().first, "selfcheckout.approval_refused");
}

TEST(SelfCheckout, LoweringAQuantityWaitsForTheAttendantRaisingItDoesNot) {
  SelfCheckoutFixture sco;
  ASSERT_TRUE(sco.session().scan(kColaCan));
  ASSERT_TRUE(sco.session().setQuantity(1, 3));
  EXPECT_EQ(sco.view().sale->lines[0].quantity, 3);
  ASSERT_TRUE(sco.session().setQuantity(1, 1));
  EXPECT_EQ(sco.view().stage, Stage::Attendant);
  EXPECT_EQ(sco.view().sale->lines[0].quantity, 3) << "unchanged until approved";
  EXPECT_FALSE(sco.session().approve("9001", "0000"));
  EXPECT_EQ(sco.view().sale->lines[0].quantity, 3);
  ASSERT_TRUE(sco.session().approve("9001", "9999"));
  sco.dispatcher.drain();
  EXPECT_EQ(sco.view().stage, Stage::Scanning);
  EXPECT_EQ(sco.view().sale->lines[0].quantity, 1);
  const auto published = sco.published(poscore::selfcheckout::kAttendantApprovedTopic);
  ASSERT_EQ(published.size(), 1u);
  EXPECT_TRUE(has(published[0], "\"line_no\":1")) << published[0];
  ASSERT_TRUE(sco.session().scan(kTeaDrink));
  ASSERT_TRUE(sco.session().setQuantity(2, 2));
  EXPECT_EQ(sco.view().stage, Stage::Scanning) << "an approval covers that one change only";
}

TEST(SelfCheckout, WithoutTheWeighingPluginItRunsWithoutBagging) {
  SelfCheckoutFixture sco(false);
  EXPECT_FALSE(sco.view().blocked);
  EXPECT_FALSE(sco.view().bagging);
  EXPECT_TRUE(sco.session().scan(kColaCan));
}

TEST(SelfCheckout, WithBaggingOnNothingScansUntilTheBaggingAreaSpeaks) {
  SelfCheckoutFixture sco(true);
  EXPECT_TRUE(sco.view().blocked);
  auto refused = sco.session().scan(kColaCan);
  ASSERT_FALSE(refused);
  EXPECT_TRUE(has(refused.error(), "bagging area is not ready")) << refused.error();
  sco.bagging(R"({"state":"idle","line_no":0,"message":""})");
  EXPECT_FALSE(sco.view().blocked);
  EXPECT_TRUE(sco.session().scan(kColaCan));
}

TEST(SelfCheckout, EveryBlockingBaggingStateRefusesScanAndPayWithItsMessage) {
  for (const char* state : {"unexpected_item", "not_bagged", "mismatch", "needs_attendant", "scale_offline"}) {
    SelfCheckoutFixture sco(true);
    sco.bagging(R"({"state":"expecting","line_no":1})");
    ASSERT_TRUE(sco.session().scan(kColaCan)) << state;
    sco.bagging(std::string(R"({"state":")") + state +
                R"(","line_no":1,"grams":900,"min_grams":340,"max_grams":360,"message":"Look at the bag"})");
    EXPECT_TRUE(sco.view().blocked) << state;
    auto scan = sco.session().scan(kTeaDrink);
    ASSERT_FALSE(scan) << state;
    EXPECT_EQ(scan.error(), "Look at the bag");
    EXPECT_FALSE(sco.session().startPayment()) << state;
    ASSERT_TRUE(sco.view().bagging);
    EXPECT_EQ(sco.view().bagging->grams, 900);
    EXPECT_EQ(sco.view().bagging->maxGrams, 360);
  }
}

TEST(SelfCheckout, TheAttendantClearsABaggingBlockUntilTheNextMessage) {
  SelfCheckoutFixture sco(true);
  sco.bagging(R"({"state":"expecting","line_no":1})");
  ASSERT_TRUE(sco.session().scan(kColaCan));
  sco.bagging(R"({"state":"mismatch","line_no":1,"message":"Wrong weight"})");
  sco.session().callAttendant();
  EXPECT_EQ(sco.view().stage, Stage::Attendant);
  EXPECT_EQ(sco.view().attendantReason, "Wrong weight");
  ASSERT_TRUE(sco.session().approve("9001", "9999"));
  sco.dispatcher.drain();
  EXPECT_FALSE(sco.view().blocked);
  EXPECT_EQ(liveLines(sco.view()), 1) << "approving a bagging problem removes nothing";
  ASSERT_EQ(sco.published(poscore::selfcheckout::kAttendantApprovedTopic).size(), 1u);
  EXPECT_TRUE(has(sco.published(poscore::selfcheckout::kAttendantApprovedTopic)[0], "\"line_no\":1"));
  sco.bagging(R"({"state":"unexpected_item","line_no":0,"message":"Remove the item"})");
  EXPECT_TRUE(sco.view().blocked);
}

TEST(SelfCheckout, MalformedBaggingMessagesAreIgnored) {
  SelfCheckoutFixture sco(true);
  sco.bagging("not json");
  sco.bagging(R"({"state":"levitating"})");
  sco.bagging(R"({"state":"ok","grams":"heavy"})");
  EXPECT_TRUE(sco.view().blocked);
  EXPECT_FALSE(sco.view().bagging);
}

TEST(SelfCheckout, IdleReturnsToWelcomeButCallsTheAttendantForAnUnpaidSale) {
  SelfCheckoutFixture sco;
  ASSERT_TRUE(sco.session().begin());
  sco.lane.clock->advance(std::chrono::seconds(59));
  sco.session().tick();
  EXPECT_EQ(sco.view().stage, Stage::Scanning);
  sco.lane.clock->advance(std::chrono::seconds(1));
  sco.session().tick();
  EXPECT_EQ(sco.view().stage, Stage::Welcome);

  ASSERT_TRUE(sco.session().scan(kColaCan));
  sco.lane.clock->advance(std::chrono::seconds(60));
  sco.session().tick();
  EXPECT_EQ(sco.view().stage, Stage::Attendant);
  EXPECT_TRUE(sco.view().sale) << "the sale is kept for the attendant";
}

TEST(SelfCheckout, TheThankYouScreenTimesOut) {
  SelfCheckoutFixture sco;
  ASSERT_TRUE(sco.session().scan(kColaCan));
  ASSERT_TRUE(sco.session().startPayment());
  ASSERT_TRUE(sco.session().pay("card", "OK1"));
  ASSERT_TRUE(sco.session().chooseReceipt(ReceiptChoice::Print));
  sco.lane.clock->advance(std::chrono::seconds(60));
  sco.session().tick();
  EXPECT_EQ(sco.view().stage, Stage::Welcome);
}

TEST(SelfCheckout, TheSmsReceiptGoesToAValidNumberAndFailuresLetTheCustomerTryAgain) {
  SelfCheckoutFixture sco(false, true);
  HeldSms* held = &sco.heldSms;
  EXPECT_TRUE(sco.view().smsOffered);
  ASSERT_TRUE(sco.session().scan(kColaCan));
  ASSERT_TRUE(sco.session().scan(kTeaDrink));
  ASSERT_TRUE(sco.session().startPayment());
  ASSERT_TRUE(sco.session().pay("card", "OK1"));
  auto bad = sco.session().chooseReceipt(ReceiptChoice::Sms, "12345");
  ASSERT_FALSE(bad);
  EXPECT_TRUE(held->sent.empty());
  ASSERT_TRUE(sco.session().chooseReceipt(ReceiptChoice::Sms, "138 1234 5678"));
  EXPECT_TRUE(sco.view().sendingSms);
  ASSERT_EQ(held->sent.size(), 1u);
  EXPECT_EQ(held->sent[0].to, "+8613812345678");
  const auto& text = held->sent[0].text;
  EXPECT_TRUE(has(text, "Demo Store")) << text;
  EXPECT_TRUE(has(text, sco.view().sale->receiptNo)) << text;
  EXPECT_TRUE(has(text, "2 line(s)")) << text;
  EXPECT_TRUE(has(text, "6.50")) << text;
  EXPECT_FALSE(has(text, "http")) << text;
  held->sent[0].done(possdk::Status::fail("the SMS gateway refused the connection"));
  EXPECT_EQ(sco.view().stage, Stage::ReceiptChoice);
  EXPECT_TRUE(has(sco.view().message, "refused")) << sco.view().message;
  ASSERT_TRUE(sco.session().chooseReceipt(ReceiptChoice::Sms, "+447700900123"));
  held->sent[1].done(possdk::Status::ok());
  EXPECT_EQ(sco.view().stage, Stage::ThankYou);
}

TEST(SelfCheckout, WithoutAGatewaySmsIsNotOffered) {
  SelfCheckoutFixture sco;
  EXPECT_FALSE(sco.view().smsOffered);
  ASSERT_TRUE(sco.session().scan(kColaCan));
  ASSERT_TRUE(sco.session().startPayment());
  ASSERT_TRUE(sco.session().pay("card", "OK1"));
  EXPECT_FALSE(sco.session().chooseReceipt(ReceiptChoice::Sms, "13812345678"));
}

TEST(SelfCheckoutSettings, EachBadKeyIsNamed) {
  postest::TempDir dir;
  auto load = [&](const std::string& json) { return poscore::Config::load(dir.write("pos.json", json)); };
  auto refusal = [&](const std::string& json) {
    try {
      (void)poscore::selfcheckout::selfCheckoutSettingsFrom(load(json));
    } catch (const std::invalid_argument& e) {
      return std::string(e.what());
    }
    return std::string("accepted");
  };
  EXPECT_TRUE(has(refusal("{}"), "self_checkout.staff_id"));
  EXPECT_TRUE(has(refusal(R"({"self_checkout":{"staff_id":"x1"}})"), "self_checkout.staff_id"));
  EXPECT_TRUE(has(refusal(R"({"self_checkout":{"staff_id":"8001","bagging":"yes"}})"), "self_checkout.bagging"));
  EXPECT_TRUE(has(refusal(R"({"self_checkout":{"staff_id":"8001","idle_timeout_seconds":1}})"), "idle_timeout_seconds"));
  const auto s = poscore::selfcheckout::selfCheckoutSettingsFrom(
      load(R"({"self_checkout":{"staff_id":"8001","bagging":true,"idle_timeout_seconds":30}})"));
  EXPECT_TRUE(s.bagging);
  EXPECT_EQ(s.idleTimeout, std::chrono::seconds(30));
  EXPECT_FALSE(s.cashDevice);
}

}  // namespace
}  // namespace scotest
