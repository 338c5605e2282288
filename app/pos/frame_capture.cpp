#include "frame_capture.hpp"

#include <cstdlib>
#include <unordered_map>

#include <wx/dcclient.h>
#include <wx/dcmemory.h>
#include <wx/frame.h>
#include <wx/menu.h>
#include <wx/statusbr.h>

#include "shell_text.hpp"

namespace pos {

using poscore::theme::Rgb;

wxImage captureFrame(wxFrame& frame) {
  frame.Update();  // paint what is pending, so the picture is of the current state
  wxBitmap bitmap(frame.GetSize());
  wxMemoryDC target(bitmap);
  target.SetBackground(*wxBLACK_BRUSH);
  target.Clear();
  const wxPoint origin = frame.GetScreenPosition();
  auto copy = [&](wxDC& source, wxPoint screenPosition, wxSize size) {
    const wxPoint at = screenPosition - origin;
    target.Blit(at.x, at.y, size.x, size.y, &source, 0, 0);
  };
  // Piece by piece: on GTK 3 a frame's DC covers only its client area, and a screen DC returns
  // what the screen showed when it was first read.
  {
    wxClientDC client(&frame);
    copy(client, frame.ClientToScreen(wxPoint(0, 0)), frame.GetClientSize());
  }
  for (wxWindow* bar : {static_cast<wxWindow*>(frame.GetMenuBar()), static_cast<wxWindow*>(frame.GetStatusBar())}) {
    if (!bar) continue;
    wxWindowDC source(bar);
    copy(source, bar->GetScreenPosition(), bar->GetSize());
  }
  target.SelectObject(wxNullBitmap);
  return bitmap.ConvertToImage();
}

possdk::Status savePng(const wxImage& image, const std::filesystem::path& file) {
  std::error_code ec;
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
  if (ec) return possdk::Status::fail("cannot create " + file.parent_path().string() + ": " + ec.message());
  if (!image.IsOk() || !image.SaveFile(u8(file.string()), wxBITMAP_TYPE_PNG)) {
    return possdk::Status::fail("cannot write the screenshot " + file.string());
  }
  return possdk::Status::ok();
}

Rgb dominantColour(const wxImage& image) {
  std::unordered_map<std::uint32_t, std::size_t> counts;
  const unsigned char* p = image.GetData();
  const std::size_t pixels = static_cast<std::size_t>(image.GetWidth()) * static_cast<std::size_t>(image.GetHeight());
  for (std::size_t i = 0; i < pixels; ++i, p += 3) ++counts[(std::uint32_t{p[0]} << 16) | (p[1] << 8) | p[2]];
  std::uint32_t best = 0;
  std::size_t bestCount = 0;
  for (const auto& [colour, count] : counts) {
    if (count > bestCount) {
      best = colour;
      bestCount = count;
    }
  }
  return Rgb{static_cast<std::uint8_t>(best >> 16), static_cast<std::uint8_t>(best >> 8), static_cast<std::uint8_t>(best)};
}

bool sameColour(Rgb a, Rgb b) {
  return std::abs(a.r - b.r) <= 2 && std::abs(a.g - b.g) <= 2 && std::abs(a.b - b.b) <= 2;
}

std::size_t differingPixels(const wxImage& a, const wxImage& b) {
  const std::size_t pixels = static_cast<std::size_t>(a.GetWidth()) * static_cast<std::size_t>(a.GetHeight());
  if (a.GetSize() != b.GetSize()) return pixels;
  std::size_t differing = 0;
  const unsigned char* pa = a.GetData();
  const unsigned char* pb = b.GetData();
  for (std::size_t i = 0; i < pixels; ++i, pa += 3, pb += 3) {
    if (pa[0] != pb[0] || pa[1] != pb[1] || pa[2] != pb[2]) ++differing;
  }
  return differing;
}

}  // namespace pos
