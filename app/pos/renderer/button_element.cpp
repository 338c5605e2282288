#include <wx/button.h>

#include "renderer/element_view.hpp"
#include "theme_style.hpp"

namespace pos {

namespace {

class ButtonElement final : public wxButton, public ElementView {
 public:
  ButtonElement(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx)
      : wxButton(parent, wxID_ANY, labelOf(e.text)), ctx_(ctx), id_(e.id) {
    styleButton(*this, *ctx.theme, e.style);
    Enable(e.enabled);
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { ctx_.emit(id_, possdk::UiEventKind::Pressed); });
  }
  wxWindow* window() override { return this; }
  void update(const possdk::Element& e) override {
    if (GetLabelText() != u8(e.text)) SetLabelText(u8(e.text));
    Enable(e.enabled);
  }

 private:
  ElementContext ctx_;
  std::string id_;
};

}  // namespace

ElementView* makeButton(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx) {
  return new ButtonElement(parent, e, ctx);
}

}  // namespace pos
