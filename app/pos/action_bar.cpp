#include "action_bar.hpp"

#include <wx/button.h>
#include <wx/stattext.h>
#include <wx/wrapsizer.h>

#include "theme_style.hpp"

namespace pos {

std::string actionLabel(const possdk::Action& action) {
  return action.hotkey.empty() ? action.label : action.hotkey + "  " + action.label;
}

ActionBar::ActionBar(wxWindow* parent, Trigger trigger) : wxPanel(parent), trigger_(std::move(trigger)) {}

void ActionBar::set(const std::vector<PluginAction>& actions, const poscore::theme::Theme& theme, const Translate& tr) {
  Freeze();
  DestroyChildren();
  paint(*this, theme.palette.panel, theme.palette.foreground);
  const int gap = std::max(4, theme.touchTarget / 8);
  auto* row = new wxWrapSizer(wxHORIZONTAL);
  for (const auto& a : actions) {
    auto* button = new wxButton(this, wxID_ANY, labelOf(actionLabel(a.action)));
    styleButton(*button, theme, "primary");
    // Triggered after the click is handled: the action may change the actions and so destroy
    // this button. The copy of the action keeps it valid until then.
    button->Bind(wxEVT_BUTTON, [this, a](wxCommandEvent&) { CallAfter([this, a] { trigger_(a); }); });
    row->Add(button, 0, wxALL, gap);
  }
  if (actions.empty()) {
    auto* none = new wxStaticText(this, wxID_ANY, labelOf(tr("No plugin actions in this mode")));
    none->SetFont(bodyFont(theme));
    none->SetForegroundColour(toWx(blend(theme.palette.foreground, theme.palette.panel, 35)));
    row->Add(none, 0, wxALL | wxALIGN_CENTER_VERTICAL, gap * 2);
  }
  SetSizer(row);
  Layout();
  Thaw();
}

}  // namespace pos
