// The counter from the keyboard to the paper and the disk: the shell's frame on the lane's real
// session (demo catalog, promotions and staff), a capture printer on 127.0.0.1, and nothing but
// simulated keys for a sale, a return against it and the Z report. Then the printed bytes and the
// lane database are read back.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include "capture_server.hpp"
#include "counter/counter_panel.hpp"
#include "counter/sale_lines_view.hpp"
#include "counter/sign_on_view.hpp"
#include "counter/totals_view.hpp"
#include "counter_dialog_keys.hpp"
#include "counter_host.hpp"
#include "frame_capture.hpp"
#include "gui_test_support.hpp"
#include "main_frame.hpp"
#include "poscore/journal/journal.hpp"
#include "poscore/printer/gb18030.hpp"
#include "poscore/runtime.hpp"
#include "poscore/sale/sale_store.hpp"
#include "poscore/services/clocks.hpp"
#include "wx_dispatcher.hpp"

namespace pos {
namespace {

namespace fs = std::filesystem;
using Bytes = std::vector<std::uint8_t>;
using test::kEsc;
using test::pumpFor;
using test::pumpUntil;
using namespace std::chrono_literals;

constexpr const char* kColaCan = "6921270000016";   // 3.00, 可乐 330毫升罐装
constexpr const char* kSparkling = "6921270000153";  // 5.50, 白桃气泡水 480毫升
// Generous: a loaded machine is slow, and each wait ends as soon as its condition holds.
constexpr auto kDeadline = 20s;
constexpr auto kNoonShanghai = std::chrono::sys_days{std::chrono::November / 20 / 2026} + std::chrono::hours(4);

const Bytes kDrawerKick{0x1B, 'p', 0, 25, 250};  // ESC p 0 25 250
const Bytes kCut{0x1D, 'V', 66, 3};              // GS V 66 3

Bytes bytesOf(const std::string& text) { return Bytes(text.begin(), text.end()); }

Bytes gb18030(const std::string& utf8) {
  auto encoded = poscore::printer::toGb18030(utf8);
  EXPECT_TRUE(encoded) << encoded.error();
  return encoded ? encoded.value() : Bytes{};
}

bool contains(const Bytes& haystack, const Bytes& needle) {
  return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end()) != haystack.end();
}

// The printed stream cut into slips, each ending with its cut.
std::vector<Bytes> slipsOf(const Bytes& printed) {
  std::vector<Bytes> slips;
  auto from = printed.begin();
  for (;;) {
    const auto cut = std::search(from, printed.end(), kCut.begin(), kCut.end());
    if (cut == printed.end()) break;
    slips.emplace_back(from, cut + static_cast<std::ptrdiff_t>(kCut.size()));
    from = cut + static_cast<std::ptrdiff_t>(kCut.size());
  }
  return slips;
}

// The demo lane's own settings, with the printer on the capture server, the demo files from the
// source tree, and neither plugins nor devices (the test owns the keyboard and the printer).
void writeSettings(const fs::path& file, const std::string& printerAddress) {
  std::ifstream demo(fs::path(POS_SOURCE_DIR) / "app/pos/demo/pos.json");
  Poco::JSON::Parser parser;
  auto root = parser.parse(demo).extract<Poco::JSON::Object::Ptr>();
  root->remove("plugins");
  root->remove("devices");
  root->getObject("lane")->remove("data_dir");
  root->getObject("printer")->set("connection", "tcp:" + printerAddress);
  auto seed = root->getObject("demo");
  seed->set("catalog", std::string(POS_SOURCE_DIR) + "/app/pos/demo/catalog.csv");
  seed->set("promotions", std::string(POS_SOURCE_DIR) + "/app/pos/demo/promotions.json");
  std::ofstream out(file);
  root->stringify(out, 2);
}

class CounterEndToEnd : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = test::freshTempDir("pos-counter-e2e");
    writeSettings(dir_ / "pos.json", printer_.address());
    poscore::RuntimeOptions options;
    options.configFile = dir_ / "pos.json";
    options.dataDir = dir_ / "data";
    options.localeDir = POS_LOCALE_DIR;
    dispatcher_ = std::make_unique<WxDispatcher>(*wxTheApp);
    runtime_ = std::make_unique<poscore::Runtime>(options, *dispatcher_, model_, clock_);
    runtime_->start();
    // As the shell builds it: the lane's counter from the Runtime, the demo seeded on first start.
    host_ = std::make_unique<CounterHost>(*runtime_);
    ASSERT_NE(host_->session(), nullptr) << host_->problem();
    ASSERT_EQ(host_->problem(), "");
    layout_.themes = POS_THEMES_DIR;
    layout_.locale = POS_LOCALE_DIR;
    FrameSettings settings;
    settings.size = wxSize(1024, 720);
    settings.wedge.maxGap = 150ms;
    settings.wedge.minLength = 8;  // staff ids and PINs are short: only longer bursts are scans
    frame_ = new MainFrame(*runtime_, model_, layout_, settings);
    frame_->Move(0, 0);
    frame_->onClosing([this] {
      host_.reset();
      dispatcher_->close();
      runtime_.reset();
    });
    frame_->setCounterSession(host_->session());
    frame_->Show();
    frame_->Raise();
    pumpFor(300ms);
    panel_ = frame_->counterPanel();
    ASSERT_NE(panel_, nullptr);
  }
  void TearDown() override {
    closeFrame();
    fs::remove_all(dir_);
  }

  void closeFrame() {
    if (!frame_) return;
    frame_->Close(true);
    frame_ = nullptr;
    panel_ = nullptr;
    EXPECT_TRUE(pumpUntil([&] { return runtime_ == nullptr; }, kDeadline)) << "the frame did not close";
  }

  poscore::counter::CounterSession& session() { return *host_->session(); }
  const poscore::counter::View& view() { return session().view(); }

  // Types into whatever has the focus, then Enter, and waits for `done`.
  void typeLine(const std::string& text, const std::function<bool()>& done, const std::string& what) {
    sim_.Text(text.c_str());
    sim_.Char(WXK_RETURN);
    ASSERT_TRUE(pumpUntil(done, kDeadline)) << what;
  }
  std::size_t lineCount() { return view().sale ? view().sale->lines.size() : 0; }
  void scan(const std::string& code) {
    const auto before = lineCount();
    typeLine(code, [&] { return lineCount() > before; }, "the scan of " + code + " added no line");
    pumpFor(50ms);
  }
  bool scanFieldHasFocus() const { return wxWindow::FindFocus() == panel_->scanField(); }
  std::string errorShown() const {
    for (const auto& m : panel_->messageStrip().messages()) {
      if (m.level == MessageStrip::Level::Error) return m.text;
    }
    return {};
  }
  void screenshot(const std::string& file) {
    pumpFor(300ms);
    fs::create_directories(POS_GUI_SCREENSHOT_DIR);
    ASSERT_TRUE(savePng(captureFrame(*frame_), fs::path(POS_GUI_SCREENSHOT_DIR) / file).isOk());
  }
  // Waits until the printer has taken `count` whole slips.
  std::vector<Bytes> slips(std::size_t count) {
    pumpUntil([&] { return slipsOf(printer_.printed()).size() >= count; }, kDeadline);
    return slipsOf(printer_.printed());
  }

  fs::path dir_;
  postest::CaptureServer printer_;
  std::shared_ptr<poscore::ManualClock> clock_ = std::make_shared<poscore::ManualClock>(kNoonShanghai);
  PluginUiModel model_;
  std::unique_ptr<WxDispatcher> dispatcher_;
  std::unique_ptr<poscore::Runtime> runtime_;
  std::unique_ptr<CounterHost> host_;
  poscore::Layout layout_;
  MainFrame* frame_ = nullptr;
  CounterPanel* panel_ = nullptr;
  wxUIActionSimulator sim_;
};

