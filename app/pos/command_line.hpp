#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace pos {

// What the shell was asked to do on its command line.
struct ShellOptions {
  std::filesystem::path config;
  std::filesystem::path dataDir;
  std::vector<std::filesystem::path> pluginDirs;
  std::vector<std::string> serialPorts;
  std::optional<std::string> mode;
  std::optional<std::string> theme;  // a theme name, or a path to a theme folder
  std::optional<std::string> language;
  std::optional<std::pair<int, int>> size;  // window width and height in pixels
  bool demo = false;
  std::filesystem::path screenshot;
  bool exitAfterFirstScreen = false;
  std::filesystem::path selftestDir;

  // Runs unattended (tests, measurements): problems go to stderr only, never to a dialog.
  bool unattended() const { return exitAfterFirstScreen || !screenshot.empty() || !selftestDir.empty(); }
};

// Either options to run with, or the exit code to leave with at once (after --help, or after a
// usage error that has been explained on stderr).
struct CommandLine {
  std::optional<ShellOptions> options;
  int exitCode = 0;
};

CommandLine parseCommandLine(int argc, char** argv);

}  // namespace pos
