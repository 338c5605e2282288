#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace poscore {

struct FoundPlugin {
  std::filesystem::path dir;
  std::string problem;  // set when the folder could not be read; the plugin then fails discovery
};

// Plugin folders below the roots (or roots that are plugin folders themselves), sorted per root.
// A folder with a plugin.json or a .so is a plugin; anything else (build files, assets) is not.
// Unreadable folders and symlink loops are reported, never thrown: one bad folder must not keep
// the lane from starting.
std::vector<FoundPlugin> discoverPlugins(const std::vector<std::filesystem::path>& roots);

}  // namespace poscore
