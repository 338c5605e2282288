#pragma once
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "poscore/theme/theme.hpp"
#include "possdk/screen.hpp"
#include "possdk/ui_event.hpp"
#include "shell_text.hpp"

class wxWindow;

namespace pos {

// Where a rendered screen's events go: the shell passes runtime.ui().dispatch for plugin screens
// and its own handler for the home screens; tests pass a recorder.
using EventSink = std::function<void(const possdk::UiEvent&)>;

// What every element needs besides its own data. The theme outlives the elements: the screen view
// rebuilds them when it changes.
struct ElementContext {
  const poscore::theme::Theme* theme = nullptr;
  std::string screenId;
  EventSink sink;
  Translate tr;
  std::filesystem::path imageBase;  // relative image sources resolve against it (the plugin folder)

  void emit(const std::string& elementId, possdk::UiEventKind kind, std::string value = {},
            std::vector<possdk::TouchPoint> touches = {}) const;
};

// One rendered element. The wx window it is belongs to its parent; the view only updates it.
class ElementView {
 public:
  virtual ~ElementView() = default;
  virtual wxWindow* window() = 0;
  // New data for the same element (same id and kind): texts, values, rows, enabled. What the user
  // is in the middle of (digits typed, text entered) is kept, so redraws do not lose input.
  virtual void update(const possdk::Element& element) = 0;
  // The width the element may take; texts wrap to it rather than run off the screen.
  virtual void fitWidth(int /*width*/) {}
};

// The element kinds, one maker each (one file each).
ElementView* makeText(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx);
ElementView* makeImage(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx);
ElementView* makeVideo(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx);
ElementView* makeButton(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx);
ElementView* makeKeypad(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx);
ElementView* makeTextEntry(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx);
ElementView* makeTable(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx);
ElementView* makeTouchPad(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx);
ElementView* makeWeightGauge(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx);
ElementView* makeAlert(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx);

// Picks the maker for the element's kind.
ElementView* makeElementView(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx);

}  // namespace pos
