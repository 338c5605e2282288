#include "plugin_ui_model.hpp"

#include <algorithm>
#include <cctype>

namespace pos {

namespace {
bool sameKeyName(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
         });
}
}  // namespace

void PluginUiModel::addAction(const std::string& pluginId, const possdk::Action& action) {
  auto same = [&](const PluginAction& a) { return a.pluginId == pluginId && a.action.id == action.id; };
  if (auto it = std::find_if(actions_.begin(), actions_.end(), same); it != actions_.end()) {
    it->action = action;
  } else {
    actions_.push_back({pluginId, action});
  }
  changed(Change::Actions);
}

// A screen already in the stack is updated where it is: a plugin refreshing its screen (a new
// reading, a scan) must not climb over another plugin's screen, a lock screen above all.
void PluginUiModel::show(const std::string& pluginId, const possdk::Screen& screen) {
  auto same = [&](const PluginScreen& s) { return s.pluginId == pluginId && s.screen.id == screen.id; };
  if (auto it = std::find_if(screens_.begin(), screens_.end(), same); it != screens_.end()) {
    it->screen = screen;
  } else {
    screens_.push_back({pluginId, screen});
  }
  changed(Change::Screens);
}

void PluginUiModel::close(const std::string& pluginId, const std::string& screenId) {
  const auto removed =
      std::erase_if(screens_, [&](const PluginScreen& s) { return s.pluginId == pluginId && s.screen.id == screenId; });
  if (removed > 0) changed(Change::Screens);
}

void PluginUiModel::removePlugin(const std::string& pluginId) {
  if (std::erase_if(actions_, [&](const PluginAction& a) { return a.pluginId == pluginId; }) > 0) {
    changed(Change::Actions);
  }
  if (std::erase_if(screens_, [&](const PluginScreen& s) { return s.pluginId == pluginId; }) > 0) {
    changed(Change::Screens);
  }
}

std::vector<PluginAction> PluginUiModel::actionsIn(Mode mode) const {
  std::vector<PluginAction> offered;
  std::copy_if(actions_.begin(), actions_.end(), std::back_inserter(offered),
               [&](const PluginAction& a) { return offeredIn(a.action, mode); });
  return offered;
}

std::optional<PluginAction> PluginUiModel::actionForHotkey(Mode mode, std::string_view keyName) const {
  for (const auto& a : actions_) {
    if (!a.action.hotkey.empty() && sameKeyName(a.action.hotkey, keyName) && offeredIn(a.action, mode)) return a;
  }
  return std::nullopt;
}

void PluginUiModel::changed(Change change) const {
  if (listener_) listener_(change);
}

}  // namespace pos
