#include "status_strip.hpp"

#include <wx/sizer.h>
#include <wx/stattext.h>

#include "shell_text.hpp"
#include "status_fields.hpp"
#include "theme_style.hpp"

namespace pos {

namespace {
// Devices get the room; the others are short.
constexpr int kProportions[kStatusFieldCount] = {8, 6, 4, 4, 3, 4};
}  // namespace

StatusStrip::StatusStrip(wxWindow* parent) : wxPanel(parent) {
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  for (int i = 0; i < kStatusFieldCount; ++i) {
    auto* text = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                  wxST_ELLIPSIZE_END | wxST_NO_AUTORESIZE);
    fields_.push_back(text);
    row->Add(text, kProportions[i], wxALIGN_CENTER_VERTICAL | wxALL, 4);
  }
  SetSizer(row);
}

void StatusStrip::set(const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size() && i < fields_.size(); ++i) {
    const wxString text = u8(fields[i]);
    if (fields_[i]->GetLabelText() == text) continue;
    fields_[i]->SetLabelText(text);
    fields_[i]->SetToolTip(text);  // the whole text, when the field is too narrow for it
  }
}

void StatusStrip::style(const poscore::theme::Theme& theme) {
  paint(*this, theme.palette.panel, theme.palette.foreground);
  const wxFont font = detailFont(theme);
  for (auto* text : fields_) {
    text->SetFont(font);
    text->SetForegroundColour(toWx(theme.palette.foreground));
    text->SetMinSize(wxSize(0, text->GetCharHeight() + 4));
  }
  Layout();
  Refresh();
}

std::string StatusStrip::field(int index) const {
  return index >= 0 && index < static_cast<int>(fields_.size()) ? fromWx(fields_[static_cast<std::size_t>(index)]->GetLabelText())
                                                                  : std::string();
}

}  // namespace pos
