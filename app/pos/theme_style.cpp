#include "theme_style.hpp"

#include <algorithm>

#include <wx/button.h>
#include <wx/window.h>

namespace pos {

using poscore::theme::Rgb;
using poscore::theme::Theme;

wxColour toWx(Rgb rgb) { return wxColour(rgb.r, rgb.g, rgb.b); }

Rgb textOn(Rgb background) {
  // Perceived brightness (ITU-R BT.601 weights), in 0..255000.
  const int brightness = background.r * 299 + background.g * 587 + background.b * 114;
  return brightness > 150000 ? Rgb{0x10, 0x10, 0x10} : Rgb{0xff, 0xff, 0xff};
}

Rgb blend(Rgb a, Rgb b, int percent) {
  auto mix = [percent](std::uint8_t x, std::uint8_t y) {
    return static_cast<std::uint8_t>((x * (100 - percent) + y * percent) / 100);
  };
  return Rgb{mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b)};
}

namespace {
wxFont fontOf(const Theme& theme, int points, wxFontWeight weight) {
  return wxFont(wxFontInfo(points).FaceName(theme.fonts.family).Weight(weight));
}
}  // namespace

wxFont bodyFont(const Theme& theme) { return fontOf(theme, theme.fonts.size, wxFONTWEIGHT_NORMAL); }

wxFont largeFont(const Theme& theme) {
  return fontOf(theme, (theme.fonts.size + theme.fonts.titleSize) / 2, wxFONTWEIGHT_NORMAL);
}

wxFont titleFont(const Theme& theme) { return fontOf(theme, theme.fonts.titleSize, wxFONTWEIGHT_BOLD); }

wxFont detailFont(const Theme& theme) {
  constexpr int kMaxDetailPoints = 13;
  return fontOf(theme, std::min(theme.fonts.size, kMaxDetailPoints), wxFONTWEIGHT_NORMAL);
}

void paint(wxWindow& window, Rgb background, Rgb foreground) {
  window.SetBackgroundColour(toWx(background));
  window.SetForegroundColour(toWx(foreground));
}

void styleButton(wxButton& button, const Theme& theme, std::string_view style) {
  const auto& p = theme.palette;
  const Rgb face = style == "primary" ? p.accent : style == "danger" ? p.danger : p.panel;
  paint(button, face, style.empty() ? p.foreground : textOn(face));
  button.SetFont(bodyFont(theme));
  const wxSize best = button.GetBestSize();
  button.SetMinSize(wxSize(std::max(best.x + theme.touchTarget / 2, theme.touchTarget),
                           std::max(best.y, theme.touchTarget)));
}

}  // namespace pos
