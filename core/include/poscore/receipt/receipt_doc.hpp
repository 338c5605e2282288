#pragma once
#include <string>
#include <string_view>
#include <variant>
#include <vector>

// A receipt as the printer should lay it out, independent of any printer's command language: the
// ESC/POS encoder turns it into bytes, a preview turns it into text. Text is UTF-8; the document
// already fits its lines to the paper width, so every encoder prints them as they are.
namespace poscore::receipt {

// Paper widths in font A columns (12 x 24 dots): 576 dots on 80 mm paper, 384 on 58 mm.
inline constexpr int kColumns80mm = 42;
inline constexpr int kColumns58mm = 32;

enum class Align { Left, Center, Right };

struct TextStyle {
  Align align = Align::Left;
  bool bold = false;
  bool doubleWidth = false;   // each character takes two columns: a line holds half as many
  bool doubleHeight = false;
  bool operator==(const TextStyle&) const = default;
};

struct TextLine {
  std::string text;
  TextStyle style;
};

struct Separator {
  std::string line;  // already the paper's width
};

// CODE128 (code set B) with the human-readable text printed below.
struct Barcode {
  std::string data;
};

// QR code, model 2, error correction M.
struct QrCode {
  std::string payload;
  int moduleDots = 6;  // 1..16 dots per module
};

struct Feed {
  int lines = 1;
};

struct Cut {};         // feeds the paper to the cutter and cuts it partially
struct DrawerKick {};  // pulses the cash drawer connected to the printer

using Element = std::variant<TextLine, Separator, Barcode, QrCode, Feed, Cut, DrawerKick>;

class ReceiptDoc {
 public:
  // Throws std::invalid_argument below 16 columns: no receipt printer is that narrow.
  explicit ReceiptDoc(int columns = kColumns80mm);

  int columns() const { return columns_; }
  const std::vector<Element>& elements() const { return elements_; }

  // Adds `text` wrapped to the width (half the columns when double width).
  void text(std::string_view text, TextStyle style = {});
  // A two-column row: label at the left, value flush right. A label too long for one line wraps,
  // and the value stands on its first line.
  void row(std::string_view label, std::string_view value, TextStyle style = {});
  void separator(char c = '-');
  void barcode(std::string data);
  void qrCode(std::string payload, int moduleDots = 6);
  void feed(int lines = 1);
  void cut();
  void kickDrawer();

  // The text lines as the paper shows them, one per line, with a marker line for each barcode
  // ("[CODE128 R-1]"), QR code ("[QR ...]") and cut ("[CUT]"): for previews, logs and tests.
  std::string plainText() const;

 private:
  int widthFor(const TextStyle& style) const { return style.doubleWidth ? columns_ / 2 : columns_; }

  int columns_;
  std::vector<Element> elements_;
};

}  // namespace poscore::receipt
