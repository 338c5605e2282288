#include "counter/totals_view.hpp"

#include <algorithm>

#include <wx/sizer.h>
#include <wx/stattext.h>

#include "theme_style.hpp"

namespace pos {

TotalsView::TotalsView(wxWindow* parent) : wxPanel(parent) { SetName("totals"); }

void TotalsView::set(const std::vector<TotalText>& rows, const poscore::theme::Theme& theme) {
  if (rows.size() == rows_.size() &&
      std::equal(rows.begin(), rows.end(), rows_.begin(), [](const TotalText& a, const TotalText& b) {
        return a.label == b.label && a.value == b.value && a.emphasised == b.emphasised;
      }) && GetSizer()) {
    return;
  }
  rows_ = rows;
  Freeze();
  DestroyChildren();
  paint(*this, theme.palette.panel, theme.palette.foreground);
  auto* grid = new wxFlexGridSizer(2, wxSize(16, 6));
  grid->AddGrowableCol(1);
  for (const auto& row : rows) {
    auto* label = new wxStaticText(this, wxID_ANY, labelOf(row.label));
    auto* value = new wxStaticText(this, wxID_ANY, u8(row.value), wxDefaultPosition, wxDefaultSize, wxALIGN_RIGHT);
    const wxFont font = row.emphasised ? titleFont(theme) : largeFont(theme);
    label->SetFont(font);
    value->SetFont(font);
    grid->Add(label, 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(value, 0, wxALIGN_RIGHT | wxALIGN_CENTER_VERTICAL);
  }
  auto* outer = new wxBoxSizer(wxVERTICAL);
  outer->Add(grid, 0, wxEXPAND | wxALL, 12);
  SetSizer(outer);
  Layout();
  Thaw();
}

std::string TotalsView::valueOf(const std::string& label) const {
  const auto found = std::find_if(rows_.begin(), rows_.end(), [&](const TotalText& r) { return r.label == label; });
  return found == rows_.end() ? std::string() : found->value;
}

}  // namespace pos
