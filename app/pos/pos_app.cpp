#include "pos_app.hpp"

#include <iostream>

#include <wx/msgdlg.h>

#include "counter_host.hpp"
#include "frame_capture.hpp"
#include "launch_settings.hpp"
#include "main_frame.hpp"
#include "selfcheckout/self_checkout_host.hpp"
#include "selftest.hpp"
#include "startup_clock.hpp"
#include "startup_report.hpp"
#include "wx_dispatcher.hpp"
#include "wx_log_bridge.hpp"

namespace pos {

namespace {
// What --screenshot waits after the first paint, for GTK to finish drawing every control.
constexpr int kScreenshotSettleMs = 500;
}  // namespace

PosApp::PosApp(ShellOptions options) : options_(std::move(options)) {}

PosApp::~PosApp() = default;

bool PosApp::OnInit() {
  delete wxLog::SetActiveTarget(new WxLogBridge);
  wxImage::AddHandler(new wxPNGHandler);
  SetAppName("pos");
  layout_ = poscore::Layout::fromExecutable();
  if (!startRuntime()) return false;
  frame_->onFirstPaint([this] { afterFirstScreen(); });
  frame_->Show();
  return true;
}

bool PosApp::startRuntime() {
  try {
    const LaunchSettings launch = resolveLaunch(options_, layout_);
    dispatcher_ = std::make_unique<WxDispatcher>(*this);
    runtime_ = std::make_unique<poscore::Runtime>(launch.runtime, *dispatcher_, plugins_);
    if (launch.language) {
      if (auto ok = runtime_->catalogs().setLanguage(*launch.language); !ok) throw std::invalid_argument(ok.error());
    }
    runtime_->start();
    frame_ = new MainFrame(*runtime_, plugins_, layout_, launch.frame);
    counter_ = std::make_unique<CounterHost>(*runtime_);
    if (!counter_->problem().empty()) frame_->addWarning(counter_->problem());
    frame_->setCounterSession(counter_->session());
    if (launch.frame.mode == Mode::SelfCheckout && counter_->session()) {
      selfCheckout_ = std::make_unique<SelfCheckoutHost>(*runtime_, *dispatcher_, *counter_->session());
      if (!selfCheckout_->problem().empty()) frame_->addWarning(selfCheckout_->problem());
      frame_->setSelfCheckoutSession(selfCheckout_->session());
    }
  } catch (const std::exception& e) {
    fail(e.what());
    return false;
  }
  // Stopped while the frame still exists, so the plugins' last screens and device events land.
  frame_->onClosing([this] {
    selfCheckout_.reset();
    counter_.reset();
    dispatcher_->close();
    runtime_.reset();
  });
  return true;
}

void PosApp::afterFirstScreen() {
  if (options_.exitAfterFirstScreen) printStartupReport(std::cout, sinceProcessStart(), runtime_->plugins().plugins());
  if (!options_.selftestDir.empty()) {
    selftest_ = std::make_unique<Selftest>(*frame_, *runtime_, layout_.themes, options_.selftestDir,
                                           [this](int code) { finish(code); });
    selftest_->start();
  } else if (!options_.screenshot.empty()) {
    settle_ = std::make_unique<wxTimer>(this);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { takeScreenshot(); });
    settle_->StartOnce(kScreenshotSettleMs);
  } else if (options_.exitAfterFirstScreen) {
    finish(0);
  }
}

void PosApp::takeScreenshot() {
  const auto saved = savePng(captureFrame(*frame_), options_.screenshot);
  if (!saved) std::cerr << "pos: " << saved.error() << "\n";
  finish(saved ? 0 : 1);
}

void PosApp::finish(int code) {
  exitCode_ = code;
  frame_->Close(true);
}

int PosApp::OnRun() {
  const int loop = wxApp::OnRun();
  return exitCode_ != 0 ? exitCode_ : loop;
}

void PosApp::fail(const std::string& message) {
  std::cerr << "pos: " << message << "\n";
  if (!options_.unattended()) wxMessageBox(wxString::FromUTF8(message), "pos", wxOK | wxICON_ERROR);
}

}  // namespace pos
