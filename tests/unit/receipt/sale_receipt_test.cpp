// Sale -> receipt document: what prints, in which language, and that it fits the paper.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "poscore/receipt/sale_receipt.hpp"
#include "poscore/receipt/text_width.hpp"
#include "doc_text.hpp"
#include "sample_sales.hpp"

namespace {

using namespace poscore::receipt;
using namespace receipttest;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;

ReceiptDoc laidOut(const Sale& sale, const ReceiptSettings& s, ReceiptOptions options = {}) {
  auto doc = layoutSaleReceipt(sale, s, options);
  EXPECT_TRUE(doc) << doc.error();
  return doc ? std::move(doc.value()) : ReceiptDoc(s.columns);
}

TEST(SaleReceipt, EveryLineFitsThePaperInEveryWidthAndLanguage) {
  for (int columns : {kColumns58mm, kColumns80mm}) {
    for (auto languages : {ReceiptLanguages::English, ReceiptLanguages::Chinese, ReceiptLanguages::Both}) {
      for (const auto& sale : {mixedSale(), milkReturn()}) {
        const auto doc = laidOut(sale, settings(columns, languages), {.reprint = true});
        for (const auto& e : doc.elements()) {
          const auto* t = std::get_if<TextLine>(&e);
          if (!t) continue;
          const int room = t->style.doubleWidth ? columns / 2 : columns;
          EXPECT_LE(displayWidth(t->text), room) << columns << " columns: \"" << t->text << "\"";
        }
      }
    }
  }
}

TEST(SaleReceipt, HeaderNumberDateAndCashier) {
  const auto lines = textLines(laidOut(mixedSale(), settings(42, ReceiptLanguages::English)));
  EXPECT_EQ(lines.at(0), "Corner Shop");
  EXPECT_EQ(lines.at(1), "1 Main Street");
  EXPECT_THAT(lines, Contains(row("Receipt", "L1-000042")));
  EXPECT_THAT(lines, Contains(row("Date", "2026-11-22 18:05:09")));  // UTC+8
  EXPECT_THAT(lines, Contains(row("Cashier", "c07")));
}

TEST(SaleReceipt, LinesWithQuantitiesWeightsAndTheirAdjustments) {
  const auto lines = textLines(laidOut(mixedSale(), settings(42, ReceiptLanguages::English)));
  const auto rice = std::find(lines.begin(), lines.end(), row("Rice", "24.60"));
  ASSERT_NE(rice, lines.end());
  EXPECT_EQ(*(rice + 1), "  2 x 12.30");
  EXPECT_EQ(*(rice + 2), row("  2 for 20.00", "-4.60"));
  EXPECT_EQ(*(rice + 3), row("Bananas", "3.06"));
  EXPECT_EQ(*(rice + 4), "  0.512 kg x 5.98/kg");
  EXPECT_EQ(*(rice + 5), row("Milk", "8.00"));  // one piece: no quantity line
  EXPECT_EQ(*(rice + 6), row("  10% off", "-0.80"));
  EXPECT_THAT(lines, Not(Contains(HasSubstr("Chocolate"))));  // voided
}

TEST(SaleReceipt, TotalsTaxRoundingTendersAndChange) {
  const auto doc = laidOut(mixedSale(), settings(42, ReceiptLanguages::English));
  const auto lines = textLines(doc);
  EXPECT_THAT(lines, Contains(row("Sale discount", "-0.50")));
  EXPECT_THAT(lines, Contains(row("Subtotal", "29.76")));
  EXPECT_THAT(lines, Contains(row("VAT 13% incl.", "3.42")));
  EXPECT_THAT(lines, Contains(row("TOTAL", "29.76")));
  EXPECT_THAT(lines, Contains(row("Rounding", "-0.06")));
  EXPECT_THAT(lines, Contains(row("Due", "29.70")));
  EXPECT_THAT(lines, Contains(row("Card", "10.00")));
  EXPECT_THAT(lines, Contains("  Approval: 123456"));
  EXPECT_THAT(lines, Contains(row("Cash", "50.00")));
  EXPECT_THAT(lines, Contains(row("Change", "30.30")));
}

TEST(SaleReceipt, BarcodeQrAndCutCloseTheReceipt) {
  const auto doc = laidOut(mixedSale(), settings(42, ReceiptLanguages::English));
  const auto& e = doc.elements();
  ASSERT_TRUE(std::holds_alternative<Cut>(e.back()));
  const auto barcode = std::find_if(e.begin(), e.end(), [](const Element& x) { return std::holds_alternative<Barcode>(x); });
  ASSERT_NE(barcode, e.end());
  EXPECT_EQ(std::get<Barcode>(*barcode).data, "L1-000042");
  const auto qr = std::find_if(e.begin(), e.end(), [](const Element& x) { return std::holds_alternative<QrCode>(x); });
  ASSERT_NE(qr, e.end());
  EXPECT_EQ(std::get<QrCode>(*qr).payload, "receipt=L1-000042&total=29.76");
  EXPECT_THAT(textLines(doc), Contains("Thank you"));
}

TEST(SaleReceipt, ChineseReceiptNamesAndWords) {
  const auto lines = textLines(laidOut(mixedSale(), settings(32, ReceiptLanguages::Chinese)));
  EXPECT_THAT(lines, Contains(row("大米", "24.60", 32)));
  EXPECT_THAT(lines, Contains(row("  两件20元", "-4.60", 32)));
  EXPECT_THAT(lines, Contains(row("合计", "29.76", 32)));
  EXPECT_THAT(lines, Contains(row("增值税13% 含", "3.42", 32)));
  EXPECT_THAT(lines, Contains(row("找零", "30.30", 32)));
  EXPECT_THAT(lines, Not(Contains(HasSubstr("Rice"))));
}

TEST(SaleReceipt, BothLanguagesPrintTheChineseNameUnderTheEnglish) {
  const auto lines = textLines(laidOut(mixedSale(), settings(42, ReceiptLanguages::Both)));
  const auto rice = std::find(lines.begin(), lines.end(), row("Rice", "24.60"));
  ASSERT_NE(rice, lines.end());
  EXPECT_EQ(*(rice + 1), "大米");
  EXPECT_THAT(lines, Contains(row("Subtotal 小计", "29.76")));
}

TEST(SaleReceipt, AnOverriddenPriceIsThePriceShown) {
  auto sale = mixedSale();
  sale.lines.at(0).priceOverride = m(1000);
  sale.lines.at(0).gross = m(2000);
  const auto lines = textLines(laidOut(sale, settings(42, ReceiptLanguages::English)));
  EXPECT_THAT(lines, Contains("  2 x 10.00"));
  EXPECT_THAT(lines, Contains(row("Rice", "20.00")));
}

TEST(SaleReceipt, AVariableMeasureLabelShowsItsWeightAndPrintedPrice) {
  auto sale = mixedSale();
  sale.lines.at(1).embeddedPrice = m(310);
  sale.lines.at(1).gross = m(310);
  const auto lines = textLines(laidOut(sale, settings(42, ReceiptLanguages::English)));
  const auto bananas = std::find(lines.begin(), lines.end(), row("Bananas", "3.10"));
  ASSERT_NE(bananas, lines.end());
  EXPECT_EQ(*(bananas + 1), "  0.512 kg");
}

TEST(SaleReceipt, AReturnSaysRefundAndNamesTheOriginalReceipt) {
  const auto lines = textLines(laidOut(milkReturn(), settings(42, ReceiptLanguages::English)));
  EXPECT_THAT(lines, Contains("REFUND"));
  EXPECT_THAT(lines, Contains(row("Original receipt", "L1-000042")));
  EXPECT_THAT(lines, Contains(row("Milk", "-8.00")));
  EXPECT_THAT(lines, Contains("  -1 x 8.00"));
  EXPECT_THAT(lines, Contains(row("REFUND TOTAL", "-8.00")));
  EXPECT_THAT(lines, Contains(row("Cash", "-8.00")));
  EXPECT_THAT(lines, Not(Contains(HasSubstr("Change"))));
}

TEST(SaleReceipt, AReprintCarriesItsBannerAndTheOriginalDoesNot) {
  const auto s = settings(42, ReceiptLanguages::English);
  EXPECT_THAT(textLines(laidOut(mixedSale(), s, {.reprint = true})), Contains("REPRINT"));
  EXPECT_THAT(textLines(laidOut(mixedSale(), s)), Not(Contains("REPRINT")));
}

TEST(SaleReceipt, AnExclusiveTaxHasNoInclMark) {
  auto s = settings(42, ReceiptLanguages::English);
  s.taxClasses["A"] = {"Sales tax", "", false};
  EXPECT_THAT(textLines(laidOut(mixedSale(), s)), Contains(row("Sales tax", "3.42")));
}

TEST(SaleReceipt, ACashOnlySaleShowsWhatWasHandedOver) {
  auto sale = mixedSale();
  sale.tenders = {Tender{1, "cash", m(2970), m(3000), ""}};
  sale.totals.change = m(30);
  const auto lines = textLines(laidOut(sale, settings(42, ReceiptLanguages::English)));
  EXPECT_THAT(lines, Contains(row("Cash", "30.00")));
  EXPECT_THAT(lines, Contains(row("Change", "0.30")));
}

TEST(SaleReceipt, APluginTenderPrintsItsKindAndReference) {
  auto sale = mixedSale();
  sale.tenders = {Tender{1, "points", m(2970), m(0), "RDM-9"}};
  sale.totals.change = m(0);
  const auto lines = textLines(laidOut(sale, settings(42, ReceiptLanguages::English)));
  EXPECT_THAT(lines, Contains(row("points", "29.70")));
  EXPECT_THAT(lines, Contains("  RDM-9"));
}

TEST(SaleReceipt, AnOpenOrUnnumberedSaleIsRefused) {
  auto open = mixedSale();
  open.state = SaleState::Open;
  auto refused = layoutSaleReceipt(open, settings(42, ReceiptLanguages::English));
  ASSERT_FALSE(refused);
  EXPECT_THAT(refused.error(), HasSubstr("sale-1"));
  EXPECT_THAT(refused.error(), HasSubstr("not completed"));

  auto unnumbered = mixedSale();
  unnumbered.receiptNo.clear();
  EXPECT_FALSE(layoutSaleReceipt(unnumbered, settings(42, ReceiptLanguages::English)));

  auto orphan = milkReturn();
  orphan.originalReceiptNo.clear();
  auto orphanRefused = layoutSaleReceipt(orphan, settings(42, ReceiptLanguages::English));
  ASSERT_FALSE(orphanRefused);
  EXPECT_THAT(orphanRefused.error(), HasSubstr("original receipt number"));
}

TEST(NoSaleSlip, SaysNoSaleWithCashierAndReason) {
  const auto doc = layoutNoSaleSlip({"c07", "change for the float", closingTime()}, settings(32, ReceiptLanguages::Both));
  const auto lines = textLines(doc);
  EXPECT_THAT(lines, Contains("NO SALE 开钱箱"));
  EXPECT_THAT(lines, Contains(row("Cashier 收银员", "c07", 32)));
  EXPECT_THAT(lines, Contains("Reason 原因: change for the"));  // wrapped to 32 columns
  EXPECT_THAT(lines, Contains("float"));
  EXPECT_TRUE(std::holds_alternative<Cut>(doc.elements().back()));
}

}  // namespace
