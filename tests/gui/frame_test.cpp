// The main frame on a real Runtime (no plugins, a temporary data folder): theme fallback, the
// keyboard wedge end to end, hotkeys, plugin screens, mode and language switches.
#include <gtest/gtest.h>

#include <fstream>

#include <wx/menu.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include "barcode_input.hpp"
#include "frame_capture.hpp"
#include "gui_test_support.hpp"
#include "home_screens.hpp"
#include "main_frame.hpp"
#include "status_fields.hpp"
#include "wx_dispatcher.hpp"

namespace pos {
namespace {

namespace fs = std::filesystem;
using test::pumpFor;
using test::pumpUntil;
using namespace std::chrono_literals;

constexpr std::chrono::milliseconds kTestGap{150};

class Frame : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = test::freshTempDir("pos-frame-test");
    poscore::RuntimeOptions options;
    options.dataDir = dir_ / "data";
    options.localeDir = POS_LOCALE_DIR;
    dispatcher_ = std::make_unique<WxDispatcher>(*wxTheApp);
    runtime_ = std::make_unique<poscore::Runtime>(options, *dispatcher_, model_);
    runtime_->start();
    layout_.themes = POS_THEMES_DIR;
    layout_.locale = POS_LOCALE_DIR;
    FrameSettings settings;
    settings.size = wxSize(900, 650);
    // The simulator types a key about every 40-60 ms, slower than a scanner; the gap is a
    // setting, and this is what the tests set it to.
    settings.wedge.maxGap = kTestGap;
    frame_ = new MainFrame(*runtime_, model_, layout_, settings);
    frame_->Move(0, 0);
    frame_->onClosing([this] {
      dispatcher_->close();
      runtime_.reset();
    });
    frame_->Show();
    frame_->Raise();
    pumpFor(300ms);
  }
  void TearDown() override {
    frame_->Close(true);
    pumpFor(50ms);
    fs::remove_all(dir_);
  }

  // A plugin's view of the UI, as the host hands it to plugins at init.
  std::unique_ptr<possdk::Ui> pluginUi(const std::string& id) { return runtime_->ui().facadeFor(id); }
  std::string tr(const std::string& s) { return runtime_->catalogs().tr(s); }
  void typeSlowly(const std::string& keys, std::chrono::milliseconds gap) {
    wxUIActionSimulator sim;
    for (char c : keys) {
      sim.Char(c);
      pumpFor(gap);
    }
    sim.Char(WXK_RETURN);
  }

  fs::path dir_;
  PluginUiModel model_;
  std::unique_ptr<WxDispatcher> dispatcher_;
  std::unique_ptr<poscore::Runtime> runtime_;
  poscore::Layout layout_;
  MainFrame* frame_ = nullptr;
};

TEST_F(Frame, StartsOnTheCounterHomeScreenWithTheConfiguredTheme) {
  EXPECT_EQ(frame_->mode(), Mode::Counter);
  EXPECT_EQ(frame_->theme().name, "classic");
  ASSERT_NE(frame_->shownScreen(), nullptr);
  EXPECT_EQ(frame_->shownScreen()->id, homeScreenId(Mode::Counter));
  EXPECT_EQ(frame_->headerTitle(), "Counter");
  EXPECT_TRUE(frame_->warnings().empty());
  EXPECT_EQ(frame_->statusField(kServerField), "Offline");
  EXPECT_EQ(frame_->statusField(kModeField), "Mode: Counter");
}

TEST_F(Frame, BrokenThemeFallsBackToTheBuiltInOneAndSaysWhy) {
  const fs::path broken = dir_ / "broken";
  fs::create_directories(broken);
  std::ofstream(broken / "theme.json") << R"({"palette": {"background": "#12345"}})";
  frame_->setTheme(broken.string());
  pumpFor(300ms);
  EXPECT_EQ(frame_->theme(), poscore::theme::builtinTheme());
  ASSERT_EQ(frame_->warnings().size(), 1u);
  const std::string warning = frame_->warnings()[0];
  EXPECT_NE(warning.find((broken / "theme.json").string()), std::string::npos) << warning;
  EXPECT_NE(warning.find("palette.background"), std::string::npos) << warning;
  const auto picture = captureFrame(*frame_);
  EXPECT_TRUE(sameColour(dominantColour(picture), poscore::theme::builtinTheme().palette.background));

  frame_->setTheme("classic");
  EXPECT_TRUE(frame_->warnings().empty()) << "a good theme clears the warning";
}

