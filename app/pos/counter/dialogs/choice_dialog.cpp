#include "counter/dialogs/choice_dialog.hpp"

#include <wx/listbox.h>

#include "counter/dialogs/counter_dialog.hpp"

namespace pos {

namespace {

constexpr int kListHeight = 220;

class ChoiceDialog final : public CounterDialog {
 public:
  ChoiceDialog(wxWindow* parent, const std::string& title, const std::vector<std::string>& items,
               const poscore::theme::Theme& theme, const Translate& tr)
      : CounterDialog(parent, title, theme, tr) {
    addPrompt(tr("Pick with the arrow keys or the number, then Enter."));
    wxArrayString labels;
    for (std::size_t i = 0; i < items.size(); ++i) labels.Add(u8(std::to_string(i + 1) + "  " + items[i]));
    list_ = new wxListBox(this, wxID_ANY, wxDefaultPosition, wxSize(-1, kListHeight), labels, wxLB_SINGLE);
    list_->SetName("choices");
    if (!items.empty()) list_->SetSelection(0);
    addControl(list_);
    finish();
    list_->Bind(wxEVT_CHAR, [this](wxKeyEvent& event) { onNumber(event); });
    // GTK's list takes Enter for itself and reports it as activating the row.
    list_->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent&) { accept(); });
    list_->SetFocus();
  }
  int choice() const { return list_->GetSelection(); }

 private:
  void onNumber(wxKeyEvent& event) {
    const int index = event.GetKeyCode() - '1';
    if (index >= 0 && index < 9 && static_cast<unsigned>(index) < list_->GetCount()) {
      list_->SetSelection(index);
      EndModal(wxID_OK);
      return;
    }
    event.Skip();
  }
  void accept() override {
    if (list_->GetSelection() == wxNOT_FOUND) {
      showProblem(tr("Pick one first, or Esc to back out."));
      return;
    }
    EndModal(wxID_OK);
  }
  wxListBox* list_ = nullptr;
};

class ConfirmDialog final : public CounterDialog {
 public:
  ConfirmDialog(wxWindow* parent, const std::string& title, const std::string& question,
                const poscore::theme::Theme& theme, const Translate& tr)
      : CounterDialog(parent, title, theme, tr) {
    addPrompt(question);
    finish();
    SetFocus();
  }

 private:
  void accept() override { EndModal(wxID_OK); }
};

}  // namespace

std::optional<std::size_t> askChoice(wxWindow* parent, const std::string& title, const std::vector<std::string>& items,
                                     const poscore::theme::Theme& theme, const Translate& tr) {
  ChoiceDialog dialog(parent, title, items, theme, tr);
  if (dialog.ShowModal() != wxID_OK || dialog.choice() == wxNOT_FOUND) return std::nullopt;
  return static_cast<std::size_t>(dialog.choice());
}

bool askConfirm(wxWindow* parent, const std::string& title, const std::string& question,
                const poscore::theme::Theme& theme, const Translate& tr) {
  ConfirmDialog dialog(parent, title, question, theme, tr);
  return dialog.ShowModal() == wxID_OK;
}

}  // namespace pos
