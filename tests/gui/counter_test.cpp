// The counter screen on a real frame and Runtime, driven through a fake session with simulated
// keys and scans: sign-on, scanning, the line keys, cash with change, errors in the message strip,
// and screenshots in both languages.
#include <gtest/gtest.h>

#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/textctrl.h>
#include <wx/timer.h>
#include <wx/uiaction.h>

#include "counter/counter_panel.hpp"
#include "counter/customer_display.hpp"
#include "counter/sale_lines_view.hpp"
#include "counter/sign_on_view.hpp"
#include "counter/totals_view.hpp"
#include "counter_dialog_keys.hpp"
#include "fake_counter_session.hpp"
#include "frame_capture.hpp"
#include "gui_test_support.hpp"
#include "main_frame.hpp"
#include "wx_dispatcher.hpp"

namespace pos {
namespace {

namespace fs = std::filesystem;
using test::pumpFor;
using test::pumpUntil;
using namespace std::chrono_literals;

constexpr const char* kWater = "4006381333931";
using test::kEsc;
using test::openDialog;
using test::saveDialog;

class Counter : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = test::freshTempDir("pos-counter-test");
    poscore::RuntimeOptions options;
    options.dataDir = dir_ / "data";
    options.localeDir = POS_LOCALE_DIR;
    dispatcher_ = std::make_unique<WxDispatcher>(*wxTheApp);
    runtime_ = std::make_unique<poscore::Runtime>(options, *dispatcher_, model_);
    runtime_->start();
    layout_.themes = POS_THEMES_DIR;
    layout_.locale = POS_LOCALE_DIR;
    FrameSettings settings;
    settings.size = wxSize(1024, 720);
    settings.wedge.maxGap = 150ms;
    // Staff ids and PINs are short; only longer bursts count as scans here.
    settings.wedge.minLength = 8;
    settings.counter.customerDisplay = true;
    frame_ = new MainFrame(*runtime_, model_, layout_, settings);
    frame_->Move(0, 0);
    frame_->onClosing([this] {
      dispatcher_->close();
      runtime_.reset();
    });
    frame_->setCounterSession(&session_);
    frame_->Show();
    frame_->Raise();
    pumpFor(300ms);
    panel_ = frame_->counterPanel();
  }
  void TearDown() override {
    frame_->Close(true);
    pumpFor(50ms);
    fs::remove_all(dir_);
  }

  void signOnAsCashier() {
    ASSERT_TRUE(session_.signOn("1001", "1234").isOk());
    pumpFor(100ms);
  }
  void scan(const std::string& code) {
    const auto before = session_.calls.size();
    sim_.Text(code.c_str());
    sim_.Char(WXK_RETURN);
    ASSERT_TRUE(pumpUntil([&] { return session_.calls.size() > before; })) << "the scan of " << code << " did not arrive";
    pumpFor(50ms);
  }
  void keyIntoDialogs(int key, int modifiers, const std::vector<std::string>& entries,
                      const std::vector<std::string>& pictures = {}) {
    test::keyIntoDialogs(sim_, key, modifiers, entries, pictures);
  }
  void keyIntoDialog(int key, int modifiers, const std::string& digits) { keyIntoDialogs(key, modifiers, {digits}); }
  bool scanFieldHasFocus() const { return wxWindow::FindFocus() == panel_->scanField(); }
  std::string tr(const std::string& s) { return runtime_->catalogs().tr(s); }
  void screenshot(const std::string& file) {
    pumpFor(300ms);
    fs::create_directories(POS_GUI_SCREENSHOT_DIR);
    ASSERT_TRUE(savePng(captureFrame(*frame_), fs::path(POS_GUI_SCREENSHOT_DIR) / file).isOk());
    if (auto* display = panel_->customerDisplay()) {
      // One screen under Xvfb: the display is brought over the frame for its picture.
      display->Move(0, 0);
      display->Raise();
      pumpFor(300ms);
      const auto stem = fs::path(file).stem().string();
      ASSERT_TRUE(savePng(captureFrame(*display), fs::path(POS_GUI_SCREENSHOT_DIR) / (stem + "-customer.png")).isOk());
      frame_->Raise();
      pumpFor(100ms);
    }
  }

  fs::path dir_;
  PluginUiModel model_;
  std::unique_ptr<WxDispatcher> dispatcher_;
  std::unique_ptr<poscore::Runtime> runtime_;
  poscore::Layout layout_;
  MainFrame* frame_ = nullptr;
  CounterPanel* panel_ = nullptr;
  test::FakeCounterSession session_;
  wxUIActionSimulator sim_;
};