TEST_F(Frame, ScannerBurstIsPublishedAndShownOnTheCounter) {
  std::vector<std::string> payloads;
  auto subscription = runtime_->bus().subscribe(kBarcodeTopic, [&](const possdk::BusMessage& m) {
    EXPECT_EQ(m.sender, "host");
    payloads.push_back(m.payload);
  });
  wxUIActionSimulator sim;
  sim.Text("4006381333931");
  sim.Char(WXK_RETURN);
  ASSERT_TRUE(pumpUntil([&] { return !payloads.empty(); }));
  EXPECT_EQ(payloads[0], barcodePayload("4006381333931"));
  pumpFor(100ms);
  auto* last = wxWindow::FindWindowByName("last-code", frame_);
  ASSERT_NE(last, nullptr);
  EXPECT_NE(last->GetLabel().Find("4006381333931"), wxNOT_FOUND) << last->GetLabel();
}

TEST_F(Frame, UpperCaseAndPunctuationSurviveTheWedge) {
  std::vector<std::string> payloads;
  auto subscription = runtime_->bus().subscribe(kBarcodeTopic, [&](const possdk::BusMessage& m) {
    payloads.push_back(m.payload);
  });
  wxUIActionSimulator sim;
  sim.Text("Ab-12/$x");
  sim.Char(WXK_RETURN);
  ASSERT_TRUE(pumpUntil([&] { return !payloads.empty(); }));
  EXPECT_EQ(payloads[0], barcodePayload("Ab-12/$x"));
}

// The cursor need not be at the end of the field: the scan is taken out wherever it went in.
TEST_F(Frame, ScanIntoAFieldLeavesTheFieldAsItWas) {
  std::vector<std::string> payloads;
  auto subscription = runtime_->bus().subscribe(kBarcodeTopic, [&](const possdk::BusMessage& m) {
    payloads.push_back(m.payload);
  });
  auto* field = test::findDescendant<wxTextCtrl>(frame_);
  ASSERT_NE(field, nullptr);
  field->SetFocus();
  field->ChangeValue("12");
  field->SetInsertionPoint(1);
  pumpFor(200ms);
  wxUIActionSimulator sim;
  sim.Text("4006381333931");
  sim.Char(WXK_RETURN);
  ASSERT_TRUE(pumpUntil([&] { return !payloads.empty(); }));
  pumpFor(200ms);
  EXPECT_EQ(payloads.size(), 1u);
  EXPECT_EQ(field->GetValue(), "12");
  EXPECT_EQ(field->GetInsertionPoint(), 1);
}

TEST_F(Frame, HumanTypingIsNotAScan) {
  int scans = 0;
  auto subscription = runtime_->bus().subscribe(kBarcodeTopic, [&](const possdk::BusMessage&) { ++scans; });
  typeSlowly("123456", kTestGap * 3);
  pumpFor(300ms);
  EXPECT_EQ(scans, 0);
}

TEST_F(Frame, FunctionKeyTriggersTheModesActionOnce) {
  auto ui = pluginUi("tester");
  int triggered = 0;
  ui->addAction(possdk::Action{"count", "Count", "F7", {"counter"}, [&] { ++triggered; }});
  pumpFor(100ms);
  wxUIActionSimulator sim;
  sim.Char(WXK_F7);
  ASSERT_TRUE(pumpUntil([&] { return triggered > 0; }));
  pumpFor(200ms);
  EXPECT_EQ(triggered, 1) << "the key handler and the menu accelerator must not both run it";

  frame_->setMode(Mode::SelfCheckout);
  pumpFor(100ms);
  sim.Char(WXK_F7);
  pumpFor(300ms);
  EXPECT_EQ(triggered, 1) << "a counter action is not offered at self-checkout";
  EXPECT_NE(wxWindow::FindWindowByLabel(wxString::FromUTF8(tr("No plugin actions in this mode")), frame_), nullptr);
}

TEST_F(Frame, ActionButtonShowsItsKeyAndTriggers) {
  auto ui = pluginUi("tester");
  int triggered = 0;
  ui->addAction(possdk::Action{"redeem", "Redeem points", "F8", {}, [&] { ++triggered; }});
  pumpFor(100ms);
  auto* button = wxWindow::FindWindowByLabel("F8  Redeem points", frame_);
  ASSERT_NE(button, nullptr);
  wxCommandEvent click(wxEVT_BUTTON, button->GetId());
  click.SetEventObject(button);
  button->ProcessWindowEvent(click);
  ASSERT_TRUE(pumpUntil([&] { return triggered == 1; }));
}

