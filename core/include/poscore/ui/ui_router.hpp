#pragma once
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>

#include "poscore/ui_backend.hpp"
#include "possdk/ui.hpp"

namespace poscore {

// Routes plugins' screens and actions to the backend (the shell), and the shell's UiEvents and
// action triggers back to the plugin that owns them.
class UiRouter {
 public:
  explicit UiRouter(UiBackend& backend) : backend_(backend) {}

  std::unique_ptr<possdk::Ui> facadeFor(const std::string& pluginId);
  // Delivers a UiEvent to the handler of the plugin's screen. False when no handler is registered.
  bool dispatch(const std::string& pluginId, const possdk::UiEvent& event);
  // Runs the plugin's action. False when there is no such action.
  bool trigger(const std::string& pluginId, const std::string& actionId);
  // Drops everything the plugin registered, and its screens and actions from the backend.
  void forget(const std::string& pluginId);

 private:
  friend class PluginUi;
  UiBackend& backend_;
  std::map<std::pair<std::string, std::string>, std::function<void(const possdk::UiEvent&)>> handlers_;
  std::map<std::pair<std::string, std::string>, std::function<void()>> actions_;
};

}  // namespace poscore