TEST_F(Counter, NobodySignedOnShowsTheSignOnScreenWithAMaskedPin) {
  ASSERT_TRUE(frame_->showingCounter());
  auto* signOn = panel_->signOnView();
  ASSERT_TRUE(signOn->IsShownOnScreen());
  EXPECT_FALSE(panel_->scanField()->IsShownOnScreen());
  EXPECT_TRUE(signOn->pinField()->HasFlag(wxTE_PASSWORD)) << "the PIN must be masked";
  EXPECT_EQ(wxWindow::FindFocus(), signOn->idField()) << (wxWindow::FindFocus() ? wxWindow::FindFocus()->GetName() : wxString("none"));
  sim_.Text("1001");
  sim_.Char(WXK_RETURN);
  ASSERT_TRUE(pumpUntil([&] { return wxWindow::FindFocus() == signOn->pinField(); })) << "Enter moves on to the PIN";
  sim_.Text("1234");
  pumpFor(200ms);
  EXPECT_EQ(signOn->pinField()->GetValue(), "1234");
  screenshot("counter-sign-on.png");
  sim_.Char(WXK_RETURN);
  ASSERT_TRUE(pumpUntil([&] { return session_.view().staff.has_value(); }));
  pumpFor(100ms);
  EXPECT_TRUE(panel_->scanField()->IsShownOnScreen());
  EXPECT_TRUE(scanFieldHasFocus());
  EXPECT_NE(fromWx(wxWindow::FindWindowByName("cashier", frame_)->GetLabel()).find("Li Na"), std::string::npos);
}

TEST_F(Counter, AWrongPinIsShownInTheStripAndClearedFromTheField) {
  auto* signOn = panel_->signOnView();
  sim_.Text("1001");
  sim_.Char(WXK_RETURN);
  sim_.Text("0000");
  sim_.Char(WXK_RETURN);
  ASSERT_TRUE(pumpUntil([&] { return !panel_->messageStrip().messages().empty(); }));
  EXPECT_EQ(panel_->messageStrip().messages()[0].level, MessageStrip::Level::Error);
  EXPECT_TRUE(signOn->pinField()->IsEmpty());
  EXPECT_FALSE(session_.view().staff.has_value());
}

TEST_F(Counter, AScannerBurstAddsALineAndTheFocusStaysInTheScanField) {
  signOnAsCashier();
  scan(kWater);
  ASSERT_EQ(panel_->linesView()->rowCount(), 1);
  EXPECT_EQ(panel_->linesView()->cell(0, 1), "Sparkling water 1.5 l");
  EXPECT_EQ(panel_->linesView()->cell(0, 4), "1.50");
  EXPECT_EQ(panel_->totalsView()->valueOf("Total"), "1.50");
  EXPECT_TRUE(panel_->scanField()->IsEmpty()) << "the scanner's characters are taken back out";
  EXPECT_TRUE(scanFieldHasFocus());
}

TEST_F(Counter, ACodeKeyedByHandAndEnterIsScanned) {
  signOnAsCashier();
  scan("1111");
  EXPECT_EQ(session_.calls.back(), "scan 1111");
  ASSERT_EQ(panel_->linesView()->rowCount(), 1);
  EXPECT_EQ(panel_->linesView()->cell(0, 1), "Wholemeal bread");
}

TEST_F(Counter, AnUnknownCodeShowsInTheStripWithoutADialogAndTheFocusStays) {
  signOnAsCashier();
  scan("9999999999999");
  const auto& messages = panel_->messageStrip().messages();
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_EQ(messages[0].level, MessageStrip::Level::Error);
  EXPECT_NE(messages[0].text.find("9999999999999"), std::string::npos) << messages[0].text;
  EXPECT_EQ(openDialog(), nullptr) << "errors never open a box";
  EXPECT_TRUE(scanFieldHasFocus());
  session_.addNotice({poscore::counter::Notice::Level::Warning, "Printer paper is low: the receipt was queued."});
  pumpFor(100ms);
  screenshot("counter-error.png");
  scan(kWater);
  ASSERT_EQ(panel_->messageStrip().messages().size(), 1u) << "a good scan clears the error, the notice stays";
  EXPECT_EQ(panel_->messageStrip().messages()[0].level, MessageStrip::Level::Warning);
  sim_.Char(WXK_ESCAPE);
  ASSERT_TRUE(pumpUntil([&] { return panel_->messageStrip().messages().empty(); })) << "Esc dismisses the notices";
  EXPECT_TRUE(session_.view().notices.empty());
}

TEST_F(Counter, QuantityKeyThenKeypadChangesTheSelectedLine) {
  signOnAsCashier();
  scan(kWater);
  keyIntoDialog(WXK_F2, wxMOD_NONE, "3");
  EXPECT_EQ(session_.calls.back(), "setQuantity 1 3");
  EXPECT_EQ(panel_->linesView()->cell(0, 2), "3");
  EXPECT_EQ(panel_->totalsView()->valueOf("Total"), "4.50");
  EXPECT_TRUE(scanFieldHasFocus()) << "the focus comes back after the dialog";
}

