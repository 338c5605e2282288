#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "renderer/element_view.hpp"
#include "theme_style.hpp"

namespace pos {

namespace {

using possdk::AlertLevel;

poscore::theme::Rgb colourOf(AlertLevel level, const poscore::theme::Palette& p) {
  switch (level) {
    case AlertLevel::Success: return p.success;
    case AlertLevel::Warning: return p.warning;
    case AlertLevel::Error: return p.danger;
    case AlertLevel::Info: break;
  }
  return p.accent;
}

// A symbol as well as a colour, for readers who cannot tell the colours apart.
const char* symbolOf(AlertLevel level) {
  switch (level) {
    case AlertLevel::Success: return "\u2714";
    case AlertLevel::Warning: return "\u26a0";
    case AlertLevel::Error: return "\u2716";
    case AlertLevel::Info: break;
  }
  return "\u2139";
}

// A message in a band of the level's colour, as tall as a touch target.
class AlertElement final : public wxPanel, public ElementView {
 public:
  AlertElement(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx)
      : wxPanel(parent), ctx_(ctx) {
    label_ = new wxStaticText(this, wxID_ANY, wxString());
    label_->SetFont(largeFont(*ctx.theme));
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    sizer->Add(label_, 1, wxALIGN_CENTER_VERTICAL | wxALL, padding());
    SetSizer(sizer);
    SetMinSize(wxSize(-1, ctx.theme->touchTarget));
    update(e);
  }
  wxWindow* window() override { return this; }
  void update(const possdk::Element& e) override {
    const auto band = colourOf(e.level, ctx_.theme->palette);
    paint(*this, band, textOn(band));
    label_->SetForegroundColour(toWx(textOn(band)));
    text_ = std::string(symbolOf(e.level)) + "  " + e.text;
    fitWidth(width_);
    Refresh();
  }
  void fitWidth(int width) override {
    width_ = width;
    label_->SetLabelText(u8(text_));  // Wrap() breaks the label it finds: start from the unbroken text
    if (width > 0) label_->Wrap(width - 2 * padding());
  }

 private:
  int padding() const { return std::max(6, ctx_.theme->touchTarget / 6); }

  ElementContext ctx_;
  wxStaticText* label_ = nullptr;
  std::string text_;
  int width_ = 0;
};

}  // namespace

ElementView* makeAlert(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx) {
  return new AlertElement(parent, e, ctx);
}

}  // namespace pos
