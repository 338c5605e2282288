// A customer at the self-checkout, from the shell's screens to the SMS gateway: the frame in
// self-checkout mode on the lane's real counter (demo catalog), a capture printer and the SMS
// gateway simulator on 127.0.0.1. Two items scanned, paid by card, the receipt sent by SMS; then
// the screenshots and the message the simulator filed are read back.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/SocketAddress.h>
#include <wx/image.h>
#include <wx/textctrl.h>

#include "barcode_input.hpp"
#include "capture_server.hpp"
#include "counter_host.hpp"
#include "frame_capture.hpp"
#include "gui_test_support.hpp"
#include "main_frame.hpp"
#include "poscore/runtime.hpp"
#include "poscore/services/clocks.hpp"
#include "selfcheckout/self_checkout_host.hpp"
#include "sms_inbox.hpp"
#include "wx_dispatcher.hpp"

namespace pos {
namespace {

namespace fs = std::filesystem;
using poscore::selfcheckout::Stage;
using test::pumpFor;
using test::pumpUntil;
using namespace std::chrono_literals;

constexpr const char* kColaCan = "6921270000016";    // 3.00
constexpr const char* kSparkling = "6921270000153";  // 5.50
constexpr const char* kToken = "gui-token";
constexpr auto kDeadline = 20s;
constexpr auto kNoonShanghai = std::chrono::sys_days{std::chrono::November / 20 / 2026} + std::chrono::hours(4);

// The demo lane's settings with the printer on the capture server, SMS to the simulator, and
// neither plugins nor devices.
void writeSettings(const fs::path& file, const std::string& printerAddress, std::uint16_t smsPort) {
  std::ifstream demo(fs::path(POS_SOURCE_DIR) / "app/pos/demo/pos.json");
  auto root = Poco::JSON::Parser().parse(demo).extract<Poco::JSON::Object::Ptr>();
  root->remove("plugins");
  root->remove("devices");
  root->remove("server");
  root->getObject("lane")->remove("data_dir");
  root->getObject("printer")->set("connection", "tcp:" + printerAddress);
  auto seed = root->getObject("demo");
  seed->set("catalog", std::string(POS_SOURCE_DIR) + "/app/pos/demo/catalog.csv");
  seed->set("promotions", std::string(POS_SOURCE_DIR) + "/app/pos/demo/promotions.json");
  auto sms = root->getObject("sms");
  sms->set("url", "http://127.0.0.1:" + std::to_string(smsPort) + "/send");
  sms->set("token", kToken);
  std::ofstream out(file);
  root->stringify(out, 2);
}

// How many pixels of the image have exactly this colour.
int pixelsOf(const wxImage& image, poscore::theme::Rgb colour) {
  int n = 0;
  const unsigned char* data = image.GetData();
  const int count = image.GetWidth() * image.GetHeight();
  for (int i = 0; i < count; ++i) {
    if (data[3 * i] == colour.r && data[3 * i + 1] == colour.g && data[3 * i + 2] == colour.b) ++n;
  }
  return n;
}

class SelfCheckoutGui : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = test::freshTempDir("pos-sco-gui");
    inbox_ = std::make_unique<smssim::SmsInbox>(Poco::Net::SocketAddress("127.0.0.1", 0), dir_ / "sms", kToken);
    writeSettings(dir_ / "pos.json", printer_.address(), inbox_->port());
    poscore::RuntimeOptions options;
    options.configFile = dir_ / "pos.json";
    options.dataDir = dir_ / "data";
    options.localeDir = POS_LOCALE_DIR;
    dispatcher_ = std::make_unique<WxDispatcher>(*wxTheApp);
    runtime_ = std::make_unique<poscore::Runtime>(options, *dispatcher_, model_, clock_);
    runtime_->start();
    counter_ = std::make_unique<CounterHost>(*runtime_);
    ASSERT_NE(counter_->session(), nullptr) << counter_->problem();
    selfCheckout_ = std::make_unique<SelfCheckoutHost>(*runtime_, *dispatcher_, *counter_->session());
    ASSERT_NE(selfCheckout_->session(), nullptr) << selfCheckout_->problem();
    layout_.themes = POS_THEMES_DIR;
    layout_.locale = POS_LOCALE_DIR;
    FrameSettings settings;
    settings.mode = Mode::SelfCheckout;
    settings.size = wxSize(1024, 720);
    frame_ = new MainFrame(*runtime_, model_, layout_, settings);
    frame_->Move(0, 0);
    frame_->onClosing([this] {
      selfCheckout_.reset();
      counter_.reset();
      dispatcher_->close();
      runtime_.reset();
    });
    frame_->setCounterSession(counter_->session());
    frame_->setSelfCheckoutSession(selfCheckout_->session());
    frame_->Show();
    pumpFor(300ms);
  }
  void TearDown() override {
    if (frame_) {
      frame_->Close(true);
      EXPECT_TRUE(pumpUntil([&] { return runtime_ == nullptr; }, kDeadline)) << "the frame did not close";
    }
    inbox_.reset();
    fs::remove_all(dir_);
  }

