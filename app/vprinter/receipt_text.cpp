#include "receipt_text.hpp"

#include <algorithm>

#include "glyph_cells.hpp"

namespace vprinter {

namespace pr = poscore::receipt;

namespace {

std::string aligned(const std::string& text, int cells, pr::Align align, int columns) {
  if (text.empty()) return "\n";
  const int room = std::max(0, columns - cells);
  const int pad = align == pr::Align::Left ? 0 : align == pr::Align::Center ? room / 2 : room;
  return std::string(static_cast<std::size_t>(pad), ' ') + text + "\n";
}

struct TextWriter {
  int columns;
  std::string out;

  void operator()(const pr::TextLine& line) {
    std::string text;
    int cells = 0;
    for (const auto& run : line.runs) {
      text += run.text;
      cells += cellsOf(glyphsOf(run.text)) * run.widthScale;
    }
    out += aligned(text, cells, line.align, columns);
  }
  void operator()(const pr::Feed& feed) { out.append(static_cast<std::size_t>(feed.lines), '\n'); }
  void operator()(const pr::Barcode& b) {
    const std::string text = std::string("[") + pr::symbologyName(b.symbology) + " " + b.text + "]";
    out += aligned(text, static_cast<int>(text.size()), b.align, columns);
  }
  void operator()(const pr::QrCode& qr) {
    const std::string text = "[QR " + qr.payload + "]";
    out += aligned(text, cellsOf(glyphsOf(text)), qr.align, columns);
  }
  void operator()(const pr::Cut& cut) {
    out += std::string(static_cast<std::size_t>(columns), cut.partial ? '-' : '=') + "\n";
  }
  void operator()(const pr::DrawerKick& k) {
    out += "[drawer kick: pin " + std::to_string(k.pin) + ", " + std::to_string(k.onMs) + " ms on, " +
           std::to_string(k.offMs) + " ms off]\n";
  }
};

}  // namespace

std::string receiptText(const std::vector<pr::PaperItem>& items, int columns) {
  TextWriter writer{columns, {}};
  for (const auto& item : items) std::visit(writer, item);
  return writer.out;
}

}  // namespace vprinter
