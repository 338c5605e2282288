#include "poscore/receipt/receipt_doc.hpp"

#include <stdexcept>

#include "poscore/receipt/text_width.hpp"

namespace poscore::receipt {

namespace {

constexpr int kMinColumns = 16;

std::string spaces(int n) { return std::string(static_cast<std::size_t>(n > 0 ? n : 0), ' '); }

// Pads a line that fits into `width` so the printer's own alignment is not needed for rows.
std::string aligned(const std::string& text, int width, Align align) {
  const int gap = width - displayWidth(text);
  switch (align) {
    case Align::Left: return text;
    case Align::Right: return spaces(gap) + text;
    case Align::Center: return spaces(gap / 2) + text;
  }
  return text;
}

struct PlainTextOf {
  int columns;
  std::string operator()(const TextLine& t) const {
    const int width = t.style.doubleWidth ? columns / 2 : columns;
    return aligned(t.text, width, t.style.align) + '\n';
  }
  std::string operator()(const Separator& s) const { return s.line + '\n'; }
  std::string operator()(const Barcode& b) const { return "[CODE128 " + b.data + "]\n"; }
  std::string operator()(const QrCode& q) const { return "[QR " + q.payload + "]\n"; }
  std::string operator()(const Feed& f) const { return std::string(static_cast<std::size_t>(f.lines), '\n'); }
  std::string operator()(const Cut&) const { return "[CUT]\n"; }
  std::string operator()(const DrawerKick&) const { return "[DRAWER]\n"; }
};

}  // namespace

ReceiptDoc::ReceiptDoc(int columns) : columns_(columns) {
  if (columns < kMinColumns) {
    throw std::invalid_argument("receipt width of " + std::to_string(columns) + " columns is too narrow; use at least " +
                                std::to_string(kMinColumns) + " (32 for 58 mm paper, 42 for 80 mm)");
  }
}

void ReceiptDoc::text(std::string_view text, TextStyle style) {
  for (auto& piece : wrapToWidth(text, widthFor(style))) elements_.emplace_back(TextLine{std::move(piece), style});
}

void ReceiptDoc::row(std::string_view label, std::string_view value, TextStyle style) {
  const int width = widthFor(style);
  const int valueWidth = displayWidth(value);
  const int labelRoom = width - valueWidth - 1;
  style.align = Align::Left;  // the padding does the aligning
  if (labelRoom < 1) {  // no room beside the value: label on its own, value below it at the right
    text(label, style);
    elements_.emplace_back(TextLine{aligned(std::string(value), width, Align::Right), style});
    return;
  }
  auto pieces = wrapToWidth(label, labelRoom);
  const std::string& first = pieces.front();
  elements_.emplace_back(TextLine{first + spaces(width - displayWidth(first) - valueWidth) + std::string(value), style});
  for (std::size_t i = 1; i < pieces.size(); ++i) elements_.emplace_back(TextLine{std::move(pieces[i]), style});
}

void ReceiptDoc::separator(char c) { elements_.emplace_back(Separator{std::string(static_cast<std::size_t>(columns_), c)}); }

void ReceiptDoc::barcode(std::string data) { elements_.emplace_back(Barcode{std::move(data)}); }

void ReceiptDoc::qrCode(std::string payload, int moduleDots) { elements_.emplace_back(QrCode{std::move(payload), moduleDots}); }

void ReceiptDoc::feed(int lines) { elements_.emplace_back(Feed{lines}); }

void ReceiptDoc::cut() { elements_.emplace_back(Cut{}); }

void ReceiptDoc::kickDrawer() { elements_.emplace_back(DrawerKick{}); }

std::string ReceiptDoc::plainText() const {
  std::string out;
  for (const auto& e : elements_) out += std::visit(PlainTextOf{columns_}, e);
  return out;
}

}  // namespace poscore::receipt
