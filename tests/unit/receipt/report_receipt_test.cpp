// X and Z reports on receipt paper, and through the print queue.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "doc_text.hpp"
#include "poscore/printer/file_printer_port.hpp"
#include "poscore/printer/receipt_printer.hpp"
#include "poscore/receipt/report_receipt.hpp"
#include "poscore/services/clocks.hpp"
#include "sample_sales.hpp"
#include "temp_dir.hpp"

namespace {

using namespace poscore::receipt;
using namespace receipttest;
using poscore::reports::Report;
using poscore::reports::ReportKind;
using ::testing::Contains;
using ::testing::Not;
using namespace std::chrono_literals;

// Day 7 with the mixed cash sale, the card sale and the milk return.
Report dayReport(ReportKind kind) {
  const poscore::reports::Period day{7, closingTime() - 10h, closingTime() + 1h};
  return poscore::reports::aggregate(kind, day, {{mixedSale(), cardSale(), milkReturn()}, {}, {}});
}

TEST(ReportReceipt, EveryLineFitsThePaperInEveryWidthAndLanguage) {
  for (int columns : {kColumns58mm, kColumns80mm}) {
    for (auto languages : {ReceiptLanguages::English, ReceiptLanguages::Chinese, ReceiptLanguages::Both}) {
      const auto doc = layoutReport(dayReport(ReportKind::Z), settings(columns, languages));
      for (const auto& e : doc.elements()) {
        const auto* t = std::get_if<TextLine>(&e);
        if (!t) continue;
        const int room = t->style.doubleWidth ? columns / 2 : columns;
        EXPECT_LE(displayWidth(t->text), room) << columns << " columns: \"" << t->text << "\"";
      }
    }
  }
}

TEST(ReportReceipt, TitleDayAndTotalsInEnglish) {
  const auto r = dayReport(ReportKind::Z);
  const auto lines = textLines(layoutReport(r, settings(42, ReceiptLanguages::English)));
  EXPECT_EQ(lines.at(0), "Corner Shop");
  EXPECT_EQ(lines.at(2), "Z REPORT");
  EXPECT_THAT(lines, Contains(row("Business day", "7")));
  EXPECT_THAT(lines, Contains(row("Sales", "2")));
  EXPECT_THAT(lines, Contains(row("Returns", "1")));
  EXPECT_THAT(lines, Contains(row("Total", poscore::formatMoney(r.total))));
  EXPECT_THAT(lines, Contains(row("Expected cash in drawer", poscore::formatMoney(r.expectedCash))));
  EXPECT_THAT(lines, Contains("Tenders"));  // a section heading
}

TEST(ReportReceipt, AnXSaysSoAndChineseUsesTheChineseLabels) {
  const auto r = dayReport(ReportKind::X);
  const auto lines = textLines(layoutReport(r, settings(32, ReceiptLanguages::Chinese)));
  EXPECT_THAT(lines, Contains("X 报表"));
  EXPECT_THAT(lines, Not(Contains("Z REPORT")));
  EXPECT_THAT(lines, Contains(row("合计", poscore::formatMoney(r.total), 32)));
  EXPECT_THAT(lines, Contains(row("营业日", "7", 32)));
}

TEST(ReportReceipt, AmountsUseTheLaneDecimalsAndTheSlipIsCut) {
  auto s = settings(42, ReceiptLanguages::English);
  s.currencyDecimals = 0;
  const auto r = dayReport(ReportKind::Z);
  const auto doc = layoutReport(r, s);
  EXPECT_THAT(textLines(doc), Contains(row("Total", poscore::formatMoney(r.total, 0))));
  ASSERT_FALSE(doc.elements().empty());
  EXPECT_TRUE(std::holds_alternative<Cut>(doc.elements().back()));
  for (const auto& e : doc.elements()) EXPECT_FALSE(std::holds_alternative<DrawerKick>(e));
}

TEST(ReportPrinting, PrintsTheReportWithoutOpeningTheDrawer) {
  postest::TempDir dir;
  const auto file = dir / "receipts.bin";
  poscore::LaneDb db(dir / "lane.db");
  poscore::ManualClock clock;
  poscore::printer::FilePrinterPort port(file);
  poscore::printer::PrintQueue queue(db, port, clock);
  poscore::printer::ReceiptPrinter printer(queue, settings(42, ReceiptLanguages::Both));
  const auto r = dayReport(ReportKind::Z);
  auto d = printer.printReport(r);
  ASSERT_TRUE(d) << d.error();
  EXPECT_TRUE(d.value().printed);
  EXPECT_EQ(d.value().message, "report printed");
  auto expected = poscore::printer::encodeReceipt(layoutReport(r, settings(42, ReceiptLanguages::Both)));
  ASSERT_TRUE(expected) << expected.error();
  EXPECT_EQ(postest::readFile(file), std::string(expected.value().begin(), expected.value().end()));
  EXPECT_FALSE(queue.lastReceipt());  // a report is not a receipt to reprint
}

}  // namespace
