#include <gtest/gtest.h>

#include "counter_fixture.hpp"
#include "poscore/barcode/gtin.hpp"

namespace countertest {
namespace {

using poscore::Money;
using poscore::counter::Notice;

constexpr const char* kColaCan = "6921270000016";     // 3.00, tax A
constexpr const char* kTeaDrink = "6921270000092";    // 3.50, in "any 3 for 10.00"
constexpr const char* kSparkling = "6921270000153";   // 5.50, in "any 3 for 10.00"

Money yuan(std::int64_t fen) { return Money::minor(fen); }

std::string bananaLabel(int priceFen) {
  char value[6];
  std::snprintf(value, sizeof value, "%05d", priceFen);
  const std::string body = std::string("2010004") + value;
  return body + *poscore::barcode::gs1CheckDigit(body);
}

bool anyNoticeHas(const poscore::counter::View& view, const std::string& text) {
  for (const auto& n : view.notices) {
    if (n.text.find(text) != std::string::npos) return true;
  }
  return false;
}

TEST(CounterSale, NothingWorksBeforeSignOnAndAWrongPinIsRefused) {
  CounterFixture lane;
  auto scanned = lane.session().scan(kColaCan);
  ASSERT_FALSE(scanned);
  EXPECT_NE(scanned.error().find("sign on"), std::string::npos) << scanned.error();
  EXPECT_FALSE(lane.session().signOn("1001", "0000"));
  EXPECT_FALSE(lane.session().view().staff);
}

TEST(CounterSale, ACashSaleCompletesGivesChangePrintsAndOpensTheDrawer) {
  CounterFixture lane;
  lane.signOnCashier();
  auto& s = lane.session();
  ASSERT_TRUE(s.scan(kColaCan));
  ASSERT_TRUE(s.scan(kColaCan));
  ASSERT_TRUE(s.setQuantity(2, 3));
  ASSERT_EQ(s.view().sale->totals.total, yuan(1200));
  auto paid = s.tender("cash", yuan(2000), "");
  ASSERT_TRUE(paid) << paid.error();
  const auto& view = s.view();
  EXPECT_FALSE(view.sale);
  ASSERT_TRUE(view.lastCompleted);
  EXPECT_EQ(view.lastCompleted->totals.change, yuan(800));
  EXPECT_TRUE(anyNoticeHas(view, "8.00")) << "the change is shown";
  const auto receiptNo = view.lastCompleted->receiptNo;
  EXPECT_EQ(receiptNo, "T01-00000001");
  ASSERT_TRUE(lane.printer.waitForPrinted(100));
  const auto paper = lane.printedText();
  EXPECT_NE(paper.find(receiptNo), std::string::npos);
  EXPECT_NE(paper.find("\x1bp"), std::string::npos) << "cash opens the drawer";
}

TEST(CounterSale, TheChangeNoticeGoesWhenTheNextSaleOrReturnOpens) {
  CounterFixture lane;
  lane.signOnCashier();
  auto& s = lane.session();
  ASSERT_TRUE(s.scan(kColaCan));
  ASSERT_TRUE(s.tender("cash", yuan(1000), ""));
  ASSERT_TRUE(anyNoticeHas(s.view(), "7.00"));
  EXPECT_FALSE(s.scan("6921270000019")) << "a wrong check digit opens nothing";
  EXPECT_TRUE(anyNoticeHas(s.view(), "7.00")) << "a refused scan changes nothing";
  ASSERT_TRUE(s.scan(kColaCan));
  EXPECT_FALSE(anyNoticeHas(s.view(), "7.00")) << "the change was the last sale's";
  ASSERT_TRUE(s.tender("cash", yuan(500), ""));
  ASSERT_TRUE(anyNoticeHas(s.view(), "2.00"));
  ASSERT_TRUE(s.startReturn(s.view().lastCompleted->receiptNo));
  EXPECT_FALSE(anyNoticeHas(s.view(), "2.00")) << "nor is it the refund's";
}

TEST(CounterSale, PromotionsAreAppliedAndShownOnTheLines) {
  CounterFixture lane;
  lane.signOnCashier();
  auto& s = lane.session();
  ASSERT_TRUE(s.scan(kTeaDrink));
  ASSERT_TRUE(s.scan(kTeaDrink));
  ASSERT_TRUE(s.scan(kSparkling));
  EXPECT_EQ(s.view().sale->totals.total, yuan(1000)) << "any 3 for 10.00";
  bool labelled = false;
  for (const auto& line : s.view().sale->lines) labelled = labelled || !line.adjustments.empty();
  EXPECT_TRUE(labelled);
}

TEST(CounterSale, AWrongCheckDigitIsRefusedAndNothingIsAdded) {
  CounterFixture lane;
  lane.signOnCashier();
  auto refused = lane.session().scan("6921270000017");
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().find("check digit"), std::string::npos) << refused.error();
  EXPECT_FALSE(lane.session().view().sale);
}

TEST(CounterSale, AnUnknownBarcodeIsNamedInTheRefusal) {
  CounterFixture lane;
  lane.signOnCashier();
  auto refused = lane.session().scan("4006381333931");
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().find("4006381333931 is not in the catalog"), std::string::npos) << refused.error();
}

