#include "main_frame.hpp"

#include <algorithm>

#include <wx/menu.h>
#include <wx/sizer.h>

#include "action_bar.hpp"
#include "counter/counter_panel.hpp"
#include "header_bar.hpp"
#include "home_screens.hpp"
#include "menu_bar.hpp"
#include "plugins_panel.hpp"
#include "poscore/services/log.hpp"
#include "poscore/theme/theme_loader.hpp"
#include "poscore/selfcheckout/self_checkout_session.hpp"
#include "renderer/screen_view.hpp"
#include "status_fields.hpp"
#include "status_strip.hpp"
#include "theme_style.hpp"
#include "warning_bar.hpp"

namespace pos {

namespace {
// The outbox has no change notification; the status bar looks at its backlog this often.
constexpr int kStatusRefreshMs = 2000;
}  // namespace

MainFrame::MainFrame(poscore::Runtime& runtime, PluginUiModel& plugins, poscore::Layout layout,
                     const FrameSettings& settings)
    : wxFrame(nullptr, wxID_ANY, wxString(), wxDefaultPosition, settings.size),
      runtime_(runtime),
      plugins_(plugins),
      layout_(std::move(layout)),
      mode_(settings.mode),
      counterSettings_(settings.counter),
      barcodes_(runtime.bus(), settings.wedge),
      statusTimer_(this) {
  buildLayout();
  useTheme(settings.theme);
  connectRuntime();
  refreshAll();
}

void MainFrame::buildLayout() {
  root_ = new wxPanel(this);
  warningBar_ = new WarningBar(root_);
  header_ = new HeaderBar(root_);
  screenView_ = new ScreenView(root_, translator());
  pluginsPanel_ = new PluginsPanel(root_, [this] { showPlugins(false); });
  pluginsPanel_->Hide();
  actionBar_ = new ActionBar(root_, [this](const PluginAction& a) { trigger(a); });
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(warningBar_, 0, wxEXPAND);
  column->Add(header_, 0, wxEXPAND);
  column->Add(screenView_, 1, wxEXPAND);
  column->Add(pluginsPanel_, 1, wxEXPAND);
  column->Add(actionBar_, 0, wxEXPAND);
  statusBar_ = new StatusStrip(root_);
  column->Add(statusBar_, 0, wxEXPAND);
  root_->SetSizer(column);
}

void MainFrame::connectRuntime() {
  plugins_.onChanged([this](PluginUiModel::Change change) { onPluginsChanged(change); });
  runtime_.catalogs().onChanged([this] {
    if (closed_) return;
    screenView_->invalidate();
    refreshAll();
  });
  runtime_.devices().onChange([this] { refreshStatus(); });
  barcodeSubscription_ = runtime_.bus().subscribe(
      kBarcodeTopic, [this](const possdk::BusMessage& message) { onBarcode(message.payload); });
  Bind(wxEVT_CHAR_HOOK, &MainFrame::onCharHook, this);
  Bind(wxEVT_CLOSE_WINDOW, &MainFrame::onClose, this);
  // Back at the lane from another window: the counter's scan field takes the keyboard again.
  Bind(wxEVT_ACTIVATE, [this](wxActivateEvent& event) {
    event.Skip();
    if (event.GetActive() && showingCounter()) CallAfter([this] { if (showingCounter()) counterPanel_->focusEntry(); });
  });
  Bind(wxEVT_TIMER, [this](wxTimerEvent&) { refreshStatus(); });
  statusTimer_.Start(kStatusRefreshMs);
}

void MainFrame::setMode(Mode mode) {
  if (closed_) return;
  mode_ = mode;
  barcodes_.reset();
  refreshAll();
}

void MainFrame::setTheme(const std::string& nameOrDir) {
  if (closed_) return;
  useTheme(nameOrDir);
  refreshAll();
}

void MainFrame::useTheme(const std::string& nameOrDir) {
  const auto loaded = poscore::theme::loadNamedTheme(layout_.themes, nameOrDir);
  theme_ = loaded.theme;
  themeWarning_ = loaded.warning;
  // In the log as well as on screen, for whoever looks at the lane later.
  if (!themeWarning_.empty()) poscore::LogSink::instance().write(possdk::LogLevel::Warning, "shell", themeWarning_);
  unreadableLogo_ = header_->setLogo(theme_.logo) ? std::filesystem::path() : theme_.logo;
  if (!unreadableLogo_.empty()) {
    poscore::LogSink::instance().write(possdk::LogLevel::Warning, "shell",
                                       "theme logo " + unreadableLogo_.string() + " could not be read");
  }
}

possdk::Status MainFrame::setLanguage(const std::string& language) {
  if (closed_) return possdk::Status::fail("the lane is shutting down");
  // Catalogs calls back (onChanged) to rebuild every visible string.
  return runtime_.catalogs().setLanguage(language);
}

void MainFrame::showPlugins(bool show) {
  if (closed_) return;
  if (show) pluginsPanel_->set(runtime_.plugins().plugins(), theme_, translator());
  pluginsPanel_->Show(show);
  showCentre();
  refreshHeader();
  root_->Layout();
}

void MainFrame::addWarning(std::string message) {
  shellWarnings_.push_back(std::move(message));
  refreshWarnings();
}

void MainFrame::setCounterSession(poscore::counter::CounterSession* session) {
  if (closed_) return;
  if (counterPanel_) {
    counterPanel_->detach();
    counterPanel_->Destroy();
    counterPanel_ = nullptr;
  }
  session_ = session;
  if (session_) {
    CounterPanel::Hooks hooks{[this](const std::string& code) { barcodes_.publishManual(code); },
                              [this] { switchLanguage(); }};
    counterPanel_ = new CounterPanel(root_, *session_, counterSettings_, std::move(hooks));
    // Where the home screen sits: below the header, above the plugin actions.
    root_->GetSizer()->Insert(3, counterPanel_, 1, wxEXPAND);
    counterPanel_->restyle(theme_, translator(), runtime_.catalogs().language());
  }
  showCentre();
}

bool MainFrame::showingCounter() const { return counterPanel_ && counterPanel_->IsShown(); }

void MainFrame::showCentre() {
  const bool plugins = pluginsPanel_->IsShown();
  const bool counter = counterPanel_ && !plugins && mode_ == Mode::Counter && !plugins_.top();
  if (counterPanel_) counterPanel_->Show(counter);
  screenView_->Show(!plugins && !counter);
  root_->Layout();
  if (counter) counterPanel_->focusEntry();
}

void MainFrame::switchLanguage() {
  const auto& languages = poscore::Catalogs::supportedLanguages();
  const auto at = std::find(languages.begin(), languages.end(), runtime_.catalogs().language());
  const auto next = at == languages.end() || at + 1 == languages.end() ? languages.begin() : at + 1;
  if (auto ok = setLanguage(*next); !ok) {
    poscore::LogSink::instance().write(possdk::LogLevel::Warning, "shell", ok.error());
  }
}

void MainFrame::onPluginsChanged(PluginUiModel::Change change) {
  refreshWarnings();  // a plugin that failed late takes its actions and screens with it
  if (change == PluginUiModel::Change::Actions) {
    refreshActions();
    refreshMenus();
  } else {
    refreshScreen();
    refreshHeader();
  }
  root_->Layout();
}

void MainFrame::refreshAll() {
  SetTitle(u8(fill(tr("Point of sale: {mode}"), {{"mode", modeName(mode_, translator())}})));
  paint(*root_, theme_.palette.background, theme_.palette.foreground);
  screenView_->setCentred(mode_ == Mode::SelfCheckout);
  refreshWarnings();
  refreshHeader();
  refreshScreen();
  refreshActions();
  refreshMenus();
  if (showingPlugins()) pluginsPanel_->set(runtime_.plugins().plugins(), theme_, translator());
  if (counterPanel_) counterPanel_->restyle(theme_, translator(), runtime_.catalogs().language());
  statusBar_->style(theme_);
  refreshStatus();
  root_->Layout();
  Refresh();
}

void MainFrame::refreshScreen() {
  showCentre();
  if (const PluginScreen* top = plugins_.top()) {
    const auto* record = runtime_.plugins().find(top->pluginId);
    screenView_->show(top->screen, theme_, record ? record->dir : std::filesystem::path(),
                      [this, id = top->pluginId](const possdk::UiEvent& e) {
                        if (!closed_) runtime_.ui().dispatch(id, e);
                      });
  } else if (showingSelfCheckout()) {
    screenView_->show(selfCheckoutScreen(selfCheckout_->view(), selfCheckoutPrompt_, runtime_.catalogs().language(),
                                         counterSettings_.currencyDecimals, translator()),
                      theme_, theme_.dir, [this](const possdk::UiEvent& e) { onSelfCheckoutEvent(e); });
  } else {
    screenView_->show(homeScreen(mode_, lastCode_, theme_.logo, translator()), theme_, theme_.dir,
                      [this](const possdk::UiEvent& e) { onHomeEvent(e); });
  }
}

void MainFrame::refreshActions() { actionBar_->set(plugins_.actionsIn(mode_), theme_, translator()); }

void MainFrame::refreshMenus() {
  MenuState state{mode_, theme_.name, poscore::theme::availableThemes(layout_.themes),
                  runtime_.catalogs().language(), plugins_.actionsIn(mode_)};
  MenuCommands commands{[this](Mode m) { setMode(m); },
                        [this](const std::string& t) { setTheme(t); },
                        [this](const std::string& l) {
                          if (auto ok = setLanguage(l); !ok) {
                            poscore::LogSink::instance().write(possdk::LogLevel::Warning, "shell", ok.error());
                          }
                        },
                        [this] { showPlugins(false); },
                        [this] { showPlugins(true); },
                        [this] { Close(); },
                        [this](const PluginAction& a) { trigger(a); }};
  wxMenuBar* old = GetMenuBar();
  SetMenuBar(makeMenuBar(state, commands, translator()));
  delete old;
}

void MainFrame::refreshHeader() {
  std::string subtitle = showingPlugins() ? tr("Plugins") : "";
  if (const PluginScreen* top = plugins_.top(); top && !showingPlugins()) subtitle = top->screen.title;
  if (auto lane = runtime_.config().get("lane.id"); lane && subtitle.empty()) {
    subtitle = fill(tr("Lane {id}"), {{"id", *lane}});
  }
  header_->set(theme_, modeName(mode_, translator()), subtitle);
}

void MainFrame::refreshWarnings() {
  std::vector<std::string> messages = runtime_.plugins().notices();
  if (!themeWarning_.empty()) messages.push_back(tr("Theme problem:") + " " + themeWarning_);
  messages.insert(messages.end(), shellWarnings_.begin(), shellWarnings_.end());
  if (!unreadableLogo_.empty()) {
    messages.push_back(fill(tr("The theme's logo {file} could not be read; it is not shown."),
                            {{"file", unreadableLogo_.string()}}));
  }
  std::size_t failed = 0;
  for (const auto& r : runtime_.plugins().plugins()) {
    if (!r.error.empty()) ++failed;
  }
  if (failed > 0) {
    messages.push_back(fill(tr("{count} plugin(s) could not start; press F12 to see why."),
                            {{"count", std::to_string(failed)}}));
  }
  warningBar_->set(messages, theme_);
}

void MainFrame::refreshStatus() {
  if (closed_) return;  // devices may report while the Runtime shuts down
  StatusSnapshot snapshot;
  snapshot.devices = runtime_.devices().list();
  snapshot.usb = runtime_.devices().usbState();
  snapshot.mode = mode_;
  snapshot.language = runtime_.catalogs().language();
  snapshot.theme = theme_.name;
  if (auto* sync = runtime_.syncClient()) {
    // A copy taken under the client's lock: the sync thread may be mid-round.
    const auto status = sync->status();
    snapshot.backlog = status.backlog;
    snapshot.rejected = status.rejected;
    snapshot.online = status.online;
  } else {
    snapshot.backlog = runtime_.outbox().backlog();
  }
  statusBar_->set(statusFields(snapshot, translator()));
}

void MainFrame::trigger(const PluginAction& action) {
  if (!closed_) runtime_.ui().trigger(action.pluginId, action.action.id);
}

void MainFrame::onFirstPaint(std::function<void()> done) {
  auto fired = std::make_shared<bool>(false);
  auto once = [this, fired, done = std::move(done)](wxPaintEvent& event) {
    event.Skip();
    if (*fired) return;
    *fired = true;
    CallAfter(done);
  };
  // Whichever is in the centre paints first: a plugin's screen, or the counter and its parts.
  std::vector<wxWindow*> centre{screenView_->content()};
  if (counterPanel_) {
    centre.push_back(counterPanel_);
    for (auto* child : counterPanel_->GetChildren()) centre.push_back(child);
  }
  for (auto* window : centre) window->Bind(wxEVT_PAINT, once);
}

void MainFrame::onClose(wxCloseEvent&) {
  statusTimer_.Stop();
  barcodeSubscription_.reset();
  plugins_.onChanged(nullptr);
  if (counterPanel_) counterPanel_->detach();
  if (selfCheckout_) selfCheckout_->onChange(nullptr);
  closed_ = true;
  if (closing_) closing_();
  Destroy();
}

bool MainFrame::showingPlugins() const { return pluginsPanel_->IsShown(); }
int MainFrame::pluginRows() const { return pluginsPanel_->rowCount(); }
std::string MainFrame::headerTitle() const { return header_->title(); }
const possdk::Screen* MainFrame::shownScreen() const { return screenView_->screen(); }
std::vector<std::string> MainFrame::buttonsOutOfView() const { return screenView_->buttonsOutOfView(); }
const std::vector<std::string>& MainFrame::warnings() const { return warningBar_->messages(); }
std::string MainFrame::statusField(int index) const { return statusBar_->field(index); }

std::string MainFrame::tr(const std::string& msgid) const { return runtime_.catalogs().tr(msgid); }

Translate MainFrame::translator() const {
  return [&catalogs = runtime_.catalogs()](const std::string& msgid) { return catalogs.tr(msgid); };
}

}  // namespace pos
