#include "counter/sign_on_view.hpp"

#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "theme_style.hpp"

namespace pos {

namespace {
constexpr int kFieldWidth = 320;
}  // namespace

SignOnView::SignOnView(wxWindow* parent, SignOn signOn) : wxPanel(parent), signOn_(std::move(signOn)) {
  SetName("sign-on");
  title_ = new wxStaticText(this, wxID_ANY, wxString());
  idLabel_ = new wxStaticText(this, wxID_ANY, wxString());
  pinLabel_ = new wxStaticText(this, wxID_ANY, wxString());
  hint_ = new wxStaticText(this, wxID_ANY, wxString());
  id_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(kFieldWidth, -1), wxTE_PROCESS_ENTER);
  id_->SetName("staff-id");
  pin_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(kFieldWidth, -1),
                        wxTE_PROCESS_ENTER | wxTE_PASSWORD);
  pin_->SetName("staff-pin");
  id_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { onEnter(id_); });
  pin_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { onEnter(pin_); });

  auto* form = new wxFlexGridSizer(2, wxSize(12, 12));
  form->Add(idLabel_, 0, wxALIGN_CENTER_VERTICAL);
  form->Add(id_, 0);
  form->Add(pinLabel_, 0, wxALIGN_CENTER_VERTICAL);
  form->Add(pin_, 0);
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->AddStretchSpacer();
  column->Add(title_, 0, wxALIGN_CENTER_HORIZONTAL | wxALL, 12);
  column->Add(form, 0, wxALIGN_CENTER_HORIZONTAL | wxALL, 12);
  column->Add(hint_, 0, wxALIGN_CENTER_HORIZONTAL | wxALL, 12);
  column->AddStretchSpacer();
  SetSizer(column);
}

void SignOnView::restyle(const poscore::theme::Theme& theme, const Translate& tr) {
  paint(*this, theme.palette.background, theme.palette.foreground);
  title_->SetLabel(labelOf(tr("Sign on")));
  title_->SetFont(titleFont(theme));
  idLabel_->SetLabel(labelOf(tr("Staff id")));
  pinLabel_->SetLabel(labelOf(tr("PIN")));
  hint_->SetLabel(labelOf(tr("Key your staff id and Enter, then your PIN and Enter.")));
  for (auto* label : {idLabel_, pinLabel_}) label->SetFont(largeFont(theme));
  hint_->SetFont(bodyFont(theme));
  for (auto* field : {id_, pin_}) field->SetFont(largeFont(theme));
  Layout();
}

void SignOnView::focusEntry() {
  if (FindFocus() == pin_ || FindFocus() == id_) return;
  (id_->IsEmpty() ? id_ : pin_)->SetFocus();
}

void SignOnView::clear() {
  id_->Clear();
  pin_->Clear();
}

void SignOnView::onEnter(wxTextCtrl* field) {
  if (field == id_ && !id_->IsEmpty()) {
    pin_->SetFocus();
    return;
  }
  const std::string id = fromWx(id_->GetValue());
  const std::string pin = fromWx(pin_->GetValue());
  pin_->Clear();
  // A failed attempt leaves the id for another PIN; a good one clears both for the next cashier.
  signOn_(id, pin);
}

}  // namespace pos
