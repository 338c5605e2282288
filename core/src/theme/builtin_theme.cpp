#include "poscore/theme/theme.hpp"

namespace poscore::theme {

Theme builtinTheme() {
  Theme t;
  t.name = "built-in";
  // Plain greys with a blue accent: readable on any display, and visibly not a store's theme, so a
  // lane that fell back to it stands out.
  t.palette.background = Rgb{0xf2, 0xf2, 0xf2};
  t.palette.foreground = Rgb{0x20, 0x20, 0x20};
  t.palette.accent = Rgb{0x1f, 0x5f, 0xbf};
  t.palette.danger = Rgb{0xc0, 0x1f, 0x1f};
  t.palette.warning = Rgb{0xf0, 0xb0, 0x20};
  t.palette.success = Rgb{0x2e, 0x8b, 0x3e};
  t.palette.panel = Rgb{0xdc, 0xdc, 0xdc};
  t.fonts.family = "DejaVu Sans";
  t.fonts.size = 11;
  t.fonts.titleSize = 16;
  t.touchTarget = 40;
  return t;
}

}  // namespace poscore::theme
