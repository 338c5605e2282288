#include "receipt_png.hpp"

#include <cairo.h>
#include <qrencode.h>

#include <algorithm>
#include <memory>
#include <string>

#include "barcode_modules.hpp"
#include "glyph_cells.hpp"

namespace vprinter {

namespace pr = poscore::receipt;

namespace {

constexpr int kCellWidth = kCellWidthDots;
constexpr int kCellHeight = 24;
constexpr int kLineGap = 10;     // the default 1/6-inch line pitch is about 34 dots
constexpr int kMargin = 16;      // paper above the first line and before the cut
constexpr int kQuietModules = 4; // the QR quiet zone
constexpr const char* kFont = "WenQuanYi Micro Hei Mono";

struct CairoDelete {
  void operator()(cairo_t* cr) const { cairo_destroy(cr); }
  void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
using Cairo = std::unique_ptr<cairo_t, CairoDelete>;
using Surface = std::unique_ptr<cairo_surface_t, CairoDelete>;

struct QrDelete {
  void operator()(QRcode* q) const { QRcode_free(q); }
};

double alignedX(pr::Align align, int itemWidth, int paperWidth) {
  const int room = std::max(0, paperWidth - itemWidth);
  return align == pr::Align::Left ? 0 : align == pr::Align::Center ? room / 2 : room;
}

// Draws on an unbounded surface top to bottom; y is the next free dot row.
class PaperPainter {
 public:
  PaperPainter(cairo_t* cr, int width) : cr_(cr), width_(width) {
    cairo_select_font_face(cr_, kFont, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_source_rgb(cr_, 0, 0, 0);
  }
  int y() const { return y_; }

  void operator()(const pr::TextLine& line) {
    // Every glyph with its run's style, wrapped where the paper ends as a printer wraps.
    struct Placed {
      Glyph glyph;
      const pr::TextRun* run;
    };
    std::vector<std::vector<Placed>> rows(1);
    int x = 0;
    for (const auto& run : line.runs) {
      for (auto& g : glyphsOf(run.text)) {
        const int w = g.cells * kCellWidth * run.widthScale;
        if (x + w > width_ && x > 0) {
          rows.emplace_back();
          x = 0;
        }
        x += w;
        rows.back().push_back({std::move(g), &run});
      }
    }
    for (const auto& row : rows) {
      int rowWidth = 0, scale = 1;
      for (const auto& p : row) {
        rowWidth += p.glyph.cells * kCellWidth * p.run->widthScale;
        scale = std::max(scale, p.run->heightScale);
      }
      const int rowHeight = kCellHeight * scale;
      double gx = alignedX(line.align, rowWidth, width_);
      for (const auto& p : row) {
        drawGlyph(p.glyph, *p.run, gx, y_ + rowHeight);
        gx += p.glyph.cells * kCellWidth * p.run->widthScale;
      }
      y_ += rowHeight + kLineGap;
    }
  }

  void operator()(const pr::Feed& feed) { y_ += feed.lines * (kCellHeight + kLineGap); }

  void operator()(const pr::Barcode& barcode) {
    auto modules = barcodeModules(barcode);
    if (!modules) return placeholder("[" + modules.error() + "]");
    const int count = static_cast<int>(modules.value().size());
    const int moduleWidth = std::min(barcode.moduleWidth, width_ / std::max(count, 1));
    if (moduleWidth < 1) {
      return placeholder(std::string("[") + pr::symbologyName(barcode.symbology) + " " + barcode.text +
                         ": too wide for the paper]");
    }
    const bool above = barcode.hri == pr::HriPosition::Above || barcode.hri == pr::HriPosition::Both;
    const bool below = barcode.hri == pr::HriPosition::Below || barcode.hri == pr::HriPosition::Both;
    if (above) hri(barcode);
    const double x0 = alignedX(barcode.align, count * moduleWidth, width_);
    for (int i = 0; i < count; ++i) {
      if (modules.value()[static_cast<std::size_t>(i)]) {
        cairo_rectangle(cr_, x0 + i * moduleWidth, y_, moduleWidth, barcode.height);
      }
    }
    cairo_fill(cr_);
    y_ += barcode.height;
    if (below) hri(barcode);
    y_ += kLineGap;
  }

  void operator()(const pr::QrCode& qr) {
    const QRecLevel level = qr.errorCorrection == 'M'   ? QR_ECLEVEL_M
                            : qr.errorCorrection == 'Q' ? QR_ECLEVEL_Q
                            : qr.errorCorrection == 'H' ? QR_ECLEVEL_H
                                                        : QR_ECLEVEL_L;
    std::unique_ptr<QRcode, QrDelete> code(QRcode_encodeData(static_cast<int>(qr.payload.size()),
                                                             reinterpret_cast<const unsigned char*>(qr.payload.data()),
                                                             0, level));
    if (!code) return placeholder("[QR code: the payload is too long for a QR symbol]");
    const int size = code->width * qr.moduleSize;
    const double x0 = alignedX(qr.align, size, width_);
    y_ += kQuietModules * qr.moduleSize;
    for (int row = 0; row < code->width; ++row) {
      for (int col = 0; col < code->width; ++col) {
        if (code->data[row * code->width + col] & 1) {
          cairo_rectangle(cr_, x0 + col * qr.moduleSize, y_ + row * qr.moduleSize, qr.moduleSize, qr.moduleSize);
        }
      }
    }
    cairo_fill(cr_);
    y_ += size + kQuietModules * qr.moduleSize;
  }

  void operator()(const pr::Cut& cut) {
    y_ += cut.feedDots + kMargin;
    const double dashes[] = {12, 8};
    cairo_save(cr_);
    cairo_set_dash(cr_, dashes, 2, 0);
    cairo_set_line_width(cr_, 2);
    cairo_set_source_rgb(cr_, 0.4, 0.4, 0.4);
    cairo_move_to(cr_, 0, y_ + 1);
    cairo_line_to(cr_, cut.partial ? width_ / 2.0 - 20 : width_, y_ + 1);
    if (cut.partial) {  // a partial cut leaves the middle uncut
      cairo_move_to(cr_, width_ / 2.0 + 20, y_ + 1);
      cairo_line_to(cr_, width_, y_ + 1);
    }
    cairo_stroke(cr_);
    cairo_restore(cr_);
    y_ += 2;
  }

  void operator()(const pr::DrawerKick&) {}

  void topMargin() { y_ += kMargin; }

 private:
  void drawGlyph(const Glyph& glyph, const pr::TextRun& run, double x, double baselineRow) {
    cairo_matrix_t m;
    cairo_matrix_init_scale(&m, kCellHeight * run.widthScale, kCellHeight * run.heightScale);
    cairo_set_font_matrix(cr_, &m);
    // The font's descent sits below the baseline; the cell's bottom holds it.
    const double baseline = baselineRow - 0.18 * kCellHeight * run.heightScale;
    for (int pass = 0; pass < (run.bold ? 2 : 1); ++pass) {  // bold by double strike, as printers do
      cairo_move_to(cr_, x + pass, baseline);
      cairo_show_text(cr_, glyph.utf8.c_str());
    }
  }

  void hri(const pr::Barcode& barcode) {
    pr::TextLine line{barcode.align, {pr::TextRun{barcode.text}}};
    (*this)(line);
  }

  void placeholder(const std::string& text) { (*this)(pr::TextLine{pr::Align::Left, {pr::TextRun{text}}}); }

  cairo_t* cr_;
  int width_;
  int y_ = 0;
};

}  // namespace

possdk::Status writeReceiptPng(const std::vector<pr::PaperItem>& items, const std::filesystem::path& file,
                               const RenderOptions& options) {
  Surface recording(cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nullptr));
  int height = 0;
  {
    Cairo cr(cairo_create(recording.get()));
    PaperPainter painter(cr.get(), options.widthDots);
    painter.topMargin();
    for (const auto& item : items) std::visit(painter, item);
    height = painter.y() + kMargin;
  }
  Surface image(cairo_image_surface_create(CAIRO_FORMAT_RGB24, options.widthDots, height));
  {
    Cairo cr(cairo_create(image.get()));
    cairo_set_source_rgb(cr.get(), 1, 1, 1);
    cairo_paint(cr.get());
    cairo_set_source_surface(cr.get(), recording.get(), 0, 0);
    cairo_paint(cr.get());
  }
  const cairo_status_t rc = cairo_surface_write_to_png(image.get(), file.c_str());
  if (rc != CAIRO_STATUS_SUCCESS) {
    return possdk::Status::fail("cannot write " + file.string() + ": " + cairo_status_to_string(rc) +
                                "; check that the folder exists and is writable");
  }
  return possdk::Status::ok();
}

}  // namespace vprinter
