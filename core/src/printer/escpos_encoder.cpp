#include "poscore/printer/escpos_encoder.hpp"

#include "../util/escpos_codes.hpp"

#include <algorithm>
#include <string>

#include "poscore/printer/gb18030.hpp"

namespace poscore::printer {

namespace escpos {

namespace {

constexpr std::uint8_t ESC = escpos_codes::kEsc;
constexpr std::uint8_t GS = escpos_codes::kGs;
constexpr std::uint8_t FS = escpos_codes::kFs;
constexpr std::uint8_t DLE = escpos_codes::kDle;
constexpr std::uint8_t EOT = escpos_codes::kEot;
constexpr std::uint8_t LF = escpos_codes::kLf;

constexpr std::size_t kMaxCode128Bytes = 255;  // n of GS k is one byte, and counts the "{B" prefix
constexpr std::size_t kMaxQrPayload = 2331;    // binary capacity of version 40 at level M
constexpr std::uint8_t kBarcodeHeightDots = 80;
constexpr std::uint8_t kBarcodeModuleDots = 2;

Bytes qrFunction(std::uint8_t fn, const Bytes& parameters) {
  const std::size_t length = parameters.size() + 2;  // cn and fn count too
  Bytes out{GS, '(', 'k', static_cast<std::uint8_t>(length & 0xFF), static_cast<std::uint8_t>(length >> 8), '1', fn};
  out.insert(out.end(), parameters.begin(), parameters.end());
  return out;
}

}  // namespace

Bytes init() { return {ESC, '@'}; }

Bytes align(receipt::Align a) {
  const std::uint8_t n = a == receipt::Align::Left ? 0 : a == receipt::Align::Center ? 1 : 2;
  return {ESC, 'a', n};
}

Bytes bold(bool on) { return {ESC, 'E', static_cast<std::uint8_t>(on ? 1 : 0)}; }

Bytes size(bool doubleWidth, bool doubleHeight) {
  return {GS, '!', static_cast<std::uint8_t>((doubleWidth ? 0x10 : 0) | (doubleHeight ? 0x01 : 0))};
}

Bytes chineseMode(bool on) { return {FS, static_cast<std::uint8_t>(on ? '&' : '.')}; }

Bytes lineFeed() { return {LF}; }

Bytes feedLines(int lines) { return {ESC, 'd', static_cast<std::uint8_t>(lines < 0 ? 0 : lines > 255 ? 255 : lines)}; }

possdk::Result<Bytes> code128(std::string_view data) {
  using R = possdk::Result<Bytes>;
  std::string symbols = "{B";
  for (std::size_t i = 0; i < data.size(); ++i) {
    const auto c = static_cast<unsigned char>(data[i]);
    if (c < 0x20 || c > 0x7E) {
      return R::fail("barcode data \"" + std::string(data) + "\" has a character CODE128 set B cannot print at position " +
                     std::to_string(i + 1) + "; use printable ASCII only");
    }
    symbols += data[i];
    if (c == '{') symbols += '{';
  }
  if (data.empty() || symbols.size() > kMaxCode128Bytes) {
    return R::fail("barcode data \"" + std::string(data) + "\" has " + std::to_string(data.size()) +
                   " characters; CODE128 here takes 1 to 253");
  }
  Bytes out{GS, 'h', kBarcodeHeightDots, GS, 'w', kBarcodeModuleDots, GS, 'H', 2,
            GS, 'k', 73, static_cast<std::uint8_t>(symbols.size())};
  out.insert(out.end(), symbols.begin(), symbols.end());
  return out;
}

possdk::Result<Bytes> qrCode(std::string_view payload, int moduleDots) {
  using R = possdk::Result<Bytes>;
  if (payload.empty() || payload.size() > kMaxQrPayload) {
    return R::fail("QR payload of " + std::to_string(payload.size()) + " bytes cannot be printed; it takes 1 to " +
                   std::to_string(kMaxQrPayload));
  }
  if (moduleDots < 1 || moduleDots > 16) {
    return R::fail("QR module size " + std::to_string(moduleDots) + " is outside 1..16 dots");
  }
  Bytes out;
  auto append = [&out](const Bytes& b) { out.insert(out.end(), b.begin(), b.end()); };
  append(qrFunction('A', {'2', 0}));                                 // fn 165: model 2
  append(qrFunction('C', {static_cast<std::uint8_t>(moduleDots)}));  // fn 167: module size
  append(qrFunction('E', {'1'}));                                    // fn 169: level M
  Bytes data(payload.size() + 1, '0');  // m = '0', then the payload
  std::copy(payload.begin(), payload.end(), data.begin() + 1);
  append(qrFunction('P', data));  // fn 180: store
  append(qrFunction('Q', {'0'}));  // fn 181: print
  return out;
}

Bytes partialCut(std::uint8_t feed) { return {GS, 'V', 66, feed}; }

Bytes drawerKick() { return {ESC, 'p', 0, 25, 250}; }

Bytes statusQuery(std::uint8_t n) { return {DLE, EOT, n}; }

}  // namespace escpos

namespace {

bool isAscii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// Walks the document, remembering the printer's modes so that each is sent only when it changes.
class Encoder {
 public:
  possdk::Status add(const receipt::Element& element) { return std::visit(*this, element); }
  Bytes take() { return std::move(out_); }

