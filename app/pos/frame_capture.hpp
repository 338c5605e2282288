#pragma once
#include <filesystem>

#include <wx/image.h>

#include "poscore/theme/theme.hpp"
#include "possdk/status.hpp"

class wxFrame;

namespace pos {

// The frame as it is drawn, menu and status bars included (no window manager decorations). Read
// back from the frame's own windows, which works under Xvfb.
wxImage captureFrame(wxFrame& frame);
possdk::Status savePng(const wxImage& image, const std::filesystem::path& file);

// The most common colour: a themed frame is mostly its background.
poscore::theme::Rgb dominantColour(const wxImage& image);
// Whether two colours are the same to within a rounding step per channel.
bool sameColour(poscore::theme::Rgb a, poscore::theme::Rgb b);
// How many pixels differ between two images of the same size (all of them when sizes differ).
std::size_t differingPixels(const wxImage& a, const wxImage& b);

}  // namespace pos
