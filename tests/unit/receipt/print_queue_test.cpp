// The print queue: every slip stored first, printed when the printer can, retried with backoff,
// kept across a restart; the drawer opens only with a slip that prints at once.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "bytes.hpp"
#include "capture_server.hpp"
#include "poscore/printer/file_printer_port.hpp"
#include "poscore/printer/receipt_printer.hpp"
#include "poscore/printer/transport_printer_port.hpp"
#include "poscore/services/clocks.hpp"
#include "sample_sales.hpp"
#include "temp_dir.hpp"

namespace {

using namespace poscore::printer;
using namespace receipttest;
using poscore::receipt::ReceiptLanguages;
using ::testing::HasSubstr;
using namespace std::chrono_literals;

Bytes receiptBytes(const Sale& sale, bool reprint = false) {
  auto doc = poscore::receipt::layoutSaleReceipt(sale, settings(42, ReceiptLanguages::Both), {.reprint = reprint});
  EXPECT_TRUE(doc) << doc.error();
  auto bytes = encodeReceipt(doc.value());
  EXPECT_TRUE(bytes) << bytes.error();
  return bytes.value();
}

Bytes withKick(const Bytes& body) { return concat({escpos::drawerKick(), body}); }

Bytes fileBytes(const std::filesystem::path& file) { return bytes(postest::readFile(file)); }

PrintQueue::Options quickOptions() {
  PrintQueue::Options o;
  o.statusTimeout = 200ms;  // only the "does not answer" case waits it out
  return o;
}

// A lane with its database, a clock and one printer port, wired as the counter wires them.
struct Lane {
  explicit Lane(std::unique_ptr<PrinterPort> p, const std::filesystem::path& dbFile)
      : db(dbFile), port(std::move(p)), queue(db, *port, clock, quickOptions()),
        printer(queue, settings(42, ReceiptLanguages::Both)) {}
  poscore::LaneDb db;
  poscore::ManualClock clock;
  std::unique_ptr<PrinterPort> port;
  PrintQueue queue;
  ReceiptPrinter printer;
};

class TcpPrinting : public ::testing::Test {
 protected:
  postest::TempDir dir;
  postest::CaptureServer server;
  Lane lane{makeTcpPrinterPort(server.address(), 2000), dir / "lane.db"};
};

TEST_F(TcpPrinting, AReadyPrinterPrintsACashReceiptWithTheDrawerKickFirst) {
  auto d = lane.printer.printSale(mixedSale());
  ASSERT_TRUE(d) << d.error();
  EXPECT_TRUE(d.value().printed);
  EXPECT_EQ(d.value().message, "receipt printed");
  EXPECT_EQ(d.value().state.summary(), "ready");
  const auto expected = withKick(receiptBytes(mixedSale()));
  ASSERT_TRUE(server.waitForPrinted(expected.size()));
  EXPECT_EQ(server.printed(), expected);
  EXPECT_EQ(server.statusQueries(), 3u);  // DLE EOT 1, 2, 4 before the job
  EXPECT_TRUE(lane.queue.waitingJobs().empty());
}

TEST_F(TcpPrinting, ACardReceiptLeavesTheDrawerShut) {
  ASSERT_TRUE(lane.printer.printSale(cardSale()));
  const auto expected = receiptBytes(cardSale());
  ASSERT_TRUE(server.waitForPrinted(expected.size()));
  EXPECT_EQ(server.printed(), expected);
}

TEST_F(TcpPrinting, AnOfflinePrinterQueuesTheReceiptAndItPrintsWhenThePrinterIsBack) {
  server.goOffline();
  auto d = lane.printer.printSale(mixedSale());
  ASSERT_TRUE(d) << d.error();  // the sale completes all the same
  EXPECT_FALSE(d.value().printed);
  EXPECT_EQ(d.value().message, "receipt queued: printer offline; the drawer did not open");
  EXPECT_EQ(d.value().state.summary(), "offline, 1 receipt queued");
  EXPECT_THAT(d.value().state.detail, HasSubstr("cannot connect to " + server.address()));

  // Within the backoff pump() leaves the printer alone.
  lane.clock.advance(1s);
  lane.queue.pump();
  EXPECT_EQ(lane.queue.waitingJobs().at(0).attempts, 1);
  lane.clock.advance(1s);
  lane.queue.pump();
  EXPECT_EQ(lane.queue.waitingJobs().at(0).attempts, 2);

  server.comeBack();
  lane.clock.advance(4s);
  const auto state = lane.queue.pump();
  EXPECT_EQ(state.summary(), "ready");
  EXPECT_TRUE(lane.queue.waitingJobs().empty());
  const auto expected = receiptBytes(mixedSale());  // printed late: no drawer kick
  ASSERT_TRUE(server.waitForPrinted(expected.size()));
  EXPECT_EQ(server.printed(), expected);
}

TEST_F(TcpPrinting, PaperOutQueuesTheReceiptWithoutSendingIt) {
  server.setStatus(0x1A, 0x32, 0x72);
  auto d = lane.printer.printSale(mixedSale());
  ASSERT_TRUE(d) << d.error();
  EXPECT_FALSE(d.value().printed);
  EXPECT_EQ(d.value().message, "receipt queued: printer out of paper; the drawer did not open");
  EXPECT_EQ(lane.queue.state().summary(), "out of paper, 1 receipt queued");
  EXPECT_TRUE(server.printed().empty());

  server.setStatus(0x12, 0x12, 0x12);  // paper loaded
  EXPECT_EQ(lane.queue.retryNow().summary(), "ready");
  const auto expected = receiptBytes(mixedSale());
  ASSERT_TRUE(server.waitForPrinted(expected.size()));
  EXPECT_EQ(server.printed(), expected);
}

TEST_F(TcpPrinting, CoverOpenQueuesToo) {
  server.setStatus(0x1A, 0x16, 0x12);
  auto d = lane.printer.printSale(cardSale());
  ASSERT_TRUE(d);
  EXPECT_EQ(d.value().message, "receipt queued: printer cover open");
}

TEST_F(TcpPrinting, PaperNearEndPrintsAndSaysSo) {
  server.setStatus(0x12, 0x12, 0x1E);
  auto d = lane.printer.printSale(cardSale());
  ASSERT_TRUE(d);
  EXPECT_TRUE(d.value().printed);
  EXPECT_EQ(d.value().message, "receipt printed; printer paper near end");
}

TEST_F(TcpPrinting, APrinterThatDoesNotAnswerTheStatusQueryIsOffline) {
  server.answerStatus(false);
  auto d = lane.printer.printSale(cardSale());
  ASSERT_TRUE(d);
  EXPECT_FALSE(d.value().printed);
  EXPECT_EQ(d.value().state.condition, "offline");
  EXPECT_THAT(d.value().state.detail, HasSubstr("did not answer the status query DLE EOT 1 within 200 ms"));
}

TEST_F(TcpPrinting, AConnectionDroppedAtOnceLeavesTheJobQueued) {
  server.dropConnections(true);
  auto d = lane.printer.printSale(cardSale());
  ASSERT_TRUE(d);
  EXPECT_FALSE(d.value().printed);
  EXPECT_EQ(d.value().state.condition, "offline");
}

TEST_F(TcpPrinting, QueuedJobsPrintOldestFirst) {
  server.goOffline();
  ASSERT_TRUE(lane.printer.printSale(cardSale()));
  ASSERT_TRUE(lane.printer.printSale(milkReturn()));
  EXPECT_EQ(lane.queue.state().summary(), "offline, 2 receipts queued");
  server.comeBack();
  EXPECT_EQ(lane.queue.retryNow().waiting, 0u);
  const auto expected = concat({receiptBytes(cardSale()), receiptBytes(milkReturn())});
  ASSERT_TRUE(server.waitForPrinted(expected.size()));
  EXPECT_EQ(server.printed(), expected);
}

TEST_F(TcpPrinting, TheBackoffDoublesUpToAMinuteAndResetsAfterAPrint) {
  server.goOffline();
  ASSERT_TRUE(lane.printer.printSale(cardSale()));
  const auto start = lane.clock.monotonic();
  EXPECT_EQ(lane.queue.nextAttempt() - start, 2s);
  std::vector<std::chrono::steady_clock::duration> waits;
  for (int i = 0; i < 7; ++i) {
    lane.clock.advance(std::chrono::duration_cast<std::chrono::milliseconds>(lane.queue.nextAttempt() - lane.clock.monotonic()));
    lane.queue.pump();
    waits.push_back(lane.queue.nextAttempt() - lane.clock.monotonic());
  }
  EXPECT_EQ(waits, (std::vector<std::chrono::steady_clock::duration>{4s, 8s, 16s, 32s, 60s, 60s, 60s}));
  server.comeBack();
  EXPECT_EQ(lane.queue.retryNow().waiting, 0u);
  server.goOffline();
  ASSERT_TRUE(lane.printer.printSale(cardSale()));
  EXPECT_EQ(lane.queue.nextAttempt() - lane.clock.monotonic(), 2s);
}

TEST_F(TcpPrinting, ReprintLastSendsTheLastReceiptWithItsBannerAndNoDrawerKick) {
  ASSERT_TRUE(lane.printer.printSale(mixedSale()));
  const auto first = withKick(receiptBytes(mixedSale()));
  ASSERT_TRUE(server.waitForPrinted(first.size()));
  server.clear();
  auto d = lane.printer.reprintLast();
  ASSERT_TRUE(d) << d.error();
  EXPECT_EQ(d.value().message, "reprint printed");
  const auto expected = receiptBytes(mixedSale(), true);
  ASSERT_TRUE(server.waitForPrinted(expected.size()));
  EXPECT_EQ(server.printed(), expected);
}

TEST_F(TcpPrinting, ReprintWithNoReceiptYetIsRefused) {
  auto d = lane.printer.reprintLast();
  ASSERT_FALSE(d);
  EXPECT_THAT(d.error(), HasSubstr("no receipt to reprint"));
}

TEST_F(TcpPrinting, NoSaleOpensTheDrawerAndPrintsItsSlip) {
  const poscore::receipt::NoSale noSale{"c07", "float", closingTime()};
  auto d = lane.printer.printNoSale(noSale);
  ASSERT_TRUE(d) << d.error();
  EXPECT_EQ(d.value().message, "no-sale slip printed");
  auto slip = encodeReceipt(poscore::receipt::layoutNoSaleSlip(noSale, settings(42, ReceiptLanguages::Both)));
  ASSERT_TRUE(slip);
  const auto expected = withKick(slip.value());
  ASSERT_TRUE(server.waitForPrinted(expected.size()));
  EXPECT_EQ(server.printed(), expected);
}

TEST_F(TcpPrinting, ASaleThatCannotBeLaidOutIsAnErrorAndQueuesNothing) {
  auto open = mixedSale();
  open.state = SaleState::Open;
  EXPECT_FALSE(lane.printer.printSale(open));
  EXPECT_TRUE(lane.queue.waitingJobs().empty());
  EXPECT_FALSE(lane.queue.lastReceipt());
}

TEST(FilePrinting, ReceiptsAreAppendedToTheFile) {
  postest::TempDir dir;
  const auto file = dir / "receipts.bin";
  Lane lane(std::make_unique<FilePrinterPort>(file), dir / "lane.db");
  auto d = lane.printer.printSale(mixedSale());
  ASSERT_TRUE(d) << d.error();
  EXPECT_TRUE(d.value().printed);
  ASSERT_TRUE(lane.printer.printSale(cardSale()));
  EXPECT_EQ(fileBytes(file), concat({withKick(receiptBytes(mixedSale())), receiptBytes(cardSale())}));
}

TEST(FilePrinting, TheQueueSurvivesReopeningTheDatabase) {
  postest::TempDir dir;
  const auto file = dir / "spool" / "receipts.bin";  // its folder is missing: the port cannot open
  {
    Lane lane(std::make_unique<FilePrinterPort>(file), dir / "lane.db");
    auto d = lane.printer.printSale(mixedSale());
    ASSERT_TRUE(d) << d.error();
    EXPECT_FALSE(d.value().printed);
    EXPECT_THAT(d.value().state.detail, HasSubstr("cannot open printer file " + file.string()));
  }
  std::filesystem::create_directories(file.parent_path());
  Lane reopened(std::make_unique<FilePrinterPort>(file), dir / "lane.db");
  ASSERT_EQ(reopened.queue.state().waiting, 1u);
  const auto waiting = reopened.queue.waitingJobs();
  EXPECT_EQ(waiting.at(0).receiptNo, "L1-000042");
  EXPECT_EQ(waiting.at(0).attempts, 1);
  EXPECT_EQ(reopened.queue.pump().summary(), "ready");
  EXPECT_EQ(fileBytes(file), receiptBytes(mixedSale()));
  ASSERT_TRUE(reopened.printer.reprintLast());  // the reprint copy was stored with the job
  EXPECT_EQ(fileBytes(file), concat({receiptBytes(mixedSale()), receiptBytes(mixedSale(), true)}));
}

TEST(PrinterState, SummaryCountsWhatWaits) {
  EXPECT_EQ((PrinterState{"ready", "", 0}).summary(), "ready");
  EXPECT_EQ((PrinterState{"cover open", "", 1}).summary(), "cover open, 1 receipt queued");
  EXPECT_EQ((PrinterState{"offline", "", 3}).summary(), "offline, 3 receipts queued");
}

}  // namespace
