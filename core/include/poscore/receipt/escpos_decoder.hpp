#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "poscore/receipt/paper.hpp"

namespace poscore::receipt {

class TextCodec;

// Decodes the ESC/POS byte stream a receipt printer receives into the paper it would print.
// Incremental: bytes may arrive in pieces of any size (TCP), and the paper is the same however
// the stream is cut, because a command is only acted on once all its bytes are in.
//
// Commands: ESC @, ESC a, ESC E, ESC !, GS !, LF (CR is ignored), ESC d, GS V (m = 0/1/48/49 and
// 65/66/97/98/103/104 with n), ESC p, GS h/w/H/f, GS k (m = 0-6 NUL-terminated, 65-73 with a
// length; CODE128 with {A/{B/{C), GS ( k QR (functions 165, 167, 169, 180, 181), FS & / FS .
// (Chinese mode: text is GB18030), ESC t (only code page 0, CP437, is kept), DLE EOT n.
//
// Nothing the stream holds can make it fail. What it cannot carry out is recorded as a
// DecodeWarning with the stream offset where the command started, and decoding resumes:
// - an unknown ESC/GS/FS/DLE command: its prefix and command byte are skipped (2 bytes); a few
//   common commands that are not modelled (underline, fonts, line spacing...) are skipped whole;
//   every GS ( command is skipped by its pL pH length;
// - a parameter out of range: the command is skipped whole and the state stays as it was;
// - another control byte: that byte is skipped;
// - GS k m=0-6 data that meets a control byte before its NUL (or runs past 255 bytes): the
//   command is dropped and decoding resumes at that byte;
// - barcode data the symbology cannot encode, a QR print with no stored data: nothing printed;
// - text bytes invalid in the current encoding: U+FFFD in their place;
// - finish() with a command still incomplete: it is dropped; text waiting for LF is not printed.
class EscPosDecoder {
 public:
  EscPosDecoder();
  ~EscPosDecoder();
  EscPosDecoder(EscPosDecoder&&) noexcept;
  EscPosDecoder& operator=(EscPosDecoder&&) noexcept;

  // Decodes the next piece of the stream. Returns the DLE EOT requests in it, in order, so that
  // the caller can answer them at once as a printer does.
  std::vector<StatusRequest> feed(std::span<const std::uint8_t> bytes);
  std::vector<StatusRequest> feed(std::string_view bytes);
  // The end of the stream: warns about an incomplete command or unprinted text.
  void finish();

  // Receipts ended by a cut and not yet taken, oldest first.
  const std::vector<Receipt>& cutReceipts() const { return cut_; }
  // The paper printed since the last cut.
  const Receipt& current() const { return current_; }
  std::vector<Receipt> takeCutReceipts();
  Receipt takeCurrent();

  const std::vector<DecodeWarning>& warnings() const { return warnings_; }
  std::vector<DecodeWarning> takeWarnings();
  // Bytes decoded so far (the stream offset of the next byte to decode).
  std::size_t offset() const { return bufferOffset_; }

 private:
  struct Style {
    bool bold = false;
    int widthScale = 1;
    int heightScale = 1;
    bool operator==(const Style&) const = default;
  };
  struct BarcodeSettings {
    int height = 162;
    int moduleWidth = 3;
    HriPosition hri = HriPosition::None;
  };
  struct QrSettings {
    int model = 2;
    int moduleSize = 3;
    char errorCorrection = 'L';
    std::optional<std::string> stored;
  };

  // Acts on the command or text at the front of `bytes` (stream offset `at`). Returns the bytes
  // it used, or 0 when the command needs bytes not yet received.
  std::size_t step(std::string_view bytes, std::size_t at);
  std::size_t escCommand(std::string_view bytes, std::size_t at);
  std::size_t gsCommand(std::string_view bytes, std::size_t at);
  std::size_t fsCommand(std::string_view bytes, std::size_t at);
  std::size_t dleCommand(std::string_view bytes, std::size_t at);
  std::size_t cutCommand(std::string_view bytes, std::size_t at);
  std::size_t barcodeCommand(std::string_view bytes, std::size_t at);
  std::size_t twoDimensionCommand(std::string_view bytes, std::size_t at);
  void qrFunction(int fn, std::string_view params, std::size_t at);
  std::size_t skipUnmodelled(std::string_view bytes, std::size_t at, int params, const char* name);

  void text(char byte, std::size_t at);
  void setStyle(const Style& style);
  void setChinese(bool on);
  void closeRun();
  void printLine();
  void feedLines(int n);
  void printSymbolLine(std::size_t at, const char* what);
  void printBarcode(Symbology symbology, std::string data, std::size_t at);
  void reset(std::size_t at);
  void print(PaperItem item);
  void warn(std::size_t at, std::string message);

  std::unique_ptr<TextCodec> cp437_;
  std::unique_ptr<TextCodec> gb18030_;

  std::string buffer_;            // bytes received and not yet decoded
  std::size_t bufferOffset_ = 0;  // stream offset of buffer_[0]
  std::vector<StatusRequest> requests_;

  Style style_;
  Align align_ = Align::Left;
  bool chinese_ = false;
  BarcodeSettings barcode_;
  QrSettings qr_;

  // The line being built: runs closed so far, then raw bytes in the run style.
  std::vector<TextRun> lineRuns_;
  std::optional<Align> lineAlign_;  // taken when the line's first character arrives
  std::string runBytes_;
  std::vector<std::size_t> runOffsets_;
  Style runStyle_;

  Receipt current_;
  std::vector<Receipt> cut_;
  std::vector<DecodeWarning> warnings_;
};

}  // namespace poscore::receipt