  const poscore::selfcheckout::View& view() { return selfCheckout_->session()->view(); }
  std::string shownId() const { return frame_->shownScreen() ? frame_->shownScreen()->id : ""; }
  bool waitForScreen(const std::string& id) { return pumpUntil([&] { return shownId() == id; }, kDeadline); }

  void press(const std::string& label) {
    wxWindow* button = wxWindow::FindWindowByLabel(label, frame_);
    ASSERT_NE(button, nullptr) << "no button " << label << " on " << shownId();
    wxCommandEvent click(wxEVT_BUTTON, button->GetId());
    click.SetEventObject(button);
    button->ProcessWindowEvent(click);
    pumpFor(100ms);
  }
  // Types into the screen's text entry and presses Enter, as the customer would.
  void enter(const std::string& value) {
    auto* field = test::findDescendant<wxTextCtrl>(frame_);
    ASSERT_NE(field, nullptr) << "no text entry on " << shownId();
    field->SetValue(wxString::FromUTF8(value));
    wxCommandEvent submitted(wxEVT_TEXT_ENTER, field->GetId());
    submitted.SetEventObject(field);
    field->ProcessWindowEvent(submitted);
    pumpFor(100ms);
  }
  std::size_t lines() { return view().sale ? view().sale->lines.size() : 0; }
  fs::path screenshot(const std::string& file) {
    pumpFor(300ms);
    fs::create_directories(POS_GUI_SCREENSHOT_DIR);
    const auto path = fs::path(POS_GUI_SCREENSHOT_DIR) / file;
    EXPECT_TRUE(savePng(captureFrame(*frame_), path).isOk());
    return path;
  }

  fs::path dir_;
  postest::CaptureServer printer_;
  std::unique_ptr<smssim::SmsInbox> inbox_;
  std::shared_ptr<poscore::ManualClock> clock_ = std::make_shared<poscore::ManualClock>(kNoonShanghai);
  PluginUiModel model_;
  std::unique_ptr<WxDispatcher> dispatcher_;
  std::unique_ptr<poscore::Runtime> runtime_;
  std::unique_ptr<CounterHost> counter_;
  std::unique_ptr<SelfCheckoutHost> selfCheckout_;
  poscore::Layout layout_;
  MainFrame* frame_ = nullptr;
};

