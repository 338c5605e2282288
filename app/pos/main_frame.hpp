#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <wx/frame.h>
#include <wx/timer.h>

#include "barcode_input.hpp"
#include "counter/counter_settings.hpp"
#include "scan_field_guard.hpp"
#include "selfcheckout/self_checkout_screens.hpp"
#include "modes.hpp"
#include "plugin_ui_model.hpp"
#include "poscore/layout.hpp"
#include "poscore/runtime.hpp"
#include "poscore/theme/theme.hpp"

class wxPanel;

namespace poscore::counter {
class CounterSession;
}
namespace poscore::selfcheckout {
class SelfCheckoutSession;
}

namespace pos {

class ActionBar;
class CounterPanel;
class HeaderBar;
class PluginsPanel;
class ScreenView;
class StatusStrip;
class WarningBar;

struct FrameSettings {
  Mode mode = Mode::Counter;
  std::string theme = "classic";  // a name under the themes folder, or a theme folder
  poscore::input::WedgeOptions wedge;
  wxSize size{1024, 720};
  CounterSettings counter;
};

// The lane's window: warnings, a header, the home screen of the mode or the plugin screen on top,
// the mode's plugin actions, and the status bar. Mode, theme and language switch while running.
class MainFrame final : public wxFrame {
 public:
  MainFrame(poscore::Runtime& runtime, PluginUiModel& plugins, poscore::Layout layout, const FrameSettings& settings);

  void setMode(Mode mode);
  // A broken or missing theme falls back to the built-in one, and the warning bar says why.
  void setTheme(const std::string& nameOrDir);
  possdk::Status setLanguage(const std::string& language);
  void showPlugins(bool show);
  // The counter's sale screen, driven by `session`, in place of the counter's home screen; nullptr
  // puts the home screen back. The frame does not own the session: it must outlive the frame or
  // be taken away with setCounterSession(nullptr) first.
  void setCounterSession(poscore::counter::CounterSession* session);
  // The self-checkout screens, driven by `session`, in place of the self-checkout home screen;
  // nullptr puts the home screen back. Not owned, as with setCounterSession().
  void setSelfCheckoutSession(poscore::selfcheckout::SelfCheckoutSession* session);
  // Whether the customer sees the self-checkout session's screens now.
  bool showingSelfCheckout() const;
  // Whether the counter's sale screen is what the cashier sees now.
  bool showingCounter() const;
  CounterPanel* counterPanel() const { return counterPanel_; }
  // What pressing a function key does ("F9": the mode's plugin action bound to it, "F12": the
  // Plugins screen). False when nothing is bound to it.
  bool pressFunctionKey(const std::string& key);

  Mode mode() const { return mode_; }
  const poscore::theme::Theme& theme() const { return theme_; }
  const std::string& themeWarning() const { return themeWarning_; }
  // A problem the shell found outside the plugins and the theme (the counter could not start),
  // shown in the warning bar until the lane restarts.
  void addWarning(std::string message);
  bool showingPlugins() const;
  int pluginRows() const;
  std::string headerTitle() const;
  const possdk::Screen* shownScreen() const;
  // Ids of the shown screen's buttons a user cannot see whole (cut off, scrolled away).
  std::vector<std::string> buttonsOutOfView() const;
  const std::vector<std::string>& warnings() const;
  std::string statusField(int index) const;

  // Runs `done` once, after the frame has painted its first screen.
  void onFirstPaint(std::function<void()> done);
  // Runs as the frame closes, before it is destroyed: the app stops the Runtime there, while
  // everything the plugins' last calls may reach still exists.
  void onClosing(std::function<void()> closing) { closing_ = std::move(closing); }

 private:
  void buildLayout();
  void useTheme(const std::string& nameOrDir);
  void connectRuntime();
  void refreshAll();
  void refreshScreen();
  // Which of the home or plugin screen, the counter and the Plugins screen fills the middle.
  void showCentre();
  void switchLanguage();
  void refreshActions();
  void refreshMenus();
  void refreshHeader();
  void refreshWarnings();
  void refreshStatus();
  void onPluginsChanged(PluginUiModel::Change change);
  void onCharHook(wxKeyEvent& event);
  bool onEscape();
  void onScanKey(wxKeyEvent& event);
  void noteBurstStart(poscore::input::KeyboardWedge::TimePoint at);
  void onBarcode(const std::string& payload);
  void onHomeEvent(const possdk::UiEvent& event);
  void onSelfCheckoutEvent(const possdk::UiEvent& event);
  void onSelfCheckoutTender(const std::string& kind);
  void onSelfCheckoutChange();
  void trigger(const PluginAction& action);
  void onClose(wxCloseEvent& event);
  std::string tr(const std::string& msgid) const;
  Translate translator() const;

  poscore::Runtime& runtime_;
  PluginUiModel& plugins_;
  poscore::Layout layout_;
  Mode mode_;
  CounterSettings counterSettings_;
  poscore::counter::CounterSession* session_ = nullptr;
  poscore::selfcheckout::SelfCheckoutSession* selfCheckout_ = nullptr;
  SelfCheckoutPrompt selfCheckoutPrompt_;
  int selfCheckoutStage_ = -1;  // the stage the prompt belongs to
  poscore::theme::Theme theme_;
  std::string themeWarning_;
  std::vector<std::string> shellWarnings_;
  std::filesystem::path unreadableLogo_;  // the theme's logo, when it would not load
  std::string lastCode_;
  BarcodeInput barcodes_;
  ScanFieldGuard scanField_;
  std::optional<poscore::input::KeyboardWedge::TimePoint> lastWedgeKey_;
  std::unique_ptr<possdk::Subscription> barcodeSubscription_;
  wxTimer statusTimer_;
  std::function<void()> closing_;
  // Set once the Runtime is gone: events already queued must not reach it.
  bool closed_ = false;

  wxPanel* root_ = nullptr;
  WarningBar* warningBar_ = nullptr;
  HeaderBar* header_ = nullptr;
  ScreenView* screenView_ = nullptr;
  PluginsPanel* pluginsPanel_ = nullptr;
  CounterPanel* counterPanel_ = nullptr;
  ActionBar* actionBar_ = nullptr;
  StatusStrip* statusBar_ = nullptr;
};

}  // namespace pos
