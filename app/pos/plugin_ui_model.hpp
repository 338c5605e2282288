#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modes.hpp"
#include "poscore/ui_backend.hpp"

namespace pos {

struct PluginAction {
  std::string pluginId;
  possdk::Action action;
};

struct PluginScreen {
  std::string pluginId;
  possdk::Screen screen;
};

// What plugins have asked the shell to offer and show: their actions, and a stack of their screens
// (the newest on top). It exists before the frame does, because the Runtime needs its UiBackend at
// construction, and it holds no wx, so the frame only has to follow its changes.
class PluginUiModel final : public poscore::UiBackend {
 public:
  // An action with the id of one the plugin added before replaces it.
  void addAction(const std::string& pluginId, const possdk::Action& action) override;
  // A screen the plugin shows again replaces its earlier version where it stands; a new one goes on
  // top.
  void show(const std::string& pluginId, const possdk::Screen& screen) override;
  void close(const std::string& pluginId, const std::string& screenId) override;
  // A plugin that failed or stopped leaves no button or screen behind that would reach it.
  void removePlugin(const std::string& pluginId) override;

  std::vector<PluginAction> actionsIn(Mode mode) const;
  // The action of the mode bound to a key name such as "F7" (case does not matter).
  std::optional<PluginAction> actionForHotkey(Mode mode, std::string_view keyName) const;
  const PluginScreen* top() const { return screens_.empty() ? nullptr : &screens_.back(); }

  enum class Change { Actions, Screens };
  // The one listener (the frame); called after every change, on the UI thread. Empty to detach.
  void onChanged(std::function<void(Change)> listener) { listener_ = std::move(listener); }

 private:
  void changed(Change change) const;

  std::vector<PluginAction> actions_;
  std::vector<PluginScreen> screens_;
  std::function<void(Change)> listener_;
};

}  // namespace pos
