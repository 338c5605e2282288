#include "counter/dialogs/keyed_entry_dialog.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/valtext.h>
#include <wx/wrapsizer.h>

#include "counter/dialogs/counter_dialog.hpp"
#include "theme_style.hpp"

namespace pos {

namespace {

class KeyedEntryDialog final : public CounterDialog {
 public:
  KeyedEntryDialog(wxWindow* parent, const KeyedEntryRequest& request, const poscore::theme::Theme& theme,
                   const Translate& tr)
      : CounterDialog(parent, request.title, theme, tr), request_(request) {
    addPrompt(request.prompt);
    digits_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0,
                             wxTextValidator(wxFILTER_DIGITS));
    digits_->SetName("keyed-digits");
    addControl(digits_);
    reading_ = new wxStaticText(this, wxID_ANY, wxString());
    reading_->SetFont(titleFont(theme));
    column_->Add(reading_, 0, wxLEFT | wxRIGHT, 12);
    addQuickButtons();
    finish();
    digits_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { showReading(); });
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) { onQuickKey(event); });
    showReading();
    digits_->SetFocus();
  }
  std::int64_t value() const { return value_; }

 private:
  void addQuickButtons() {
    if (request_.quick.empty()) return;
    auto* row = new wxWrapSizer(wxHORIZONTAL);
    for (std::size_t i = 0; i < request_.quick.size(); ++i) {
      const auto& q = request_.quick[i];
      auto* button = new wxButton(this, wxID_ANY, labelOf("F" + std::to_string(i + 1) + "  " + q.label));
      styleButton(*button, theme_, "");
      button->DisableFocusFromKeyboard();
      button->Bind(wxEVT_BUTTON, [this, i](wxCommandEvent&) { take(i); });
      row->Add(button, 0, wxALL, 4);
    }
    column_->Add(row, 0, wxEXPAND | wxALL, 8);
  }
  void onQuickKey(wxKeyEvent& event) {
    const int index = event.GetKeyCode() - WXK_F1;
    if (index >= 0 && static_cast<std::size_t>(index) < request_.quick.size() && !event.HasAnyModifiers()) {
      take(static_cast<std::size_t>(index));
      return;
    }
    event.Skip();
  }
  void take(std::size_t index) {
    value_ = request_.quick[index].value;
    EndModal(wxID_OK);
  }
  void showReading() {
    reading_->SetLabel(u8(showKeyed(fromWx(digits_->GetValue()), request_.kind, request_.decimals)));
  }
  void accept() override {
    const auto parsed = parseKeyed(fromWx(digits_->GetValue()), request_.kind, tr_);
    if (!parsed) {
      showProblem(parsed.error());
      digits_->SetFocus();
      return;
    }
    value_ = parsed.value();
    EndModal(wxID_OK);
  }

  KeyedEntryRequest request_;
  wxTextCtrl* digits_ = nullptr;
  wxStaticText* reading_ = nullptr;
  std::int64_t value_ = 0;
};

}  // namespace

std::optional<std::int64_t> askKeyed(wxWindow* parent, const KeyedEntryRequest& request,
                                     const poscore::theme::Theme& theme, const Translate& tr) {
  KeyedEntryDialog dialog(parent, request, theme, tr);
  if (dialog.ShowModal() != wxID_OK) return std::nullopt;
  return dialog.value();
}

}  // namespace pos
