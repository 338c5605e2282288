#include "plugins_panel.hpp"

#include <algorithm>
#include <cstdio>

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "theme_style.hpp"

namespace pos {

namespace {

std::string milliseconds(std::chrono::microseconds took) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", static_cast<double>(took.count()) / 1000.0);
  return text;
}

std::string stateName(poscore::PluginState state, const Translate& tr) {
  using S = poscore::PluginState;
  switch (state) {
    case S::Discovered: return tr("discovered");
    case S::Validated: return tr("validated");
    case S::Resolved: return tr("resolved");
    case S::Loaded: return tr("loaded");
    case S::Initialized: return tr("initialized");
    case S::Running: return tr("running");
    case S::Stopped: return tr("stopped");
    case S::Failed: return tr("failed");
    case S::Quarantined: return tr("quarantined");
  }
  return std::string(poscore::toString(state));
}

std::vector<std::string> rowOf(const poscore::PluginRecord& r, const Translate& tr) {
  const auto& m = r.manifest;
  return {r.id,
          m ? m->name : std::string(),
          m ? m->version : std::string(),
          stateName(r.state, tr),
          milliseconds(r.loadTime),
          milliseconds(r.initTime),
          milliseconds(r.startTime),
          r.error};
}

}  // namespace

PluginsPanel::PluginsPanel(wxWindow* parent, std::function<void()> back) : wxPanel(parent), back_(std::move(back)) {}

void PluginsPanel::set(const std::vector<poscore::PluginRecord>& plugins, const poscore::theme::Theme& theme,
                       const Translate& tr) {
  Freeze();
  DestroyChildren();
  const auto& p = theme.palette;
  paint(*this, p.background, p.foreground);
  const int margin = std::max(8, theme.touchTarget / 2);

  auto* title = new wxStaticText(this, wxID_ANY, u8(fill(tr("Plugins ({count})"), {{"count", std::to_string(plugins.size())}})));
  title->SetFont(titleFont(theme));
  title->SetForegroundColour(toWx(p.foreground));
  auto* back = new wxButton(this, wxID_ANY, u8(tr("Back")));
  styleButton(*back, theme, "primary");
  back->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { CallAfter([this] { back_(); }); });

  list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_HRULES | wxBORDER_SIMPLE);
  paint(*list_, p.background, p.foreground);
  list_->SetFont(detailFont(theme));
  for (const auto& column : {tr("Id"), tr("Name"), tr("Version"), tr("State"), tr("Load ms"), tr("Init ms"),
                             tr("Start ms"), tr("Error")}) {
    list_->AppendColumn(u8(column));
  }
  for (const auto& record : plugins) {
    const auto cells = rowOf(record, tr);
    const long item = list_->InsertItem(list_->GetItemCount(), u8(cells[0]));
    for (std::size_t c = 1; c < cells.size(); ++c) list_->SetItem(item, static_cast<int>(c), u8(cells[c]));
    if (!record.error.empty()) list_->SetItemTextColour(item, toWx(p.danger));
  }
  // As wide as the wider of the heading and the longest cell.
  for (int c = 0; c < list_->GetColumnCount(); ++c) {
    list_->SetColumnWidth(c, wxLIST_AUTOSIZE_USEHEADER);
    const int heading = list_->GetColumnWidth(c);
    list_->SetColumnWidth(c, wxLIST_AUTOSIZE);
    list_->SetColumnWidth(c, std::max(heading, list_->GetColumnWidth(c)));
  }

  auto* top = new wxBoxSizer(wxHORIZONTAL);
  top->Add(title, 1, wxALIGN_CENTER_VERTICAL);
  top->Add(back, 0, wxALIGN_CENTER_VERTICAL);
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(top, 0, wxEXPAND | wxBOTTOM, margin / 2);
  column->Add(list_, 1, wxEXPAND);
  auto* outer = new wxBoxSizer(wxVERTICAL);
  outer->Add(column, 1, wxEXPAND | wxALL, margin);
  SetSizer(outer);
  Layout();
  Thaw();
}

int PluginsPanel::rowCount() const { return list_ ? list_->GetItemCount() : 0; }

}  // namespace pos
