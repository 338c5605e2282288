#include <wx/stattext.h>

#include "renderer/element_view.hpp"
#include "theme_style.hpp"

namespace pos {

namespace {

// Text in one of the styles screens use: "title", "large", "muted", or plain.
class TextElement final : public wxStaticText, public ElementView {
 public:
  TextElement(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx)
      : wxStaticText(parent, wxID_ANY, labelOf(e.text)), text_(e.text) {
    const auto& t = *ctx.theme;
    const auto& p = t.palette;
    SetFont(e.style == "title" ? titleFont(t) : e.style == "large" ? largeFont(t) : bodyFont(t));
    SetForegroundColour(toWx(e.style == "muted" ? blend(p.foreground, p.background, 35) : p.foreground));
  }
  wxWindow* window() override { return this; }
  void update(const possdk::Element& e) override {
    if (e.text == text_) return;
    text_ = e.text;
    fitWidth(width_);
  }
  void fitWidth(int width) override {
    width_ = width;
    SetLabelText(u8(text_));  // Wrap() breaks the label it finds: start from the unbroken text
    if (width > 0) Wrap(width);
  }

 private:
  std::string text_;
  int width_ = 0;
};

}  // namespace

ElementView* makeText(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx) {
  return new TextElement(parent, e, ctx);
}

}  // namespace pos
