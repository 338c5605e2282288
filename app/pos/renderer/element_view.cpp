#include "renderer/element_view.hpp"

#include <wx/window.h>

namespace pos {

namespace {
ElementView* makeForKind(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx) {
  using K = possdk::ElementKind;
  switch (e.kind) {
    case K::Text: return makeText(parent, e, ctx);
    case K::Image: return makeImage(parent, e, ctx);
    case K::Video: return makeVideo(parent, e, ctx);
    case K::Button: return makeButton(parent, e, ctx);
    case K::Keypad: return makeKeypad(parent, e, ctx);
    case K::TextEntry: return makeTextEntry(parent, e, ctx);
    case K::Table: return makeTable(parent, e, ctx);
    case K::TouchPad: return makeTouchPad(parent, e, ctx);
    case K::WeightGauge: return makeWeightGauge(parent, e, ctx);
    case K::Alert: return makeAlert(parent, e, ctx);
  }
  // A kind added to the SDK after this shell was built: say so on screen rather than drop it.
  const possdk::Element unknown = possdk::ui::alert(
      e.id, ctx.tr("This screen uses an element this shell cannot show."), possdk::AlertLevel::Warning);
  return makeAlert(parent, unknown, ctx);
}
}  // namespace

void ElementContext::emit(const std::string& elementId, possdk::UiEventKind kind, std::string value,
                          std::vector<possdk::TouchPoint> touches) const {
  if (!sink) return;
  possdk::UiEvent event;
  event.screen = screenId;
  event.element = elementId;
  event.kind = kind;
  event.value = std::move(value);
  event.touches = std::move(touches);
  sink(event);
}

ElementView* makeElementView(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx) {
  ElementView* view = makeForKind(parent, e, ctx);
  // Named after the element, so tests and accessibility tools find it by the plugin's id.
  view->window()->SetName(u8(e.id));
  return view;
}

}  // namespace pos
