#include <algorithm>

#include <wx/button.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "renderer/element_view.hpp"
#include "theme_style.hpp"

namespace pos {

namespace {

// Enough for any amount in minor units a lane will see, and short of int64 overflow.
constexpr std::size_t kMaxDigits = 12;

// "1234" in minor units reads "12.34"; the currency's symbol is the plugin's business (caption).
std::string asAmount(const std::string& digits) {
  std::string padded = std::string(digits.size() < 3 ? 3 - digits.size() : 0, '0') + digits;
  return padded.substr(0, padded.size() - 2) + "." + padded.substr(padded.size() - 2);
}

// A numeric keypad with a display, for amounts, quantities, ids and PINs on touch screens. Submits
// the digits typed (minor units when unit is "minor"; "digits" keeps leading zeros; "pin" keeps
// them and shows a dot for each digit).
class KeypadElement final : public wxPanel, public ElementView {
 public:
  KeypadElement(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx)
      : wxPanel(parent), ctx_(ctx), id_(e.id), unit_(e.unit) {
    const auto& t = *ctx.theme;
    if (e.value > 0) digits_ = std::to_string(e.value);
    caption_ = new wxStaticText(this, wxID_ANY, labelOf(e.text));
    caption_->SetFont(bodyFont(t));
    caption_->SetForegroundColour(toWx(t.palette.foreground));
    display_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                wxALIGN_RIGHT | wxST_NO_AUTORESIZE);
    display_->SetFont(titleFont(t));
    paint(*display_, t.palette.panel, t.palette.foreground);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(caption_, 0, wxBOTTOM, 4);
    column->Add(display_, 0, wxEXPAND | wxBOTTOM, 4);
    column->Add(makeKeys(), 0, wxEXPAND);
    SetSizer(column);
    refreshDisplay();
    update(e);
  }
  wxWindow* window() override { return this; }
  void update(const possdk::Element& e) override {
    if (caption_->GetLabelText() != u8(e.text)) caption_->SetLabelText(u8(e.text));
    for (auto* key : keys_) key->Enable(e.enabled);
  }

 private:
  wxSizer* makeKeys() {
    const int gap = std::max(4, ctx_.theme->touchTarget / 10);
    auto* grid = new wxGridSizer(4, 3, gap, gap);
    for (const char* label : {"7", "8", "9", "4", "5", "6", "1", "2", "3"}) {
      grid->Add(addKey(label, "", [this, label] { type(label); }), 0, wxEXPAND);
    }
    grid->Add(addKey(ctx_.tr("Clear"), "danger", [this] { digits_.clear(); }), 0, wxEXPAND);
    grid->Add(addKey("0", "", [this] { type("0"); }), 0, wxEXPAND);
    grid->Add(addKey("\u232b", "", [this] { if (!digits_.empty()) digits_.pop_back(); }), 0, wxEXPAND);
    auto* keys = new wxBoxSizer(wxVERTICAL);
    keys->Add(grid, 0, wxEXPAND | wxBOTTOM, gap);
    keys->Add(addKey(ctx_.tr("Enter"), "primary", [this] { submit(); }), 0, wxEXPAND);
    return keys;
  }

  wxButton* addKey(const std::string& label, const char* style, std::function<void()> press) {
    auto* key = new wxButton(this, wxID_ANY, labelOf(label));
    styleButton(*key, *ctx_.theme, style);
    key->SetFont(largeFont(*ctx_.theme));
    // Square keys at least a touch target wide, but never narrower than the label needs.
    const int tt = ctx_.theme->touchTarget;
    key->SetMinSize(wxDefaultSize);
    const wxSize best = key->GetBestSize();
    key->SetMinSize(wxSize(std::max(best.x, tt), std::max(best.y, tt)));
    key->Bind(wxEVT_BUTTON, [this, press = std::move(press)](wxCommandEvent&) {
      press();
      refreshDisplay();
    });
    keys_.push_back(key);
    return key;
  }

  void type(const char* digit) {
    // A leading zero means nothing in a number, but is part of a PIN or an id.
    const bool keepsZeros = unit_ == "pin" || unit_ == "digits";
    if (digits_.size() >= kMaxDigits || (digits_.empty() && digit[0] == '0' && !keepsZeros)) return;
    digits_ += digit;
  }

  void submit() {
    if (digits_.empty()) return;
    const std::string value = digits_;
    digits_.clear();
    ctx_.emit(id_, possdk::UiEventKind::Submitted, value);
  }

  void refreshDisplay() {
    std::string shown = digits_.empty() ? "0" : digits_;
    if (unit_ == "minor") shown = asAmount(digits_);
    if (unit_ == "digits") shown = digits_;
    if (unit_ == "pin") {
      shown.clear();
      for (std::size_t i = 0; i < digits_.size(); ++i) shown += "\u25cf";  // a PIN never shows
    }
    display_->SetLabel(u8(shown));
  }

  ElementContext ctx_;
  std::string id_;
  std::string unit_;
  std::string digits_;
  wxStaticText* caption_ = nullptr;
  wxStaticText* display_ = nullptr;
  std::vector<wxButton*> keys_;
};

}  // namespace

ElementView* makeKeypad(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx) {
  return new KeypadElement(parent, e, ctx);
}

}  // namespace pos
