#pragma once
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "poscore/plugins/manifest.hpp"

namespace poscore {

// The lifecycle of DESIGN decision 3, plus the two ways out of it.
enum class PluginState {
  Discovered,
  Validated,
  Resolved,
  Loaded,
  Initialized,
  Running,
  Stopped,
  Failed,       // error says in which step and why
  Quarantined,  // crashed the process on an earlier start (safe mode)
};

std::string_view toString(PluginState state);

struct PluginRecord {
  std::string id;  // from the manifest, or the folder name when the manifest is unreadable
  std::filesystem::path dir;
  std::optional<Manifest> manifest;
  PluginState state = PluginState::Discovered;
  std::string error;
  std::chrono::microseconds loadTime{0};  // dlopen and entry lookup
  std::chrono::microseconds initTime{0};
  std::chrono::microseconds startTime{0};
};

}  // namespace poscore