TEST(CounterSale, AKeyedSkuSellsTheArticle) {
  CounterFixture lane;
  lane.signOnCashier();
  ASSERT_TRUE(lane.session().scan("692-1270-001"));
  EXPECT_EQ(lane.session().view().sale->lines.at(0).nameEn, "Cola 330 ml Can");
}

TEST(CounterSale, APriceLabelFromTheDepartmentScaleSellsAtItsPrice) {
  CounterFixture lane;
  lane.signOnCashier();
  ASSERT_TRUE(lane.session().scan(bananaLabel(1234)));
  const auto& line = lane.session().view().sale->lines.at(0);
  EXPECT_EQ(line.nameEn, "Bananas");
  EXPECT_EQ(line.gross, yuan(1234));
}

TEST(CounterSale, AWeighedItemTakesTheScalesSteadyWeightLessTare) {
  CounterFixture lane;
  lane.signOnCashier();
  auto waiting = lane.session().scan("W-10004");
  ASSERT_FALSE(waiting) << "no steady weight yet";
  EXPECT_NE(waiting.error().find("scale"), std::string::npos) << waiting.error();
  lane.scale.grams = 1005;
  ASSERT_TRUE(lane.session().scan("W-10004"));
  const auto& line = lane.session().view().sale->lines.at(0);
  EXPECT_EQ(line.quantity, 1000) << "5 g tare taken off";
}

TEST(CounterSale, APriceOverrideNeedsASupervisor) {
  CounterFixture lane;
  lane.signOnCashier();
  auto& s = lane.session();
  ASSERT_TRUE(s.scan(kColaCan));
  EXPECT_FALSE(s.overridePrice(1, yuan(250), "dented can", std::nullopt));
  EXPECT_FALSE(s.overridePrice(1, yuan(250), "dented can", poscore::counter::Approval{"1001", "1234"}))
      << "a cashier cannot approve";
  ASSERT_TRUE(s.overridePrice(1, yuan(250), "dented can", kSupervisor));
  EXPECT_EQ(s.view().sale->totals.total, yuan(250));
  EXPECT_EQ(s.view().sale->lines.at(0).overrideBy->userId, "9001");
}

TEST(CounterSale, DiscountsAndVoidsChangeTheTotal) {
  CounterFixture lane;
  lane.signOnSupervisor();
  auto& s = lane.session();
  ASSERT_TRUE(s.scan(kColaCan));
  ASSERT_TRUE(s.scan(kSparkling));
  ASSERT_TRUE(s.voidLine(2));
  EXPECT_EQ(s.view().sale->totals.total, yuan(300));
  EXPECT_FALSE(s.voidLine(2)) << "already voided";
  poscore::sale::ManualDiscount tenPercent{poscore::sale::ManualDiscount::Kind::Percent, 1000, {"", "loyal customer"}};
  ASSERT_TRUE(s.discountSale(tenPercent, std::nullopt));
  EXPECT_EQ(s.view().sale->totals.total, yuan(270));
}

TEST(CounterSale, BadQuantitiesAreRefused) {
  CounterFixture lane;
  lane.signOnCashier();
  auto& s = lane.session();
  ASSERT_TRUE(s.scan(kColaCan));
  EXPECT_FALSE(s.setQuantity(1, 0));
  EXPECT_FALSE(s.setQuantity(1, -2));
  EXPECT_FALSE(s.setQuantity(1, 100000));
  EXPECT_FALSE(s.setQuantity(9, 2)) << "no such line";
  EXPECT_EQ(s.view().sale->lines.at(0).quantity, 1);
}

