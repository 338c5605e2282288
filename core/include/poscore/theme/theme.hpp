#pragma once
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace poscore::theme {

// A colour as themes write it: "#rrggbb".
struct Rgb {
  std::uint8_t r = 0;
  std::uint8_t g = 0;
  std::uint8_t b = 0;

  // nullopt unless the text is exactly '#' and six hex digits.
  static std::optional<Rgb> parse(std::string_view text);
  std::string hex() const;
  bool operator==(const Rgb&) const = default;
};

struct Palette {
  Rgb background;
  Rgb foreground;
  Rgb accent;   // primary buttons, highlights
  Rgb danger;   // destructive buttons, error alerts
  Rgb warning;  // the shell's warning bar, warning alerts
  Rgb success;
  Rgb panel;    // header, action bar and other surfaces around the content
  bool operator==(const Palette&) const = default;
};

struct Fonts {
  std::string family;
  int size = 11;       // points, body text
  int titleSize = 16;  // points, screen titles
  bool operator==(const Fonts&) const = default;
};

// What a theme folder's theme.json describes, with paths made absolute.
struct Theme {
  std::string name;             // the folder name; "built-in" for the fallback
  std::filesystem::path dir;    // empty for the built-in theme
  Palette palette;
  Fonts fonts;
  int touchTarget = 32;         // px, the smallest side of anything pressable
  std::filesystem::path logo;   // empty for the built-in theme
  bool operator==(const Theme&) const = default;
};

// The theme used when none is configured or the configured one is unusable: compiled in, so the
// lane always has something readable to show.
Theme builtinTheme();

}  // namespace poscore::theme