TEST_F(SelfCheckoutGui, TwoItemsPaidByCardWithTheReceiptBySms) {
  ASSERT_TRUE(waitForScreen("sco.welcome")) << shownId();
  // A scanner's code, as the barcode input publishes it, then one keyed into the screen's field.
  runtime_->bus().publish("host", kBarcodeTopic, barcodePayload(kColaCan, false));
  ASSERT_TRUE(pumpUntil([&] { return lines() == 1; }, kDeadline)) << view().message;
  ASSERT_TRUE(waitForScreen("sco.scanning"));
  enter(kSparkling);
  ASSERT_TRUE(pumpUntil([&] { return lines() == 2; }, kDeadline)) << view().message;
  const auto scanning = screenshot("self-checkout-scanning.png");

  press("Pay");
  ASSERT_TRUE(waitForScreen("sco.pay")) << view().message;
  press("Card");
  ASSERT_TRUE(waitForScreen("sco.pay.card"));
  enter("A1B2C3");
  ASSERT_TRUE(waitForScreen("sco.receipt")) << view().message;
  ASSERT_TRUE(view().sale);
  const std::string receiptNo = view().sale->receiptNo;
  EXPECT_FALSE(receiptNo.empty());

  press("SMS");
  ASSERT_TRUE(waitForScreen("sco.receipt.sms"));
  screenshot("self-checkout-sms.png");
  enter("138 1234 5678");
  ASSERT_TRUE(pumpUntil([&] { return view().stage == Stage::ThankYou; }, kDeadline)) << view().message;
  ASSERT_TRUE(waitForScreen("sco.thanks"));
  screenshot("self-checkout-thanks.png");

  // The message the simulator filed: to the normalised number, the receipt in short form.
  std::ifstream filed(dir_ / "sms" / "1.json");
  ASSERT_TRUE(filed) << "the simulator filed no message";
  std::stringstream body;
  body << filed.rdbuf();
  const auto message = Poco::JSON::Parser().parse(body.str()).extract<Poco::JSON::Object::Ptr>();
  EXPECT_EQ(message->getValue<std::string>("to"), "+8613812345678");
  const auto text = message->getValue<std::string>("text");
  EXPECT_NE(text.find(receiptNo), std::string::npos) << text;
  EXPECT_NE(text.find("2 line(s)"), std::string::npos) << text;
  EXPECT_NE(text.find("8.50"), std::string::npos) << text;
  EXPECT_NE(text.find("Huyuan Supermarket"), std::string::npos) << text;
  EXPECT_FALSE(fs::exists(dir_ / "sms" / "2.json"));

  // The scanning screenshot: the frame whole, with the Pay button in the theme's accent colour.
  wxImage shot(wxString(scanning.string()), wxBITMAP_TYPE_PNG);
  ASSERT_TRUE(shot.IsOk());
  EXPECT_EQ(shot.GetSize(), frame_->GetSize());
  EXPECT_GT(pixelsOf(shot, frame_->theme().palette.accent), 1000) << "no primary button drawn";
}

TEST_F(SelfCheckoutGui, TheAttendantRemovesALineWithTheirNumberAndPin) {
  runtime_->bus().publish("host", kBarcodeTopic, barcodePayload(kColaCan, false));
  runtime_->bus().publish("host", kBarcodeTopic, barcodePayload(kSparkling, false));
  ASSERT_TRUE(pumpUntil([&] { return lines() == 2; }, kDeadline)) << view().message;
  ASSERT_TRUE(waitForScreen("sco.scanning"));
  // Picking a table row is the renderer's (renderer_test); here the session is asked directly.
  ASSERT_TRUE(selfCheckout_->session()->requestRemoval(1));
  ASSERT_TRUE(waitForScreen("sco.attendant.id"));
  for (const char* key : {"9", "0", "0", "1", "Enter"}) press(key);
  ASSERT_TRUE(waitForScreen("sco.attendant.pin"));
  for (const char* key : {"9", "9", "9", "9", "Enter"}) press(key);
  ASSERT_TRUE(waitForScreen("sco.scanning")) << view().message;
  EXPECT_TRUE(view().sale->lines[0].voided);
  screenshot("self-checkout-after-removal.png");
}

TEST_F(SelfCheckoutGui, ABaggingProblemShowsTheGaugeAndRefusesPay) {
  runtime_->bus().publish("host", kBarcodeTopic, barcodePayload(kColaCan, false));
  ASSERT_TRUE(pumpUntil([&] { return lines() == 1; }, kDeadline)) << view().message;
  runtime_->bus().publish("weighing", "weighing.bagging",
                          R"({"state":"mismatch","line_no":1,"grams":520,"expected_grams":350,"min_grams":330,)"
                          R"("max_grams":370,"message":"The bag weighs more than the items scanned"})");
  ASSERT_TRUE(pumpUntil([&] { return view().blocked; }, kDeadline));
  ASSERT_TRUE(waitForScreen("sco.scanning"));
  const possdk::Screen& shown = *frame_->shownScreen();
  const auto element = [&](const std::string& id) {
    return std::find_if(shown.elements.begin(), shown.elements.end(), [&](const possdk::Element& e) { return e.id == id; });
  };
  ASSERT_NE(element("sco-gauge"), shown.elements.end());
  EXPECT_EQ(element("sco-gauge")->value, 520);
  EXPECT_EQ(element("sco-gauge")->max, 370);
  ASSERT_NE(element("sco-bagging"), shown.elements.end());
  EXPECT_EQ(element("sco-bagging")->text, "The bag weighs more than the items scanned");
  EXPECT_FALSE(element(sco::kPay)->enabled);
  screenshot("self-checkout-bagging.png");
  press("Help");
  ASSERT_TRUE(waitForScreen("sco.attendant.id"));
  EXPECT_EQ(view().attendantReason, "The bag weighs more than the items scanned");
}

}  // namespace
}  // namespace pos