TEST(CounterSale, MixedTendersAndACardCannotPayMoreThanIsDue) {
  CounterFixture lane;
  lane.signOnCashier();
  auto& s = lane.session();
  ASSERT_TRUE(s.scan(kSparkling));
  ASSERT_TRUE(s.scan(kSparkling));  // 11.00
  EXPECT_FALSE(s.tender("card", yuan(2000), "A1B2C3")) << "a card pays at most what is due";
  EXPECT_FALSE(s.tender("card", yuan(500), "")) << "a card needs its approval code";
  ASSERT_TRUE(s.tender("cash", yuan(500), ""));
  ASSERT_TRUE(s.view().sale) << "5.00 of 11.00 paid";
  EXPECT_FALSE(s.scan(kColaCan)) << "no new items once paying has started";
  ASSERT_TRUE(s.tender("card", yuan(600), "A1B2C3"));
  ASSERT_TRUE(s.view().lastCompleted);
  EXPECT_EQ(s.view().lastCompleted->tenders.size(), 2u);
}

TEST(CounterSale, AnOpenSaleSurvivesARestart) {
  CounterFixture lane;
  lane.signOnCashier();
  ASSERT_TRUE(lane.session().scan(kColaCan));
  ASSERT_TRUE(lane.session().scan(kTeaDrink));
  lane.restart();
  const auto& view = lane.session().view();
  ASSERT_TRUE(view.sale);
  EXPECT_EQ(view.sale->lines.size(), 2u);
  EXPECT_FALSE(view.staff) << "the cashier signs on again";
  lane.signOnCashier();
  ASSERT_TRUE(lane.session().tender("cash", yuan(1000), ""));
  EXPECT_TRUE(lane.session().view().lastCompleted);
}

TEST(CounterSale, SuspendAndResume) {
  CounterFixture lane;
  lane.signOnCashier();
  auto& s = lane.session();
  ASSERT_TRUE(s.scan(kColaCan));
  ASSERT_TRUE(s.suspend());
  EXPECT_FALSE(s.view().sale);
  const auto parked = s.suspended();
  ASSERT_EQ(parked.size(), 1u);
  EXPECT_EQ(parked[0].total, yuan(300));
  ASSERT_TRUE(s.scan(kTeaDrink));
  EXPECT_FALSE(s.resume(parked[0].saleId)) << "another sale is open";
  ASSERT_TRUE(s.tender("cash", yuan(350), ""));
  ASSERT_TRUE(s.resume(parked[0].saleId));
  EXPECT_EQ(s.view().sale->lines.size(), 1u);
  EXPECT_TRUE(s.suspended().empty());
}

TEST(CounterSale, SignOffIsRefusedWhileASaleIsOpen) {
  CounterFixture lane;
  lane.signOnCashier();
  ASSERT_TRUE(lane.session().scan(kColaCan));
  EXPECT_FALSE(lane.session().signOff());
  ASSERT_TRUE(lane.session().cancelSale("customer left"));
  EXPECT_TRUE(lane.session().signOff());
}

TEST(CounterSale, NoSaleNeedsAReasonAndOpensTheDrawer) {
  CounterFixture lane;
  lane.signOnCashier();
  EXPECT_FALSE(lane.session().noSale(""));
  ASSERT_TRUE(lane.session().noSale("change for the float"));
  ASSERT_TRUE(lane.printer.waitForPrinted(5));
  EXPECT_NE(lane.printedText().find("\x1bp"), std::string::npos);
}

TEST(CounterSale, APrinterThatIsDownQueuesTheReceiptAndTheSaleStillCompletes) {
  CounterFixture lane;
  lane.signOnCashier();
  lane.printer.goOffline();
  auto& s = lane.session();
  ASSERT_TRUE(s.scan(kColaCan));
  ASSERT_TRUE(s.tender("cash", yuan(300), ""));
  ASSERT_TRUE(s.view().lastCompleted) << "the sale stands";
  EXPECT_TRUE(anyNoticeHas(s.view(), "queued")) << "the cashier is told";
  EXPECT_NE(s.view().printerState.find("1 receipt"), std::string::npos) << s.view().printerState;
  lane.printer.comeBack();
  lane.clock->advance(std::chrono::seconds(3));
  s.poll();
  ASSERT_TRUE(lane.printer.waitForPrinted(100));
  EXPECT_NE(lane.printedText().find(s.view().lastCompleted->receiptNo), std::string::npos);
}

TEST(CounterSale, PaperOutQueuesTheReceipt) {
  CounterFixture lane;
  lane.signOnCashier();
  lane.printer.setStatus(0x1A, 0x32, 0x7E);  // what a printer out of paper answers
  ASSERT_TRUE(lane.session().scan(kColaCan));
  ASSERT_TRUE(lane.session().tender("cash", yuan(300), ""));
  EXPECT_TRUE(anyNoticeHas(lane.session().view(), "paper")) << lane.session().view().printerState;
}

}  // namespace
}  // namespace countertest
