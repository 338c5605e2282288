#pragma once
#include <filesystem>
#include <string>

#include "modes.hpp"
#include "possdk/screen.hpp"

namespace pos {

// The shell's own home screens, declared like a plugin's screen and drawn by the same renderer.
inline constexpr const char* kManualCodeElement = "manual-code";

possdk::Screen homeScreen(Mode mode, const std::string& lastCode, const std::filesystem::path& logo,
                          const Translate& tr);
std::string homeScreenId(Mode mode);

}  // namespace pos
