// GS k barcodes and GS ( k QR codes: the decoder's commands that print symbols.
#include <utility>

#include "barcode_text.hpp"
#include "escpos_bytes.hpp"
#include "poscore/receipt/escpos_decoder.hpp"

namespace poscore::receipt {

namespace {

constexpr std::size_t kMaxNulTerminatedData = 255;
constexpr int kQrSymbol = 49;  // cn of GS ( k for QR Code

// GS k m: m = 0-6 (NUL-terminated data) and 65-73 (data with a length byte).
std::optional<Symbology> symbologyOf(int m) {
  constexpr Symbology order[] = {Symbology::UpcA,  Symbology::UpcE,    Symbology::Ean13,
                                 Symbology::Ean8,  Symbology::Code39,  Symbology::Itf,
                                 Symbology::Codabar, Symbology::Code93, Symbology::Code128};
  if (m >= 0 && m <= 6) return order[m];
  if (m >= 65 && m <= 73) return order[m - 65];
  return std::nullopt;
}

}  // namespace

std::size_t EscPosDecoder::barcodeCommand(std::string_view bytes, std::size_t at) {
  if (bytes.size() < 3) return 0;
  const int m = byteAt(bytes, 2);
  const auto symbology = symbologyOf(m);
  if (!symbology) {
    warn(at, "GS k: barcode system m=" + std::to_string(m) + " is not 0-6 or 65-73; skipped 3 bytes");
    return 3;
  }
  if (m >= 65) {
    if (bytes.size() < 4) return 0;
    const auto n = static_cast<std::size_t>(byteAt(bytes, 3));
    if (bytes.size() < 4 + n) return 0;
    printBarcode(*symbology, std::string(bytes.substr(4, n)), at);
    return 4 + n;
  }
  for (std::size_t i = 3; i < bytes.size(); ++i) {
    const int b = byteAt(bytes, i);
    if (b == 0) {
      printBarcode(*symbology, std::string(bytes.substr(3, i - 3)), at);
      return i + 1;
    }
    if (b < 0x20 || i - 3 >= kMaxNulTerminatedData) {
      warn(at, "GS k m=" + std::to_string(m) + ": data not ended by NUL before byte " + hexByte(static_cast<std::uint8_t>(b)) +
                   " at offset " + std::to_string(at + i) + "; the barcode was dropped and decoding resumes there");
      return i;
    }
  }
  return 0;
}

void EscPosDecoder::printBarcode(Symbology symbology, std::string data, std::size_t at) {
  printSymbolLine(at, "GS k");
  auto text = barcodeText(symbology, data);
  if (!text) {
    warn(at, "GS k: " + text.error() + "; nothing printed");
    return;
  }
  print(Barcode{symbology, std::move(data), std::move(text.value()), align_, barcode_.height, barcode_.moduleWidth,
                barcode_.hri});
}

// GS ( x pL pH d1...dk: every GS ( command carries its length, so an unknown one is skipped whole.
std::size_t EscPosDecoder::twoDimensionCommand(std::string_view bytes, std::size_t at) {
  if (bytes.size() < 5) return 0;
  const std::size_t length = static_cast<std::size_t>(byteAt(bytes, 3)) + 256u * static_cast<std::size_t>(byteAt(bytes, 4));
  if (bytes.size() < 5 + length) return 0;
  const std::string_view params = bytes.substr(5, length);
  if (bytes[2] != 'k') {
    warn(at, describeCommand(bytes) + " is not modelled by this decoder; skipped " + std::to_string(5 + length) + " bytes");
  } else if (length < 2 || byteAt(params, 0) != kQrSymbol) {
    warn(at, "GS ( k: only QR Code (cn=49) is modelled; skipped " + std::to_string(5 + length) + " bytes");
  } else {
    qrFunction(byteAt(params, 1), params.substr(2), at);
  }
  return 5 + length;
}

// The QR functions by their number in the ESC/POS manual: fn 65 is function 165, and so on.
void EscPosDecoder::qrFunction(int fn, std::string_view params, std::size_t at) {
  const auto bad = [&](const std::string& what) { warn(at, "GS ( k QR function " + std::to_string(fn + 100) + ": " + what + "; ignored"); };
  const int n = params.empty() ? -1 : byteAt(params, 0);
  switch (fn) {
    case 65:
      if (params.size() != 2 || n < 49 || n > 51) bad("model n1=" + std::to_string(n) + " is not 49, 50 or 51");
      else qr_.model = n - 48;
      return;
    case 67:
      if (params.size() != 1 || n < 1 || n > 16) bad("module size n=" + std::to_string(n) + " is not 1-16");
      else qr_.moduleSize = n;
      return;
    case 69:
      if (params.size() != 1 || n < 48 || n > 51) bad("error correction n=" + std::to_string(n) + " is not 48-51");
      else qr_.errorCorrection = "LMQH"[n - 48];
      return;
    case 80:
      if (params.size() < 2 || n != 48) bad("store needs m=48 and at least one data byte");
      else qr_.stored = std::string(params.substr(1));
      return;
    case 81:
      if (params.size() != 1 || n != 48) bad("print needs m=48");
      else if (!qr_.stored) bad("no data stored (function 180) before printing");
      else {
        printSymbolLine(at, "GS ( k print");
        print(QrCode{*qr_.stored, align_, qr_.model, qr_.moduleSize, qr_.errorCorrection});
      }
      return;
    default: bad("not modelled by this decoder");
  }
}

}  // namespace poscore::receipt
