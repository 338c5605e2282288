#include "counter/dialogs/approval_dialog.hpp"

#include <wx/textctrl.h>

#include "counter/dialogs/counter_dialog.hpp"

namespace pos {

namespace {

class ApprovalDialog final : public CounterDialog {
 public:
  ApprovalDialog(wxWindow* parent, const std::string& what, const poscore::theme::Theme& theme, const Translate& tr)
      : CounterDialog(parent, tr("Supervisor approval"), theme, tr) {
    addPrompt(fill(tr("{what} needs a supervisor."), {{"what", what}}));
    addPrompt(tr("Supervisor id"));
    id_ = new wxTextCtrl(this, wxID_ANY);
    id_->SetName("supervisor-id");
    addControl(id_);
    addPrompt(tr("PIN"));
    pin_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PASSWORD);
    pin_->SetName("supervisor-pin");
    addControl(pin_);
    finish();
    id_->SetFocus();
  }
  poscore::counter::Approval approval() const { return {fromWx(id_->GetValue()), fromWx(pin_->GetValue())}; }

 private:
  // Enter in the id field moves on to the PIN, as a cashier expects.
  void accept() override {
    if (FindFocus() == id_ && !id_->IsEmpty()) {
      pin_->SetFocus();
      return;
    }
    if (id_->IsEmpty() || pin_->IsEmpty()) {
      showProblem(tr("Key the supervisor's id and PIN, then Enter."));
      (id_->IsEmpty() ? id_ : pin_)->SetFocus();
      return;
    }
    EndModal(wxID_OK);
  }
  wxTextCtrl* id_ = nullptr;
  wxTextCtrl* pin_ = nullptr;
};

}  // namespace

std::optional<poscore::counter::Approval> askApproval(wxWindow* parent, const std::string& what,
                                                      const poscore::theme::Theme& theme, const Translate& tr) {
  ApprovalDialog dialog(parent, what, theme, tr);
  if (dialog.ShowModal() != wxID_OK) return std::nullopt;
  return dialog.approval();
}

}  // namespace pos