  possdk::Status operator()(const receipt::TextLine& line) {
    setAlign(line.style.align);
    setStyle(line.style);
    auto text = textBytes(line.text);
    if (!text) return possdk::Status::fail(text.error());
    append(text.value());
    append(escpos::lineFeed());
    return possdk::Status::ok();
  }
  possdk::Status operator()(const receipt::Separator& s) { return (*this)(receipt::TextLine{s.line, {}}); }
  possdk::Status operator()(const receipt::Barcode& b) { return centred(escpos::code128(b.data)); }
  possdk::Status operator()(const receipt::QrCode& q) { return centred(escpos::qrCode(q.payload, q.moduleDots)); }
  possdk::Status operator()(const receipt::Feed& f) {
    append(escpos::feedLines(f.lines));
    return possdk::Status::ok();
  }
  possdk::Status operator()(const receipt::Cut&) {
    append(escpos::partialCut());
    return possdk::Status::ok();
  }
  possdk::Status operator()(const receipt::DrawerKick&) {
    append(escpos::drawerKick());
    return possdk::Status::ok();
  }

 private:
  void append(const Bytes& b) { out_.insert(out_.end(), b.begin(), b.end()); }

  void setAlign(receipt::Align a) {
    if (a == align_) return;
    append(escpos::align(a));
    align_ = a;
  }

  void setStyle(const receipt::TextStyle& s) {
    if (s.bold != bold_) append(escpos::bold(s.bold));
    if (s.doubleWidth != doubleWidth_ || s.doubleHeight != doubleHeight_) append(escpos::size(s.doubleWidth, s.doubleHeight));
    bold_ = s.bold;
    doubleWidth_ = s.doubleWidth;
    doubleHeight_ = s.doubleHeight;
  }

  possdk::Status centred(const possdk::Result<Bytes>& symbol) {
    if (!symbol) return possdk::Status::fail(symbol.error());
    setAlign(receipt::Align::Center);
    append(symbol.value());
    return possdk::Status::ok();
  }

  static possdk::Result<Bytes> textBytes(const std::string& text) {
    if (isAscii(text)) return Bytes(text.begin(), text.end());
    auto gb = toGb18030(text);
    if (!gb) return gb;
    Bytes out = escpos::chineseMode(true);
    out.insert(out.end(), gb.value().begin(), gb.value().end());
    const auto leave = escpos::chineseMode(false);
    out.insert(out.end(), leave.begin(), leave.end());
    return out;
  }

  Bytes out_ = escpos::init();
  receipt::Align align_ = receipt::Align::Left;
  bool bold_ = false;
  bool doubleWidth_ = false;
  bool doubleHeight_ = false;
};

}  // namespace

possdk::Result<Bytes> encodeReceipt(const receipt::ReceiptDoc& doc) {
  Encoder encoder;
  const auto& elements = doc.elements();
  for (std::size_t i = 0; i < elements.size(); ++i) {
    if (auto added = encoder.add(elements[i]); !added) {
      return possdk::Result<Bytes>::fail("receipt element " + std::to_string(i + 1) + ": " + added.error());
    }
  }
  return encoder.take();
}

}  // namespace poscore::printer
