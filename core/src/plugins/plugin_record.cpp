#include "poscore/plugins/plugin_record.hpp"

namespace poscore {

std::string_view toString(PluginState state) {
  switch (state) {
    case PluginState::Discovered: return "discovered";
    case PluginState::Validated: return "validated";
    case PluginState::Resolved: return "resolved";
    case PluginState::Loaded: return "loaded";
    case PluginState::Initialized: return "initialized";
    case PluginState::Running: return "running";
    case PluginState::Stopped: return "stopped";
    case PluginState::Failed: return "failed";
    case PluginState::Quarantined: return "quarantined";
  }
  return "unknown";
}

}  // namespace poscore