TEST_F(Frame, PluginScreenShowsRoutesEventsAndClosesBackToHome) {
  auto ui = pluginUi("tester");
  std::vector<possdk::UiEvent> events;
  ui->onEvent("confirm", [&](const possdk::UiEvent& e) { events.push_back(e); });
  possdk::Screen screen;
  screen.id = "confirm";
  screen.title = "Confirm redemption";
  screen.add(possdk::ui::button("yes", "Yes", "primary"));
  ui->show(screen);
  pumpFor(100ms);
  ASSERT_NE(frame_->shownScreen(), nullptr);
  EXPECT_EQ(frame_->shownScreen()->id, "confirm");
  auto* yes = wxWindow::FindWindowByName("yes", frame_);
  ASSERT_NE(yes, nullptr);
  wxCommandEvent click(wxEVT_BUTTON, yes->GetId());
  click.SetEventObject(yes);
  yes->ProcessWindowEvent(click);
  ASSERT_TRUE(pumpUntil([&] { return !events.empty(); }));
  EXPECT_EQ(events[0].element, "yes");

  wxUIActionSimulator().Char(WXK_ESCAPE);
  ASSERT_TRUE(pumpUntil([&] { return events.size() == 2; }));
  EXPECT_EQ(events[1].kind, possdk::UiEventKind::Closed) << "Escape asks the plugin to close its screen";

  ui->close("confirm");
  pumpFor(100ms);
  EXPECT_EQ(frame_->shownScreen()->id, homeScreenId(Mode::Counter));
}

TEST_F(Frame, EscapeClosesAScreenWhosePluginDoesNotHandleIt) {
  auto ui = pluginUi("tester");
  possdk::Screen screen;
  screen.id = "orphan";
  screen.title = "Nobody listens";
  screen.add(possdk::ui::button("ok", "OK"));
  ui->show(screen);
  pumpFor(100ms);
  ASSERT_EQ(frame_->shownScreen()->id, "orphan");
  wxUIActionSimulator().Char(WXK_ESCAPE);
  ASSERT_TRUE(pumpUntil([&] { return frame_->shownScreen()->id == homeScreenId(Mode::Counter); }))
      << "the cashier was left on a screen nothing closes";
}

TEST_F(Frame, LanguageSwitchRebuildsEveryVisibleString) {
  ASSERT_TRUE(frame_->setLanguage("zh_CN").isOk());
  pumpFor(200ms);
  EXPECT_NE(tr("Counter"), "Counter") << "the zh_CN catalog is loaded";
  EXPECT_EQ(frame_->headerTitle(), tr("Counter"));
  EXPECT_EQ(frame_->statusField(kServerField), tr("Offline"));
  EXPECT_EQ(frame_->statusField(kLanguageField), "简体中文");
  EXPECT_NE(wxWindow::FindWindowByLabel(wxString::FromUTF8(tr("Scan an item")), frame_), nullptr);
  EXPECT_EQ(frame_->GetMenuBar()->GetMenuLabelText(2), wxMenuItem::GetLabelText(wxString::FromUTF8(tr("&Mode"))));
  EXPECT_FALSE(frame_->setLanguage("fr").isOk());
}

TEST_F(Frame, MenusSwitchModeAndTheme) {
  wxMenuBar* bar = frame_->GetMenuBar();
  wxMenu* modes = bar->GetMenu(bar->FindMenu(wxString::FromUTF8(tr("&Mode"))));
  ASSERT_NE(modes, nullptr);
  modes->SendEvent(modes->FindItemByPosition(1)->GetId(), 1);
  ASSERT_TRUE(pumpUntil([&] { return frame_->mode() == Mode::SelfCheckout; }));
  EXPECT_EQ(frame_->shownScreen()->id, homeScreenId(Mode::SelfCheckout));

  bar = frame_->GetMenuBar();  // rebuilt by the switch
  wxMenu* themes = bar->GetMenu(bar->FindMenu(wxString::FromUTF8(tr("&Theme"))));
  ASSERT_NE(themes, nullptr);
  const int item = themes->FindItem("self-checkout");
  ASSERT_NE(item, wxNOT_FOUND);
  themes->SendEvent(item, 1);
  ASSERT_TRUE(pumpUntil([&] { return frame_->theme().name == "self-checkout"; }));
}

TEST_F(Frame, F12TogglesThePluginsScreen) {
  wxUIActionSimulator sim;
  sim.Char(WXK_F12);
  ASSERT_TRUE(pumpUntil([&] { return frame_->showingPlugins(); }));
  EXPECT_EQ(frame_->pluginRows(), static_cast<int>(runtime_->plugins().plugins().size()));
  sim.Char(WXK_F12);
  ASSERT_TRUE(pumpUntil([&] { return !frame_->showingPlugins(); }));
}

}  // namespace
}  // namespace pos