TEST_F(Counter, VoidKeyVoidsTheLineSelectedWithTheArrowKeys) {
  signOnAsCashier();
  scan(kWater);
  scan("1111");
  ASSERT_EQ(panel_->linesView()->selectedLine(), 2);
  sim_.Char(WXK_UP);
  ASSERT_TRUE(pumpUntil([&] { return panel_->linesView()->selectedLine() == 1; }));
  sim_.Char(WXK_F3);
  ASSERT_TRUE(pumpUntil([&] { return session_.calls.back() == "voidLine 1"; }));
  pumpFor(100ms);
  EXPECT_NE(panel_->linesView()->cell(0, 1).find("VOID"), std::string::npos) << panel_->linesView()->cell(0, 1);
  EXPECT_EQ(panel_->totalsView()->valueOf("Total"), "3.20");
  EXPECT_TRUE(scanFieldHasFocus());
}

TEST_F(Counter, CashTenderCompletesTheSaleAndShowsTheChange) {
  signOnAsCashier();
  scan(kWater);
  scan("1111");
  keyIntoDialog(WXK_F7, wxMOD_NONE, "1000");  // 10.00, keyed as cents
  EXPECT_EQ(session_.calls.back(), "tender cash 1000 ");
  ASSERT_FALSE(session_.view().sale.has_value());
  EXPECT_EQ(panel_->totalsView()->valueOf("Change"), "5.30");
  const auto shown = panel_->customerDisplay()->texts();
  ASSERT_FALSE(shown.empty());
  EXPECT_EQ(shown.front(), "Thank you");
  EXPECT_NE(std::find(shown.begin(), shown.end(), "Change 5.30"), shown.end());
  EXPECT_TRUE(scanFieldHasFocus());
}

TEST_F(Counter, APriceOverrideByACashierAsksASupervisorWithAMaskedPin) {
  signOnAsCashier();
  scan(kWater);
  keyIntoDialogs(WXK_F4, wxMOD_NONE, {"99", "damaged", "9001\n9999"},
                 {"counter-dialog-price.png", "", "counter-dialog-approval.png"});
  EXPECT_EQ(session_.calls.back(), "overridePrice 1 99 damaged");
  EXPECT_TRUE(panel_->messageStrip().messages().empty()) << "the session took the supervisor's approval";
  EXPECT_EQ(panel_->linesView()->cell(0, 3), "*0.99");
  EXPECT_TRUE(scanFieldHasFocus());
}

TEST_F(Counter, AWrongSupervisorPinIsTheSessionsErrorInTheStrip) {
  signOnAsCashier();
  scan(kWater);
  keyIntoDialogs(WXK_F5, wxMOD_NONE, {"1", "1000", "9001\n1111"});  // percent, 10.00 %, a wrong PIN
  ASSERT_EQ(panel_->messageStrip().messages().size(), 1u);
  EXPECT_EQ(panel_->messageStrip().messages()[0].level, MessageStrip::Level::Error);
  EXPECT_FALSE(session_.view().sale->lines[0].discount.has_value());
  EXPECT_TRUE(scanFieldHasFocus());
}

TEST_F(Counter, CashDialogOffersTheExactAmountOnF1InChinese) {
  ASSERT_TRUE(frame_->setLanguage("zh_CN").isOk());
  signOnAsCashier();
  scan(kWater);
  scan("4711");
  bool exact = false;
  wxTimer pressF1;
  pressF1.Bind(wxEVT_TIMER, [&](wxTimerEvent&) {
    wxDialog* dialog = openDialog();
    if (exact || !dialog || wxGetTopLevelParent(wxWindow::FindFocus()) != dialog) return;
    exact = true;
    saveDialog(*dialog, "counter-dialog-cash-zh_CN.png");
    sim_.MouseMove(test::centreOf(*dialog));
    sim_.Char(WXK_F1);
  });
  pressF1.Start(150);
  sim_.Char(WXK_F7);
  ASSERT_TRUE(pumpUntil([&] { return exact && openDialog() == nullptr; }, 8000ms));
  pressF1.Stop();
  pumpFor(100ms);
  EXPECT_EQ(session_.calls.back(), "tender cash 4830 ");
  EXPECT_FALSE(session_.view().sale.has_value());
  ASSERT_TRUE(frame_->setLanguage("en").isOk());
}

