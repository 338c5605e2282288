#include <wx/button.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "renderer/element_view.hpp"
#include "theme_style.hpp"

namespace pos {

namespace {

// A line of text submitted with Enter or the OK button (for touch screens without a keyboard).
class TextEntryElement final : public wxPanel, public ElementView {
 public:
  TextEntryElement(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx)
      : wxPanel(parent), ctx_(ctx), id_(e.id) {
    const auto& t = *ctx.theme;
    entry_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
    entry_->SetFont(largeFont(t));
    entry_->SetHint(u8(e.text));
    entry_->SetMinSize(wxSize(t.touchTarget * 6, t.touchTarget));
    ok_ = new wxButton(this, wxID_ANY, u8(ctx.tr("OK")));
    styleButton(*ok_, t, "primary");
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(entry_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, t.touchTarget / 4);
    row->Add(ok_, 0, wxALIGN_CENTER_VERTICAL);
    SetSizer(row);
    entry_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { submit(); });
    ok_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { submit(); });
    update(e);
  }
  wxWindow* window() override { return this; }
  void update(const possdk::Element& e) override {
    entry_->SetHint(u8(e.text));
    entry_->Enable(e.enabled);
    ok_->Enable(e.enabled);
  }

 private:
  void submit() {
    const std::string value = fromWx(entry_->GetValue());
    entry_->Clear();
    ctx_.emit(id_, possdk::UiEventKind::Submitted, value);
  }

  ElementContext ctx_;
  std::string id_;
  wxTextCtrl* entry_ = nullptr;
  wxButton* ok_ = nullptr;
};

}  // namespace

ElementView* makeTextEntry(wxWindow* parent, const possdk::Element& e, const ElementContext& ctx) {
  return new TextEntryElement(parent, e, ctx);
}

}  // namespace pos
