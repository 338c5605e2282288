#pragma once
#include <optional>
#include <string>

#include "command_line.hpp"
#include "main_frame.hpp"
#include "poscore/layout.hpp"
#include "poscore/runtime.hpp"

namespace pos {

// Everything the shell starts with, from the command line over the settings file over defaults.
struct LaunchSettings {
  poscore::RuntimeOptions runtime;
  FrameSettings frame;
  std::optional<std::string> language;  // the settings' shell.language is applied by the Runtime
};

// Throws std::invalid_argument naming the file or setting that is wrong.
LaunchSettings resolveLaunch(const ShellOptions& options, const poscore::Layout& layout);

}  // namespace pos
