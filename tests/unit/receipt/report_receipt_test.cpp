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

// A lane whose print queue was made before reports printed keeps its waiting jobs and takes reports.
TEST(ReportPrinting, AnOlderQueueTableIsCarriedOver) {
  postest::TempDir dir;
  poscore::LaneDb db(dir / "lane.db");
  const std::vector<possdk::Migration> first{
      {1, "print jobs",
       "CREATE TABLE print_jobs("
       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
       " kind TEXT NOT NULL CHECK(kind IN ('sale', 'return', 'reprint', 'no_sale')),"
       " receipt_no TEXT NOT NULL DEFAULT '',"
       " body BLOB NOT NULL,"
       " reprint_body BLOB,"
       " created_at TEXT NOT NULL,"
       " attempts INTEGER NOT NULL DEFAULT 0,"
       " last_error TEXT NOT NULL DEFAULT '',"
       " printed_at TEXT);"
       "CREATE INDEX print_jobs_waiting ON print_jobs(printed_at, id);"}};
  ASSERT_TRUE(db.migrate("print_queue", first));
  ASSERT_TRUE(db.exec("INSERT INTO print_jobs(id, kind, receipt_no, body, created_at) VALUES(41, 'sale', 'L1-9', x'01', 't')"));

  const auto file = dir / "spool" / "receipts.bin";  // no folder: nothing prints, everything waits
  poscore::ManualClock clock;
  poscore::printer::FilePrinterPort port(file);
  poscore::printer::PrintQueue queue(db, port, clock);
  ASSERT_TRUE(queue.waitingJobs().size() == 1u && queue.waitingJobs()[0].receiptNo == "L1-9");
  poscore::printer::ReceiptPrinter printer(queue, settings(42, ReceiptLanguages::English));
  auto d = printer.printReport(dayReport(ReportKind::X));
  ASSERT_TRUE(d) << d.error();
  const auto waiting = queue.waitingJobs();
  ASSERT_EQ(waiting.size(), 2u);
  EXPECT_EQ(waiting[1].kind, poscore::printer::JobKind::Report);
  EXPECT_EQ(waiting[1].id, 42);  // numbering goes on
}

}  // namespace
