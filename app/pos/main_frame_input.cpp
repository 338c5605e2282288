// The frame's keyboard and scanner input: function keys, Escape, and keyboard-wedge scans.
#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

#include "counter/counter_panel.hpp"
#include "home_screens.hpp"
#include "key_translation.hpp"
#include "main_frame.hpp"

namespace pos {

void MainFrame::onCharHook(wxKeyEvent& event) {
  // The counter's own keys come first while it shows; the keys it leaves free go to plugins.
  if (const auto chord = functionKeyChord(event); chord && showingCounter() && counterPanel_->pressKey(*chord)) return;
  if (const auto key = functionKeyName(event); key && pressFunctionKey(*key)) return;
  if (event.GetKeyCode() == WXK_ESCAPE && onEscape()) return;
  onScanKey(event);
}

bool MainFrame::pressFunctionKey(const std::string& key) {
  if (key == "F12") {
    showPlugins(!showingPlugins());
    return true;
  }
  const auto action = plugins_.actionForHotkey(mode_, key);
  // Run after the key event is done: the action may rebuild the window that has the focus.
  if (action) CallAfter([this, a = *action] { trigger(a); });
  return action.has_value();
}

// Escape leaves the Plugins screen, or asks the plugin on top to close its screen (the plugin
// decides: a sale in progress may refuse), or closes it when the plugin has no handler for it.
bool MainFrame::onEscape() {
  if (showingPlugins()) {
    showPlugins(false);
    return true;
  }
  const PluginScreen* top = plugins_.top();
  if (!top && showingCounter()) {
    counterPanel_->dismissMessages();
    return true;
  }
  if (!top || closed_) return false;
  possdk::UiEvent closing;
  closing.screen = top->screen.id;
  closing.kind = possdk::UiEventKind::Closed;
  // A plugin with no handler for its screen cannot refuse; the cashier must never be stuck on it.
  CallAfter([this, pluginId = top->pluginId, closing] {
    if (!closed_ && !runtime_.ui().dispatch(pluginId, closing)) plugins_.close(pluginId, closing.screen);
  });
  return true;
}

void MainFrame::onScanKey(wxKeyEvent& event) {
  const auto c = wedgeCharacter(event);
  // The X server's timestamp says when the key was pressed, not when the UI thread got to it, so
  // a busy moment does not make a person's typing look like a scanner's burst.
  const auto at = event.GetTimestamp() != 0
                      ? poscore::input::KeyboardWedge::TimePoint(std::chrono::milliseconds(event.GetTimestamp()))
                      : runtime_.clock().monotonic();
  if (c) noteBurstStart(at);
  const auto code = c && !closed_ ? barcodes_.key(*c, at) : std::nullopt;
  if (!code) {
    event.Skip();
    return;
  }
  // The scan's Enter is swallowed so it does not also press a button or submit a field; the
  // focused field is put back as it was before the scanner typed into it.
  scanField_.restore();
  lastWedgeKey_.reset();
}

// A key after a pause may begin a scan: the focused field is remembered as it is before the key
// lands in it.
void MainFrame::noteBurstStart(poscore::input::KeyboardWedge::TimePoint at) {
  const bool continues = lastWedgeKey_ && at >= *lastWedgeKey_ && at - *lastWedgeKey_ <= barcodes_.maxGap();
  if (!continues) scanField_.remember(FindFocus());
  lastWedgeKey_ = at;
}

void MainFrame::onBarcode(const std::string& payload) {
  try {
    const auto parsed = Poco::JSON::Parser().parse(payload);
    const auto body = parsed.extract<Poco::JSON::Object::Ptr>();
    lastCode_ = body->getValue<std::string>("code");
  } catch (const Poco::Exception&) {
    return;  // someone else's malformed message; the counter keeps showing the last good code
  }
  if (showingCounter()) {
    counterPanel_->scanned(lastCode_);
  } else if (showingSelfCheckout()) {
    (void)selfCheckout_->scan(lastCode_);  // a refusal shows on the screen, from the session's view
  } else if (!plugins_.top()) {
    refreshScreen();
  }
}

void MainFrame::onHomeEvent(const possdk::UiEvent& event) {
  if (closed_) return;
  if (event.element == kManualCodeElement && event.kind == possdk::UiEventKind::Submitted) {
    barcodes_.publishManual(event.value);
  }
}

}  // namespace pos
