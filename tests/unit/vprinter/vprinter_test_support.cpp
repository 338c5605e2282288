#include "vprinter_test_support.hpp"

#include <cairo.h>
#include <zbar.h>

#include <memory>

namespace vptest {

namespace pr = poscore::receipt;
using namespace zbar;  // zbar.h puts its C API in a namespace when compiled as C++

std::string bytes(std::initializer_list<int> values) {
  std::string out;
  for (int v : values) out += static_cast<char>(v);
  return out;
}

std::string qrFunction(int fn, const std::string& params) {
  const std::size_t length = params.size() + 2;
  return bytes({0x1D, '(', 'k', static_cast<int>(length % 256), static_cast<int>(length / 256), 49, fn}) + params;
}

std::vector<pr::PaperItem> paperOf(pr::EscPosDecoder& decoder) {
  decoder.finish();
  std::vector<pr::PaperItem> items;
  for (const auto& r : decoder.takeCutReceipts()) items.insert(items.end(), r.items.begin(), r.items.end());
  const auto rest = decoder.takeCurrent();
  items.insert(items.end(), rest.items.begin(), rest.items.end());
  return items;
}

std::vector<pr::PaperItem> paperOf(const std::string& stream) {
  pr::EscPosDecoder decoder;
  (void)decoder.feed(stream);
  return paperOf(decoder);
}

std::vector<std::string> warningsOf(const std::string& stream) {
  pr::EscPosDecoder decoder;
  (void)decoder.feed(stream);
  decoder.finish();
  std::vector<std::string> out;
  for (const auto& w : decoder.warnings()) out.push_back(w.message);
  return out;
}

PngFacts scanPng(const std::filesystem::path& png) {
  PngFacts facts;
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_image_surface_create_from_png(png.c_str()), cairo_surface_destroy);
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) return facts;
  facts.width = cairo_image_surface_get_width(surface.get());
  facts.height = cairo_image_surface_get_height(surface.get());
  const int stride = cairo_image_surface_get_stride(surface.get());
  const unsigned char* data = cairo_image_surface_get_data(surface.get());
  // zbar reads 8-bit grey ("Y800"); the paper is black on white, so the green channel will do.
  std::vector<unsigned char> grey(static_cast<std::size_t>(facts.width * facts.height));
  for (int y = 0; y < facts.height; ++y) {
    for (int x = 0; x < facts.width; ++x) {
      grey[static_cast<std::size_t>(y * facts.width + x)] = data[y * stride + x * 4 + 1];
    }
  }
  std::unique_ptr<zbar_image_scanner_t, decltype(&zbar_image_scanner_destroy)> scanner(zbar_image_scanner_create(),
                                                                                       zbar_image_scanner_destroy);
  zbar_image_scanner_set_config(scanner.get(), ZBAR_NONE, ZBAR_CFG_ENABLE, 1);
  std::unique_ptr<zbar_image_t, decltype(&zbar_image_destroy)> image(zbar_image_create(), zbar_image_destroy);
  zbar_image_set_format(image.get(), zbar_fourcc('Y', '8', '0', '0'));
  zbar_image_set_size(image.get(), static_cast<unsigned>(facts.width), static_cast<unsigned>(facts.height));
  zbar_image_set_data(image.get(), grey.data(), grey.size(), nullptr);
  zbar_scan_image(scanner.get(), image.get());
  for (auto* sym = zbar_image_first_symbol(image.get()); sym; sym = zbar_symbol_next(sym)) {
    facts.symbols.push_back({zbar_get_symbol_name(zbar_symbol_get_type(sym)), zbar_symbol_get_data(sym)});
  }
  return facts;
}

}  // namespace vptest
