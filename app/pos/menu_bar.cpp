#include "menu_bar.hpp"

#include <wx/menu.h>

#include "poscore/i18n/catalogs.hpp"

namespace pos {

namespace {

void onChoose(wxMenu* menu, wxMenuItem* item, std::function<void()> run) {
  menu->Bind(wxEVT_MENU, [menu, run = std::move(run)](wxCommandEvent&) { menu->GetWindow()->CallAfter(run); },
             item->GetId());
}

wxMenu* fileMenu(const MenuCommands& c, const Translate& tr) {
  auto* menu = new wxMenu;
  onChoose(menu, menu->Append(wxID_EXIT, u8(tr("Quit") + "\tCtrl+Q")), c.quit);
  return menu;
}

wxMenu* viewMenu(const MenuCommands& c, const Translate& tr) {
  auto* menu = new wxMenu;
  onChoose(menu, menu->Append(wxID_ANY, u8(tr("Home") + "\tEsc")), c.home);
  onChoose(menu, menu->Append(wxID_ANY, u8(tr("Plugins") + "\tF12")), c.plugins);
  return menu;
}

wxMenu* modeMenu(const MenuState& s, const MenuCommands& c, const Translate& tr) {
  auto* menu = new wxMenu;
  for (Mode m : kModes) {
    auto* item = menu->AppendRadioItem(wxID_ANY, u8(modeName(m, tr)));
    item->Check(m == s.mode);
    onChoose(menu, item, [m, set = c.mode] { set(m); });
  }
  return menu;
}

wxMenu* themeMenu(const MenuState& s, const MenuCommands& c) {
  auto* menu = new wxMenu;
  for (const auto& name : s.themes) {
    auto* item = menu->AppendRadioItem(wxID_ANY, labelOf(name));
    item->Check(name == s.theme);
    onChoose(menu, item, [name, set = c.theme] { set(name); });
  }
  return menu;
}

wxMenu* languageMenu(const MenuState& s, const MenuCommands& c) {
  auto* menu = new wxMenu;
  for (const auto& language : poscore::Catalogs::supportedLanguages()) {
    // Named in themselves, so anyone can find their own language whatever is showing.
    auto* item = menu->AppendRadioItem(wxID_ANY, u8(language == "zh_CN" ? "简体中文" : "English"));
    item->Check(language == s.language);
    onChoose(menu, item, [language, set = c.language] { set(language); });
  }
  return menu;
}

wxMenu* actionsMenu(const MenuState& s, const MenuCommands& c, const Translate& tr) {
  auto* menu = new wxMenu;
  for (const auto& a : s.actions) {
    // The key is shown after a tab, as menus show shortcuts; the frame's key handler runs it.
    // A plugin's "&" is shown as typed, not taken for a mnemonic ("&&" in menu labels).
    const wxString label = labelOf(a.action.label) + (a.action.hotkey.empty() ? "" : "\t" + u8(a.action.hotkey));
    onChoose(menu, menu->Append(wxID_ANY, label), [a, run = c.action] { run(a); });
  }
  if (s.actions.empty()) menu->Append(wxID_ANY, u8(tr("No plugin actions in this mode")))->Enable(false);
  return menu;
}

}  // namespace

wxMenuBar* makeMenuBar(const MenuState& state, const MenuCommands& commands, const Translate& tr) {
  auto* bar = new wxMenuBar;
  bar->Append(fileMenu(commands, tr), u8(tr("&File")));
  bar->Append(viewMenu(commands, tr), u8(tr("&View")));
  bar->Append(modeMenu(state, commands, tr), u8(tr("&Mode")));
  bar->Append(themeMenu(state, commands), u8(tr("&Theme")));
  bar->Append(languageMenu(state, commands), u8(tr("&Language")));
  bar->Append(actionsMenu(state, commands, tr), u8(tr("&Actions")));
  return bar;
}

}  // namespace pos
