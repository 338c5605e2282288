// The customer's receipt choice decides whether paper is printed.
#include <gtest/gtest.h>

#include "self_checkout_fixture.hpp"

namespace scotest {
namespace {

using poscore::counter::ReceiptPrinting;
using poscore::selfcheckout::ReceiptChoice;
using poscore::selfcheckout::Stage;

constexpr const char* kCut = "\x1dV";  // every slip ends with a cut

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
  return n;
}

// Scans a can and pays by card; answers the receipt number on the receipt choice.
std::string payByCard(SelfCheckoutFixture& sco) {
  EXPECT_TRUE(sco.session().scan(kColaCan));
  EXPECT_TRUE(sco.session().startPayment());
  auto paid = sco.session().pay("card", "OK1");
  EXPECT_TRUE(paid) << paid.error();
  EXPECT_EQ(sco.view().stage, Stage::ReceiptChoice);
  return sco.view().sale ? sco.view().sale->receiptNo : std::string{};
}

TEST(SelfCheckoutReceipt, TheSessionAsksTheCounterForReceiptsOnRequestWhileItLives) {
  SelfCheckoutFixture sco;
  EXPECT_EQ(sco.lane.session().receiptPrinting(), ReceiptPrinting::OnRequest);
  sco.session_.reset();
  EXPECT_EQ(sco.lane.session().receiptPrinting(), ReceiptPrinting::Always) << "the counter's own choice is back";
}

TEST(SelfCheckoutReceipt, PrintPrintsTheOriginalReceiptOnceWhenTheCustomerAsks) {
  SelfCheckoutFixture sco;
  const auto receiptNo = payByCard(sco);
  EXPECT_FALSE(has(sco.lane.printedUpToMarker(), receiptNo)) << "nothing prints before the choice";
  sco.lane.printer.clear();
  ASSERT_TRUE(sco.session().chooseReceipt(ReceiptChoice::Print));
  EXPECT_EQ(sco.view().stage, Stage::ThankYou);
  EXPECT_FALSE(sco.session().chooseReceipt(ReceiptChoice::Print)) << "one choice per sale";
  EXPECT_FALSE(sco.lane.session().printReceipt(receiptNo)) << "the counter will not print it again either";
  const auto paper = sco.lane.printedUpToMarker();
  EXPECT_TRUE(has(paper, receiptNo));
  EXPECT_FALSE(has(paper, "REPRINT"));
  EXPECT_EQ(count(paper, kCut), 2u) << "the receipt once, then the marker";
}

TEST(SelfCheckoutReceipt, SmsSendsTheReceiptAndPrintsNothing) {
  SelfCheckoutFixture sco(false, true);
  const auto receiptNo = payByCard(sco);
  ASSERT_TRUE(sco.session().chooseReceipt(ReceiptChoice::Sms, "13812345678"));
  ASSERT_EQ(sco.heldSms.sent.size(), 1u);
  EXPECT_TRUE(has(sco.heldSms.sent[0].text, receiptNo));
  sco.heldSms.sent[0].done(possdk::Status::ok());
  EXPECT_EQ(sco.view().stage, Stage::ThankYou);
  const auto paper = sco.lane.printedUpToMarker();
  EXPECT_FALSE(has(paper, receiptNo));
  EXPECT_EQ(count(paper, kCut), 1u) << "only the marker printed";
}

TEST(SelfCheckoutReceipt, NoReceiptPrintsNothing) {
  SelfCheckoutFixture sco;
  const auto receiptNo = payByCard(sco);
  ASSERT_TRUE(sco.session().chooseReceipt(ReceiptChoice::None));
  EXPECT_EQ(sco.view().stage, Stage::ThankYou);
  const auto paper = sco.lane.printedUpToMarker();
  EXPECT_FALSE(has(paper, receiptNo));
  EXPECT_EQ(count(paper, kCut), 1u) << "only the marker printed";
}

TEST(SelfCheckoutReceipt, APrinterOutOfPaperCallsTheAttendantAndTheReceiptPrintsOnceItIsFixed) {
  SelfCheckoutFixture sco;
  const auto receiptNo = payByCard(sco);
  sco.lane.printer.setStatus(0x1A, 0x32, 0x7E);  // what a printer out of paper answers
  ASSERT_TRUE(sco.session().chooseReceipt(ReceiptChoice::Print));
  EXPECT_EQ(sco.view().stage, Stage::Attendant);
  EXPECT_TRUE(has(sco.view().attendantReason, "out of paper")) << sco.view().attendantReason;
  EXPECT_EQ(sco.view().message, sco.view().attendantReason) << "the customer sees it";
  ASSERT_TRUE(sco.session().approve(countertest::kSupervisor.supervisorId, countertest::kSupervisor.pin));
  EXPECT_EQ(sco.view().stage, Stage::ThankYou) << "the receipt waits in the queue; the customer may go";
  ASSERT_TRUE(sco.view().sale) << "the thank-you screen still shows what was paid";
  EXPECT_EQ(sco.view().sale->receiptNo, receiptNo);
  sco.lane.printer.setStatus(0x12, 0x12, 0x12);  // paper loaded
  sco.lane.clock->advance(std::chrono::seconds(3));
  sco.lane.session().poll();
  const auto paper = sco.lane.printedUpToMarker();
  EXPECT_TRUE(has(paper, receiptNo));
  EXPECT_EQ(count(paper, kCut), 2u);
}

TEST(SelfCheckoutReceipt, AReceiptTheCounterRefusesCallsTheAttendantAndLeavesTheChoiceOpen) {
  SelfCheckoutFixture sco;
  const auto receiptNo = payByCard(sco);
  ASSERT_TRUE(sco.lane.session().printReceipt(receiptNo));  // printed behind the customer's back
  auto refused = sco.session().chooseReceipt(ReceiptChoice::Print);
  ASSERT_FALSE(refused);
  EXPECT_TRUE(has(refused.error(), "already been printed")) << refused.error();
  EXPECT_EQ(sco.view().stage, Stage::Attendant);
  EXPECT_EQ(sco.view().attendantReason, refused.error());
  ASSERT_TRUE(sco.session().approve(countertest::kSupervisor.supervisorId, countertest::kSupervisor.pin));
  EXPECT_EQ(sco.view().stage, Stage::ReceiptChoice) << "the customer may choose another way";
  ASSERT_TRUE(sco.session().chooseReceipt(ReceiptChoice::None));
  EXPECT_EQ(count(sco.lane.printedUpToMarker(), kCut), 2u) << "the one receipt and the marker";
}

}  // namespace
}  // namespace scotest
