#include "counter/dialogs/text_entry_dialog.hpp"

#include <wx/textctrl.h>

#include "counter/dialogs/counter_dialog.hpp"

namespace pos {

namespace {

class TextEntryDialog final : public CounterDialog {
 public:
  TextEntryDialog(wxWindow* parent, const std::string& title, const std::string& prompt,
                  const poscore::theme::Theme& theme, const Translate& tr)
      : CounterDialog(parent, title, theme, tr) {
    addPrompt(prompt);
    field_ = new wxTextCtrl(this, wxID_ANY);
    field_->SetName("text-entry");
    addControl(field_);
    finish();
    field_->SetFocus();
  }
  std::string text() const { return fromWx(field_->GetValue().Strip(wxString::both)); }

 private:
  void accept() override {
    if (text().empty()) {
      showProblem(tr("This cannot be left empty: type it, then Enter (Esc to back out)."));
      return;
    }
    EndModal(wxID_OK);
  }
  wxTextCtrl* field_ = nullptr;
};

}  // namespace

std::optional<std::string> askText(wxWindow* parent, const std::string& title, const std::string& prompt,
                                   const poscore::theme::Theme& theme, const Translate& tr) {
  TextEntryDialog dialog(parent, title, prompt, theme, tr);
  if (dialog.ShowModal() != wxID_OK) return std::nullopt;
  return dialog.text();
}

}  // namespace pos
