#pragma once
#include <functional>
#include <string>
#include <vector>

#include "modes.hpp"
#include "plugin_ui_model.hpp"
#include "shell_text.hpp"

class wxMenuBar;

namespace pos {

// What the menus show as chosen and offer.
struct MenuState {
  Mode mode = Mode::Counter;
  std::string theme;
  std::vector<std::string> themes;
  std::string language;
  std::vector<PluginAction> actions;
};

// What choosing an item does. Each runs after the menu has closed.
struct MenuCommands {
  std::function<void(Mode)> mode;
  std::function<void(const std::string&)> theme;
  std::function<void(const std::string&)> language;
  std::function<void()> home;
  std::function<void()> plugins;
  std::function<void()> quit;
  std::function<void(const PluginAction&)> action;
};

// A fresh menu bar in the current language. The frame replaces it whenever the state changes;
// the handlers live on the menus, so they go with them.
wxMenuBar* makeMenuBar(const MenuState& state, const MenuCommands& commands, const Translate& tr);

}  // namespace pos