TEST_F(Counter, AReturnPicksLinesByReceiptLineNumberAndNeedsASupervisor) {
  signOnAsCashier();
  scan(kWater);
  scan("1111");
  keyIntoDialog(WXK_F7, wxMOD_NONE, "500");
  ASSERT_TRUE(session_.view().lastCompleted.has_value());
  const std::string receipt = session_.view().lastCompleted->receiptNo;
  keyIntoDialogs(WXK_F6, wxMOD_SHIFT, {receipt, "2", "1", kEsc, "", "9001\n9999"});
  EXPECT_EQ(session_.calls.back(), "completeReturn");
  EXPECT_NE(std::find(session_.calls.begin(), session_.calls.end(), "returnLine 2 1"), session_.calls.end());
  ASSERT_TRUE(session_.view().lastCompleted.has_value());
  EXPECT_EQ(session_.view().lastCompleted->kind, poscore::sale::SaleKind::Return);
  EXPECT_EQ(panel_->linesView()->cell(0, 2), "-1");
  EXPECT_TRUE(panel_->messageStrip().messages().size() == 1 &&
              panel_->messageStrip().messages()[0].level == MessageStrip::Level::Info);
  EXPECT_TRUE(scanFieldHasFocus());
}

TEST_F(Counter, SuspendAndResumeFromTheList) {
  signOnAsCashier();
  scan(kWater);
  sim_.Char(WXK_F2, wxMOD_SHIFT);
  ASSERT_TRUE(pumpUntil([&] { return !session_.view().sale.has_value(); }));
  EXPECT_EQ(panel_->linesView()->rowCount(), 0);
  keyIntoDialogs(WXK_F3, wxMOD_SHIFT, {""});
  ASSERT_TRUE(session_.view().sale.has_value());
  EXPECT_EQ(panel_->linesView()->rowCount(), 1);
  sim_.Char(WXK_F3, wxMOD_SHIFT);
  ASSERT_TRUE(pumpUntil([&] { return !panel_->messageStrip().messages().empty(); }))
      << "nothing suspended: said in the strip, no empty list";
  EXPECT_EQ(openDialog(), nullptr);
}

TEST_F(Counter, ScreenshotsInEnglishAndChinese) {
  signOnAsCashier();
  scan(kWater);
  scan("2000");
  scan("4711");
  ASSERT_TRUE(session_.discountLine(3, {poscore::sale::ManualDiscount::Kind::Percent, 1000, {"9001", ""}},
                                    poscore::counter::Approval{"9001", "9999"}).isOk());
  ASSERT_TRUE(session_.voidLine(1).isOk());
  ASSERT_TRUE(session_.tender("card", poscore::Money::minor(1000), "A1").isOk());
  session_.addNotice({poscore::counter::Notice::Level::Warning, "Printer paper is low: the receipt was queued."});
  pumpFor(100ms);
  EXPECT_EQ(panel_->linesView()->rowCount(), 4) << "three lines and the discount under the third";
  screenshot("counter-en.png");
  ASSERT_TRUE(frame_->setLanguage("zh_CN").isOk());
  pumpFor(200ms);
  EXPECT_EQ(panel_->linesView()->cell(1, 1), "富士苹果");
  EXPECT_NE(panel_->totalsView()->valueOf(tr("Total")), "");
  EXPECT_NE(tr("Total"), "Total");
  screenshot("counter-zh_CN.png");
  ASSERT_TRUE(session_.tender("cash", poscore::Money::minor(10000), "").isOk());
  pumpFor(100ms);
  screenshot("counter-zh_CN-paid.png");
  ASSERT_TRUE(frame_->setLanguage("en").isOk());
}

TEST_F(Counter, ShiftKeysReachTheCounterAndPluginKeysStayFree) {
  signOnAsCashier();
  sim_.Char(WXK_F11, wxMOD_SHIFT);
  ASSERT_TRUE(pumpUntil([&] { return runtime_->catalogs().language() == "zh_CN"; })) << "Shift+F11 switches the language";
  sim_.Char(WXK_F11, wxMOD_SHIFT);
  ASSERT_TRUE(pumpUntil([&] { return runtime_->catalogs().language() == "en"; }));
  EXPECT_FALSE(panel_->pressKey("F9")) << "F9 belongs to plugins";
  EXPECT_FALSE(panel_->pressKey("F12")) << "F12 opens the Plugins screen";
}

TEST_F(Counter, WithoutASessionTheHomeScreenComesBack) {
  wxWeakRef<CustomerDisplay> display(panel_->customerDisplay());
  ASSERT_TRUE(display);
  frame_->setCounterSession(nullptr);
  pumpFor(100ms);
  EXPECT_FALSE(display) << "the customer display goes with the counter";
  EXPECT_FALSE(frame_->showingCounter());
  ASSERT_NE(frame_->shownScreen(), nullptr);
  EXPECT_EQ(frame_->counterPanel(), nullptr);
}

}  // namespace
}  // namespace pos