TEST_F(CounterEndToEnd, SaleReturnAndZReportFromTheKeyboardReachThePaperAndTheJournal) {
  // 1. Sign on, two scans, a quantity, cash with change.
  ASSERT_EQ(wxWindow::FindFocus(), panel_->signOnView()->idField());
  typeLine("1001", [&] { return wxWindow::FindFocus() == panel_->signOnView()->pinField(); }, "Enter moves on to the PIN");
  typeLine("1234", [&] { return view().staff.has_value(); }, "sign-on failed: " + errorShown());
  ASSERT_EQ(view().staff->id, "1001");
  ASSERT_TRUE(pumpUntil([&] { return scanFieldHasFocus(); }, kDeadline));
  scan(kColaCan);
  scan(kSparkling);
  test::keyIntoDialogs(sim_, WXK_F2, wxMOD_NONE, {"2"}, {"counter-e2e-quantity.png"});
  ASSERT_EQ(errorShown(), "");
  ASSERT_EQ(view().sale->lines.size(), 2u);
  EXPECT_EQ(view().sale->lines[1].quantity, 2) << "F2 acts on the line just scanned";
  EXPECT_EQ(view().sale->totals.total, poscore::Money::minor(1400));
  ASSERT_EQ(panel_->linesView()->rowCount(), 2);
  EXPECT_EQ(panel_->linesView()->cell(0, 1), "Cola 330 ml Can");
  EXPECT_EQ(panel_->linesView()->cell(1, 2), "2");
  EXPECT_EQ(panel_->linesView()->cell(1, 4), "11.00");
  EXPECT_EQ(panel_->totalsView()->valueOf("Total"), "14.00");
  screenshot("counter-e2e-1-sale.png");

  test::keyIntoDialogs(sim_, WXK_F7, wxMOD_NONE, {"2000"}, {"counter-e2e-cash.png"});  // 20.00
  ASSERT_EQ(errorShown(), "");
  ASSERT_FALSE(view().sale.has_value()) << "the sale is paid";
  ASSERT_TRUE(view().lastCompleted.has_value());
  const auto sale = *view().lastCompleted;
  EXPECT_EQ(sale.totals.change, poscore::Money::minor(600));
  EXPECT_EQ(panel_->totalsView()->valueOf("Change"), "6.00");
  EXPECT_TRUE(scanFieldHasFocus());
  screenshot("counter-e2e-2-paid.png");

  // 2. One of the two peach waters comes back, approved by the supervisor.
  clock_->advance(1min);
  test::keyIntoDialogs(sim_, WXK_F6, wxMOD_SHIFT, {sale.receiptNo, "2", "1", kEsc, "", "9001\n9999"},
                       {"counter-e2e-return-receipt.png", "", "", "", "counter-e2e-return-confirm.png",
                        "counter-e2e-return-approval.png"});
  ASSERT_EQ(errorShown(), "");
  ASSERT_TRUE(view().lastCompleted.has_value());
  const auto refund = *view().lastCompleted;
  ASSERT_EQ(refund.kind, poscore::sale::SaleKind::Return);
  EXPECT_EQ(refund.originalReceiptNo, sale.receiptNo);
  EXPECT_NE(refund.receiptNo, sale.receiptNo);
  EXPECT_EQ(refund.totals.total, poscore::Money::minor(-550));
  EXPECT_EQ(panel_->linesView()->cell(0, 2), "-1");
  EXPECT_TRUE(scanFieldHasFocus());
  for (const auto& m : panel_->messageStrip().messages()) EXPECT_EQ(m.text.find("Change"), std::string::npos) << m.text;
  screenshot("counter-e2e-3-return.png");

  // 3. The Z report closes the day, with the supervisor's approval.
  clock_->advance(1min);
  test::keyIntoDialogs(sim_, WXK_F9, wxMOD_SHIFT, {"", "9001\n9999"},
                       {"counter-e2e-z-confirm.png", "counter-e2e-z-approval.png"});
  ASSERT_EQ(errorShown(), "");
  ASSERT_EQ(panel_->messageStrip().messages().size(), 1u) << "the first sale's change is gone with it";
  EXPECT_EQ(panel_->messageStrip().messages()[0].text, "The Z report was printed; the business day is closed.");
  screenshot("counter-e2e-4-z-report.png");

  // The paper: the sale, the refund and the Z report, each cut.
  const auto printed = slips(3);
  ASSERT_EQ(printed.size(), 3u) << "three slips expected, the printer took " << printer_.printed().size() << " bytes";
  const Bytes& saleSlip = printed[0];
  EXPECT_TRUE(contains(saleSlip, bytesOf(sale.receiptNo)));
  EXPECT_TRUE(contains(saleSlip, kDrawerKick)) << "cash opens the drawer";
  EXPECT_TRUE(contains(saleSlip, gb18030("可乐 330毫升罐装")));
  EXPECT_TRUE(contains(saleSlip, gb18030("白桃气泡水 480毫升")));
  EXPECT_TRUE(contains(saleSlip, bytesOf("14.00")));
  EXPECT_TRUE(contains(saleSlip, bytesOf("6.00")));
  const Bytes& refundSlip = printed[1];
  EXPECT_TRUE(contains(refundSlip, bytesOf("REFUND")));
  EXPECT_TRUE(contains(refundSlip, bytesOf(refund.receiptNo)));
  EXPECT_TRUE(contains(refundSlip, bytesOf("Original receipt")));
  EXPECT_TRUE(contains(refundSlip, bytesOf(sale.receiptNo))) << "the refund names the original receipt";
  EXPECT_TRUE(contains(refundSlip, gb18030("白桃气泡水 480毫升")));
  EXPECT_FALSE(contains(refundSlip, gb18030("可乐 330毫升罐装"))) << "only the returned line";
  const Bytes& zSlip = printed[2];
  EXPECT_TRUE(contains(zSlip, bytesOf("Z REPORT")));
  EXPECT_TRUE(contains(zSlip, gb18030("Z报表（日结）")));
  EXPECT_TRUE(contains(zSlip, bytesOf("8.50"))) << "14.00 sold less 5.50 refunded is left in the drawer";
  EXPECT_FALSE(contains(zSlip, kDrawerKick)) << "a report never opens the drawer";

  // The disk, read back after the shell has closed the lane.
  const auto laneId = runtime_->config().get("lane.id").value_or("");
  closeFrame();
  poscore::LaneDb db(poscore::laneDbFileIn(dir_ / "data"));
  poscore::journal::Journal journal(db, *clock_);
  poscore::sale::SaleStore store(db, journal, *clock_, laneId);
  auto stored = store.findByReceipt(sale.receiptNo);
  ASSERT_TRUE(stored) << stored.error();
  ASSERT_TRUE(stored.value().has_value());
  const auto& kept = *stored.value();
  ASSERT_EQ(kept.lines.size(), 2u);
  EXPECT_EQ(kept.lines[0].sku, "692-1270-001");
  EXPECT_EQ(kept.lines[1].quantity, 2);
  EXPECT_EQ(kept.totals.total, poscore::Money::minor(1400));
  ASSERT_EQ(kept.tenders.size(), 1u);
  EXPECT_EQ(kept.tenders[0].kind, "cash");
  EXPECT_EQ(kept.tenders[0].received, poscore::Money::minor(2000));
  auto returned = store.returnedQuantities(sale.receiptNo);
  ASSERT_TRUE(returned) << returned.error();
  EXPECT_EQ(returned.value(), (std::map<int, std::int64_t>{{2, 1}}));
  auto verified = journal.verify();
  ASSERT_TRUE(verified) << verified.error();
  EXPECT_TRUE(verified.value().ok()) << verified.value().broken->reason;
  auto entries = journal.last(static_cast<std::size_t>(verified.value().entries));
  ASSERT_TRUE(entries) << entries.error();
  std::vector<std::string> types;
  for (const auto& e : entries.value()) {
    if (e.type == "sign-on" || e.type == "sale" || e.type == "return" || e.type == "z-report") types.push_back(e.type);
  }
  EXPECT_EQ(types, (std::vector<std::string>{"sign-on", "sale", "return", "z-report"}));
}

}  // namespace
}  // namespace pos
