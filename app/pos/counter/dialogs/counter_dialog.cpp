#include "counter/dialogs/counter_dialog.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "theme_style.hpp"

namespace pos {

namespace {
constexpr int kPadding = 12;
constexpr int kMinWidth = 420;
}  // namespace

CounterDialog::CounterDialog(wxWindow* parent, const std::string& title, const poscore::theme::Theme& theme,
                             const Translate& tr)
    : wxDialog(parent, wxID_ANY, u8(title)), theme_(theme), tr_(tr) {
  paint(*this, theme.palette.background, theme.palette.foreground);
  column_ = new wxBoxSizer(wxVERTICAL);
  auto* heading = new wxStaticText(this, wxID_ANY, labelOf(title));
  heading->SetFont(titleFont(theme));
  column_->Add(heading, 0, wxALL, kPadding);
  SetSizer(column_);
  // Enter anywhere in the dialog accepts, whichever control has the focus.
  Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
    if (event.GetKeyCode() == WXK_RETURN || event.GetKeyCode() == WXK_NUMPAD_ENTER) {
      accept();
      return;
    }
    event.Skip();
  });
}

void CounterDialog::addPrompt(const std::string& text) {
  auto* prompt = new wxStaticText(this, wxID_ANY, labelOf(text));
  prompt->SetFont(bodyFont(theme_));
  column_->Add(prompt, 0, wxLEFT | wxRIGHT | wxTOP, kPadding);
}

void CounterDialog::addControl(wxWindow* control) {
  control->SetFont(largeFont(theme_));
  column_->Add(control, 0, wxEXPAND | wxALL, kPadding);
}

void CounterDialog::finish() {
  problem_ = new wxStaticText(this, wxID_ANY, wxString());
  problem_->SetFont(bodyFont(theme_));
  problem_->SetForegroundColour(toWx(theme_.palette.danger));
  column_->Add(problem_, 0, wxLEFT | wxRIGHT | wxEXPAND, kPadding);
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  auto* ok = new wxButton(this, wxID_OK, labelOf(tr("Enter  OK")));
  auto* cancel = new wxButton(this, wxID_CANCEL, labelOf(tr("Esc  Cancel")));
  styleButton(*ok, theme_, "primary");
  styleButton(*cancel, theme_, "");
  // Buttons never take the focus from the entry: the dialog is for the keyboard first.
  ok->DisableFocusFromKeyboard();
  cancel->DisableFocusFromKeyboard();
  ok->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { accept(); });
  buttons->AddStretchSpacer();
  buttons->Add(ok, 0, wxALL, kPadding / 2);
  buttons->Add(cancel, 0, wxALL, kPadding / 2);
  column_->Add(buttons, 0, wxEXPAND | wxALL, kPadding / 2);
  SetEscapeId(wxID_CANCEL);
  column_->SetMinSize(wxSize(kMinWidth, -1));
  column_->SetSizeHints(this);
  CentreOnParent();
}

void CounterDialog::showProblem(const std::string& text) {
  problem_->SetLabel(u8(text));
  problem_->Wrap(GetClientSize().x - 2 * kPadding);
  column_->SetSizeHints(this);
}

std::string CounterDialog::problem() const { return problem_ ? fromWx(problem_->GetLabel()) : std::string(); }

}  // namespace pos
