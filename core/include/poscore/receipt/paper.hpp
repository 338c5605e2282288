#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

// What a receipt printer put on paper, decoded from the bytes it was sent: the model the virtual
// printer renders and tests compare. Sizes are in printer dots (203 dpi) unless named otherwise.
namespace poscore::receipt {

enum class Align { Left, Center, Right };

// A stretch of text printed in one style. widthScale/heightScale are the character multipliers
// (1-8) of ESC ! and GS !.
struct TextRun {
  std::string text;  // UTF-8
  bool bold = false;
  int widthScale = 1;
  int heightScale = 1;
  bool operator==(const TextRun&) const = default;
};

// One printed line (LF or ESC d). An empty `runs` is a blank line.
struct TextLine {
  Align align = Align::Left;
  std::vector<TextRun> runs;
  bool operator==(const TextLine&) const = default;
};

// Paper fed by ESC d n beyond the line it printed.
struct Feed {
  int lines = 0;
  bool operator==(const Feed&) const = default;
};

enum class Symbology { UpcA, UpcE, Ean13, Ean8, Code39, Itf, Codabar, Code93, Code128 };

// Where the human-readable digits go (GS H).
enum class HriPosition { None, Above, Below, Both };

struct Barcode {
  Symbology symbology = Symbology::Code128;
  // The data bytes as sent; for CODE128 with its {A/{B/{C code-set selectors.
  std::string data;
  // What a scanner reads back: for CODE128 the characters the code sets spell, else `data`.
  std::string text;
  Align align = Align::Left;
  int height = 162;       // GS h
  int moduleWidth = 3;    // GS w: dots per narrow bar
  HriPosition hri = HriPosition::None;
  bool operator==(const Barcode&) const = default;
};

struct QrCode {
  std::string payload;
  Align align = Align::Left;
  int model = 2;       // 1, 2 or 3 (micro), GS ( k function 165
  int moduleSize = 3;  // dots per module, function 167
  char errorCorrection = 'L';  // L, M, Q or H, function 169
  bool operator==(const QrCode&) const = default;
};

struct Cut {
  bool partial = false;
  int feedDots = 0;  // paper fed before the cut (GS V m n), in motion units taken as dots
  bool operator==(const Cut&) const = default;
};

// ESC p: a pulse on the cash drawer connector.
struct DrawerKick {
  int pin = 2;  // connector pin 2 or 5
  int onMs = 0;
  int offMs = 0;
  bool operator==(const DrawerKick&) const = default;
};

using PaperItem = std::variant<TextLine, Feed, Barcode, QrCode, Cut, DrawerKick>;

// The items of one receipt: everything up to and including the cut that ends it (a receipt taken
// at the end of a stream may have no cut). The offsets locate its bytes in the stream.
struct Receipt {
  std::vector<PaperItem> items;
  std::size_t beginOffset = 0;
  std::size_t endOffset = 0;
  bool operator==(const Receipt&) const = default;
};

// A command the decoder could not carry out, and where it started in the stream.
struct DecodeWarning {
  std::size_t offset = 0;
  std::string message;
  bool operator==(const DecodeWarning&) const = default;
};

// DLE EOT n: the host asks for a status byte and expects an answer at once.
struct StatusRequest {
  int n = 0;  // 1 printer, 2 offline cause, 3 error cause, 4 paper sensor
  std::size_t offset = 0;
  bool operator==(const StatusRequest&) const = default;
};

const char* symbologyName(Symbology s);

}  // namespace poscore::receipt
