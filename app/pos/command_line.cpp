#include "command_line.hpp"

#include <sstream>

#include <CLI/CLI.hpp>

namespace pos {

namespace {

// "1024x720" into width and height, each within what a lane's display can be.
std::string parseSize(const std::string& text, std::optional<std::pair<int, int>>& size) {
  int width = 0;
  int height = 0;
  char x = 0;
  std::istringstream in(text);
  if (!(in >> width >> x >> height) || x != 'x' || !in.eof() || width < 320 || height < 240 || width > 8192 ||
      height > 8192) {
    return "expected WIDTHxHEIGHT between 320x240 and 8192x8192, got '" + text + "'";
  }
  size = std::make_pair(width, height);
  return {};
}

void addLaneOptions(CLI::App& app, ShellOptions& o, std::string& sizeText) {
  auto* demo = app.add_flag("--demo", o.demo, "Run the demo lane: its settings, simulated devices and its own data folder");
  app.add_option("--config", o.config, "Lane settings file (JSON)")->excludes(demo);
  app.add_option("--data-dir", o.dataDir, "Lane data folder (database, log, safe-mode state)");
  app.add_option("--plugins", o.pluginDirs, "Plugin folder to search (repeatable)")->allow_extra_args(false);
  app.add_option("--serial", o.serialPorts, "Serial port to probe for devices (repeatable)")->allow_extra_args(false);
  app.add_option("--mode", o.mode, "Start in this mode")->check(CLI::IsMember({"counter", "self-checkout"}));
  app.add_option("--theme", o.theme, "Theme name, or a theme folder");
  app.add_option("--lang", o.language, "Language")->check(CLI::IsMember({"en", "zh_CN"}));
  app.add_option("--size", sizeText, "Window size, WIDTHxHEIGHT")
      ->check(CLI::Validator([&o](std::string& text) { return parseSize(text, o.size); }, "WIDTHxHEIGHT"));
}

void addUnattendedOptions(CLI::App& app, ShellOptions& o) {
  app.add_option("--screenshot", o.screenshot, "Save a PNG of the window once the first screen shows, then exit");
  app.add_flag("--exit-after-first-screen", o.exitAfterFirstScreen,
               "Print how long the first screen and each plugin took, then exit");
  app.add_option("--selftest", o.selftestDir,
                 "Switch mode, theme and language, saving a PNG after each step into this folder; "
                 "exit non-zero if a step did not take effect");
}

}  // namespace

CommandLine parseCommandLine(int argc, char** argv) {
  CLI::App app{"pos: the point-of-sale and self-checkout lane"};
  ShellOptions options;
  std::string sizeText;
  addLaneOptions(app, options, sizeText);
  addUnattendedOptions(app, options);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return CommandLine{std::nullopt, app.exit(e)};
  }
  return CommandLine{options, 0};
}

}  // namespace pos
