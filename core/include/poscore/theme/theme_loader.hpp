#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "poscore/theme/theme.hpp"

namespace poscore::theme {

// Limits a theme must stay within, so a typo cannot make the lane unreadable or untouchable.
inline constexpr int kMinFontSize = 8;
inline constexpr int kMaxFontSize = 48;
inline constexpr int kMinTitleSize = 10;
inline constexpr int kMaxTitleSize = 96;
inline constexpr int kMinTouchTarget = 24;
inline constexpr int kMaxTouchTarget = 200;

// A theme, or the built-in one plus a warning that names the file, the field and what is expected.
struct LoadedTheme {
  Theme theme;
  std::string warning;  // empty when the requested theme loaded cleanly
};

// Reads <themeDir>/theme.json. Every field is required and checked; unknown fields are refused so
// a misspelt key never silently falls back to a default.
LoadedTheme loadTheme(const std::filesystem::path& themeDir);

// `nameOrDir` is a folder name under themesRoot ("classic") or a path to a theme folder.
LoadedTheme loadNamedTheme(const std::filesystem::path& themesRoot, const std::string& nameOrDir);

// The folders under themesRoot that hold a theme.json, sorted by name.
std::vector<std::string> availableThemes(const std::filesystem::path& themesRoot);

}  // namespace poscore::theme
