#include "header_bar.hpp"

#include <wx/image.h>
#include <wx/log.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>

#include "shell_text.hpp"
#include "theme_style.hpp"

namespace pos {

HeaderBar::HeaderBar(wxWindow* parent) : wxPanel(parent) {
  logo_ = new wxStaticBitmap(this, wxID_ANY, wxNullBitmap);
  title_ = new wxStaticText(this, wxID_ANY, wxString());
  subtitle_ = new wxStaticText(this, wxID_ANY, wxString());
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  row->Add(logo_, 0, wxALIGN_CENTER_VERTICAL | wxALL, 8);
  row->Add(title_, 0, wxALIGN_CENTER_VERTICAL | wxALL, 8);
  row->AddStretchSpacer();
  row->Add(subtitle_, 0, wxALIGN_CENTER_VERTICAL | wxALL, 8);
  SetSizer(row);
}

bool HeaderBar::setLogo(const std::filesystem::path& file) {
  wxImage logo;
  if (!file.empty() && std::filesystem::is_regular_file(file)) {
    const wxLogNull quiet;  // a corrupt file is reported by our caller, not in a modal wx dialog
    logo.LoadFile(u8(file.string()), wxBITMAP_TYPE_PNG);
  }
  logo_->SetBitmap(logo.IsOk() ? wxBitmap(logo) : wxNullBitmap);
  logo_->Show(logo.IsOk());
  return file.empty() || logo.IsOk();
}

void HeaderBar::set(const poscore::theme::Theme& theme, const std::string& title, const std::string& subtitle) {
  paint(*this, theme.palette.panel, theme.palette.foreground);
  title_->SetFont(titleFont(theme));
  title_->SetForegroundColour(toWx(theme.palette.foreground));
  title_->SetLabelText(u8(title));
  subtitle_->SetFont(bodyFont(theme));
  subtitle_->SetForegroundColour(toWx(blend(theme.palette.foreground, theme.palette.panel, 25)));
  subtitle_->SetLabelText(u8(subtitle));
  Layout();
  Refresh();
}

std::string HeaderBar::title() const { return fromWx(title_->GetLabelText()); }

}  // namespace pos
