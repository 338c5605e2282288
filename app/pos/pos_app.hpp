#pragma once
#include <memory>

#include <wx/app.h>
#include <wx/timer.h>

#include "command_line.hpp"
#include "plugin_ui_model.hpp"
#include "poscore/layout.hpp"
#include "poscore/runtime.hpp"

namespace pos {

class CounterHost;
class SelfCheckoutHost;
class MainFrame;
class Selftest;
class WxDispatcher;

// Wires the lane together: the Runtime with a wx dispatcher and the plugin UI model, then the
// frame, then whatever the command line asked to happen once the first screen is up.
class PosApp final : public wxApp {
 public:
  explicit PosApp(ShellOptions options);
  ~PosApp() override;
  bool OnInit() override;
  int OnRun() override;

 private:
  bool startRuntime();
  void afterFirstScreen();
  void takeScreenshot();
  // Leaves with `code` once the frame has closed (and the Runtime with it).
  void finish(int code);
  void fail(const std::string& message);

  ShellOptions options_;
  poscore::Layout layout_;
  std::unique_ptr<WxDispatcher> dispatcher_;
  PluginUiModel plugins_;
  std::unique_ptr<poscore::Runtime> runtime_;
  std::unique_ptr<CounterHost> counter_;  // after the Runtime: it works in the Runtime's database
  std::unique_ptr<SelfCheckoutHost> selfCheckout_;  // after the counter: it drives the counter's session
  MainFrame* frame_ = nullptr;
  std::unique_ptr<Selftest> selftest_;
  std::unique_ptr<wxTimer> settle_;  // made once wx runs: timers need the toolkit
  int exitCode_ = 0;
};

}  // namespace pos
