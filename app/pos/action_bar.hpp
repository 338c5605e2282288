#pragma once
#include <functional>
#include <vector>

#include <wx/panel.h>

#include "plugin_ui_model.hpp"
#include "poscore/theme/theme.hpp"
#include "shell_text.hpp"

namespace pos {

// The plugin actions of the current mode as buttons, each showing its function key.
class ActionBar final : public wxPanel {
 public:
  using Trigger = std::function<void(const PluginAction&)>;
  ActionBar(wxWindow* parent, Trigger trigger);
  void set(const std::vector<PluginAction>& actions, const poscore::theme::Theme& theme, const Translate& tr);

 private:
  Trigger trigger_;
};

// "F7  Redeem points": the label a button or menu item shows for an action.
std::string actionLabel(const possdk::Action& action);

}  // namespace pos
