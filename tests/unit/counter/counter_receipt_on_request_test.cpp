// Receipts on request: a completed sale that prints only when printReceipt() asks, once.
#include <gtest/gtest.h>

#include "counter_fixture.hpp"
#include "poscore/counter/held_receipts.hpp"
#include "poscore/sync/outbox_queue.hpp"

namespace countertest {
namespace {

using poscore::Money;
using poscore::counter::Paper;
using poscore::counter::ReceiptPrinting;

constexpr const char* kColaCan = "6921270000016";  // 3.00
constexpr const char* kCut = "\x1dV";  // every slip ends with a cut

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
  return n;
}

// Sells one can by card and answers its receipt number.
std::string sellByCard(CounterFixture& lane) {
  auto& s = lane.session();
  EXPECT_TRUE(s.scan(kColaCan));
  auto paid = s.tender("card", Money::minor(300), "A1B2");
  EXPECT_TRUE(paid) << paid.error();
  return s.view().lastCompleted ? s.view().lastCompleted->receiptNo : std::string{};
}

TEST(CounterReceiptOnRequest, AlwaysIsTheDefaultAndPrintsAsTheSaleCompletes) {
  CounterFixture lane;
  lane.signOnCashier();
  EXPECT_EQ(lane.session().receiptPrinting(), ReceiptPrinting::Always);
  const auto receiptNo = sellByCard(lane);
  const auto paper = lane.printedUpToMarker();
  EXPECT_TRUE(has(paper, receiptNo));
  auto again = lane.session().printReceipt(receiptNo);
  ASSERT_FALSE(again);
  EXPECT_TRUE(has(again.error(), "printed when its sale was paid")) << again.error();
}

TEST(CounterReceiptOnRequest, TheSaleIsJournaledAndQueuedForTheServerButNotPrinted) {
  CounterFixture lane;
  lane.signOnCashier();
  lane.session().setReceiptPrinting(ReceiptPrinting::OnRequest);
  const auto receiptNo = sellByCard(lane);
  ASSERT_EQ(receiptNo, "T01-00000001");
  EXPECT_FALSE(lane.session().view().sale);
  auto pending = poscore::sync::OutboxQueue(*lane.db).pending(10);
  ASSERT_TRUE(pending) << pending.error();
  ASSERT_EQ(pending.value().size(), 1u);
  EXPECT_EQ(pending.value()[0].idempotencyKey, "sale:" + receiptNo);
  const auto paper = lane.printedUpToMarker();
  EXPECT_FALSE(has(paper, receiptNo)) << "no paper until the customer asks";
  EXPECT_EQ(count(paper, kCut), 1u) << "only the marker printed";
}

TEST(CounterReceiptOnRequest, PrintReceiptPrintsTheOriginalOnceThenRefuses) {
  CounterFixture lane;
  lane.signOnCashier();
  lane.session().setReceiptPrinting(ReceiptPrinting::OnRequest);
  const auto receiptNo = sellByCard(lane);
  auto first = lane.session().printReceipt(receiptNo);
  ASSERT_TRUE(first) << first.error();
  EXPECT_EQ(first.value(), Paper::Printed);
  auto second = lane.session().printReceipt(receiptNo);
  ASSERT_FALSE(second);
  EXPECT_TRUE(has(second.error(), "already been printed")) << second.error();
  const auto paper = lane.printedUpToMarker();
  EXPECT_TRUE(has(paper, receiptNo));
  EXPECT_FALSE(has(paper, "REPRINT")) << "the original, not a copy";
  EXPECT_EQ(count(paper, kCut), 2u) << "the receipt once, then the marker";
  ASSERT_TRUE(lane.session().reprintLast()) << "a copy is still there for the asking";
  ASSERT_TRUE(lane.printer.waitForPrinted(paper.size() + 1));
}

TEST(CounterReceiptOnRequest, AReceiptNumberThatIsNoSaleOfTheLaneIsRefused) {
  CounterFixture lane;
  lane.signOnCashier();
  lane.session().setReceiptPrinting(ReceiptPrinting::OnRequest);
  auto unknown = lane.session().printReceipt("T01-00000099");
  ASSERT_FALSE(unknown);
  EXPECT_TRUE(has(unknown.error(), "There is no sale with receipt number T01-00000099")) << unknown.error();
}

TEST(CounterReceiptOnRequest, AHeldReceiptOutlivesARestartAndStillPrintsOnce) {
  CounterFixture lane;
  lane.signOnCashier();
  lane.session().setReceiptPrinting(ReceiptPrinting::OnRequest);
  const auto receiptNo = sellByCard(lane);
  lane.restart();
  lane.signOnCashier();
  EXPECT_EQ(lane.session().receiptPrinting(), ReceiptPrinting::Always) << "the setting's choice again";
  auto printed = lane.session().printReceipt(receiptNo);
  ASSERT_TRUE(printed) << printed.error();
  EXPECT_FALSE(lane.session().printReceipt(receiptNo));
  EXPECT_EQ(count(lane.printedUpToMarker(), kCut), 2u);
}

TEST(CounterReceiptOnRequest, ACashSaleStillPrintsAsItCompletesSinceTheDrawerOpensWithIt) {
  CounterFixture lane;
  lane.signOnCashier();
  lane.session().setReceiptPrinting(ReceiptPrinting::OnRequest);
  ASSERT_TRUE(lane.session().scan(kColaCan));
  ASSERT_TRUE(lane.session().tender("cash", Money::minor(500), ""));
  const auto receiptNo = lane.session().view().lastCompleted->receiptNo;
  const auto paper = lane.printedUpToMarker();
  EXPECT_TRUE(has(paper, receiptNo));
  EXPECT_TRUE(has(paper, "\x1bp")) << "cash opens the drawer";
  EXPECT_FALSE(lane.session().printReceipt(receiptNo));
}

TEST(CounterReceiptOnRequest, APrinterThatIsDownQueuesTheAskedReceiptWhichThenCountsAsPrinted) {
  CounterFixture lane;
  lane.signOnCashier();
  lane.session().setReceiptPrinting(ReceiptPrinting::OnRequest);
  const auto receiptNo = sellByCard(lane);
  lane.printer.goOffline();
  auto queued = lane.session().printReceipt(receiptNo);
  ASSERT_TRUE(queued) << queued.error();
  EXPECT_EQ(queued.value(), Paper::Queued);
  EXPECT_TRUE(has(lane.session().view().printerState, "1 receipt queued")) << lane.session().view().printerState;
  EXPECT_FALSE(lane.session().printReceipt(receiptNo)) << "queued is on its way: asking again would print it twice";
  lane.printer.comeBack();
  lane.clock->advance(std::chrono::seconds(3));
  lane.session().poll();
  const auto paper = lane.printedUpToMarker();
  EXPECT_TRUE(has(paper, receiptNo));
  EXPECT_EQ(count(paper, kCut), 2u);
}

TEST(CounterReceiptOnRequest, TheSettingTakesAlwaysOrOnRequestAndNamesItselfWhenWrong) {
  postest::TempDir dir;
  auto load = [&](const std::string& json) { return poscore::Config::load(dir.write("pos.json", json)); };
  EXPECT_EQ(poscore::counter::receiptPrintingFrom(load("{}")).value(), ReceiptPrinting::Always);
  EXPECT_EQ(poscore::counter::receiptPrintingFrom(load(R"({"receipt":{"print":"always"}})")).value(), ReceiptPrinting::Always);
  EXPECT_EQ(poscore::counter::receiptPrintingFrom(load(R"({"receipt":{"print":"on_request"}})")).value(),
            ReceiptPrinting::OnRequest);
  auto wrong = poscore::counter::receiptPrintingFrom(load(R"({"receipt":{"print":"never"}})"));
  ASSERT_FALSE(wrong);
  EXPECT_TRUE(has(wrong.error(), "receipt.print")) << wrong.error();
  EXPECT_TRUE(has(wrong.error(), "on_request")) << wrong.error();
}

TEST(HeldReceipts, AHoldThatCannotBeWrittenUndoesTheCommitWithIt) {
  postest::TempDir dir;
  poscore::ManualClock clock;
  poscore::LaneDb db(dir / "lane.db");
  poscore::counter::HeldReceipts held(db, clock);
  ASSERT_TRUE(db.exec("CREATE TABLE committed(receipt_no TEXT)"));
  auto commit = [&]() -> possdk::Result<std::string> {
    if (auto wrote = db.exec("INSERT INTO committed VALUES('R1')"); !wrote) return possdk::Result<std::string>::fail(wrote.error());
    return std::string("R1");
  };
  ASSERT_TRUE(held.holdWith(commit));
  EXPECT_EQ(held.state("R1").value(), poscore::counter::HeldReceipts::State::Waiting);
  EXPECT_FALSE(held.holdWith(commit)) << "R1 is held already";
  auto rows = db.query("SELECT count(*) FROM committed");
  ASSERT_TRUE(rows);
  EXPECT_EQ(std::get<std::int64_t>(rows.value().at(0).at(0)), 1) << "the second commit was rolled back with its hold";
  ASSERT_TRUE(held.markPrinted("R1"));
  EXPECT_EQ(held.state("R1").value(), poscore::counter::HeldReceipts::State::Printed);
  EXPECT_FALSE(held.markPrinted("R1"));
  EXPECT_EQ(held.state("R2").value(), poscore::counter::HeldReceipts::State::NotHeld);
}

}  // namespace
}  // namespace countertest
