#pragma once
// A QR code as a PNG: qrencode makes the modules, cairo paints and writes them, with the quiet zone
// of four modules the standard asks for.
#include <cairo.h>
#include <qrencode.h>

#include <memory>
#include <string>

namespace weighing::tools {

// "" when written, else what went wrong.
inline std::string writeQrPng(const std::string& text, const std::string& file, int pixelsPerModule = 8) {
  std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1),
                                                      QRcode_free);
  if (!code) return "qrencode cannot encode " + std::to_string(text.size()) + " bytes";
  constexpr int kQuietZone = 4;
  const int side = (code->width + 2 * kQuietZone) * pixelsPerModule;
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, side, side), cairo_surface_destroy);
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()), cairo_destroy);
  cairo_set_source_rgb(cr.get(), 1, 1, 1);
  cairo_paint(cr.get());
  cairo_set_source_rgb(cr.get(), 0, 0, 0);
  for (int y = 0; y < code->width; ++y) {
    for (int x = 0; x < code->width; ++x) {
      if ((code->data[y * code->width + x] & 1) == 0) continue;  // bit 0: a dark module
      cairo_rectangle(cr.get(), (x + kQuietZone) * pixelsPerModule, (y + kQuietZone) * pixelsPerModule, pixelsPerModule,
                      pixelsPerModule);
    }
  }
  cairo_fill(cr.get());
  const auto written = cairo_surface_write_to_png(surface.get(), file.c_str());
  return written == CAIRO_STATUS_SUCCESS ? "" : "cannot write " + file + ": " + cairo_status_to_string(written);
}

}  // namespace weighing::tools
