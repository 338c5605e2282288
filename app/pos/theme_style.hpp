#pragma once
#include <string_view>

#include <wx/colour.h>
#include <wx/font.h>

#include "poscore/theme/theme.hpp"

class wxButton;
class wxWindow;

namespace pos {

// The one place a Theme turns into wx colours, fonts and sizes.
wxColour toWx(poscore::theme::Rgb rgb);
// Black or white, whichever reads better on `background` (text on accent, danger, warning...).
poscore::theme::Rgb textOn(poscore::theme::Rgb background);
// `a` moved `percent` of the way towards `b`: muted text is the foreground fading into the background.
poscore::theme::Rgb blend(poscore::theme::Rgb a, poscore::theme::Rgb b, int percent);

wxFont bodyFont(const poscore::theme::Theme& theme);
wxFont largeFont(const poscore::theme::Theme& theme);  // between body and title: prompts, amounts
wxFont titleFont(const poscore::theme::Theme& theme);
// For the attendant and the technician (status, plugin list): body text, but never huge, since
// large customer-facing themes would crowd out the facts.
wxFont detailFont(const poscore::theme::Theme& theme);

// Background and text colour of a window (a panel, a label).
void paint(wxWindow& window, poscore::theme::Rgb background, poscore::theme::Rgb foreground);
// A button as themes draw it: "primary" on the accent colour, "danger" on the danger colour, any
// other style on the panel colour; never smaller than the theme's touch target.
void styleButton(wxButton& button, const poscore::theme::Theme& theme, std::string_view style);

}  // namespace pos
