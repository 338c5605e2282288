#include "poscore/receipt/escpos_decoder.hpp"

#include <utility>

#include "escpos_bytes.hpp"
#include "text_codec.hpp"

namespace poscore::receipt {

EscPosDecoder::EscPosDecoder()
    : cp437_(std::make_unique<TextCodec>("CP437")), gb18030_(std::make_unique<TextCodec>("GB18030")) {}
EscPosDecoder::~EscPosDecoder() = default;
EscPosDecoder::EscPosDecoder(EscPosDecoder&&) noexcept = default;
EscPosDecoder& EscPosDecoder::operator=(EscPosDecoder&&) noexcept = default;

std::vector<StatusRequest> EscPosDecoder::feed(std::span<const std::uint8_t> bytes) {
  return feed(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

std::vector<StatusRequest> EscPosDecoder::feed(std::string_view bytes) {
  buffer_.append(bytes);
  std::size_t pos = 0;
  while (pos < buffer_.size()) {
    const std::size_t used = step(std::string_view(buffer_).substr(pos), bufferOffset_ + pos);
    if (used == 0) break;
    pos += used;
  }
  buffer_.erase(0, pos);
  bufferOffset_ += pos;
  return std::exchange(requests_, {});
}

void EscPosDecoder::finish() {
  if (!buffer_.empty()) {
    warn(bufferOffset_, "the stream ended inside " + describeCommand(buffer_) + " after " +
                            std::to_string(buffer_.size()) + " byte(s); the command was dropped");
    bufferOffset_ += buffer_.size();
    buffer_.clear();
  }
  closeRun();
  if (!lineRuns_.empty()) {
    std::string waiting;
    for (const auto& run : lineRuns_) waiting += run.text;
    warn(bufferOffset_, "text \"" + waiting + "\" never got its LF and was not printed; end lines with LF");
    lineRuns_.clear();
    lineAlign_.reset();
  }
}

std::vector<Receipt> EscPosDecoder::takeCutReceipts() { return std::exchange(cut_, {}); }

Receipt EscPosDecoder::takeCurrent() {
  Receipt taken = std::exchange(current_, Receipt{});
  taken.endOffset = bufferOffset_;
  current_.beginOffset = bufferOffset_;
  return taken;
}

std::vector<DecodeWarning> EscPosDecoder::takeWarnings() { return std::exchange(warnings_, {}); }

std::size_t EscPosDecoder::step(std::string_view bytes, std::size_t at) {
  const auto b = static_cast<std::uint8_t>(bytes[0]);
  switch (b) {
    case kLf: printLine(); return 1;
    case kCr: return 1;  // printers with auto line feed off ignore it; LF ends the line
    case kEsc: return escCommand(bytes, at);
    case kGs: return gsCommand(bytes, at);
    case kFs: return fsCommand(bytes, at);
    case kDle: return dleCommand(bytes, at);
    default: break;
  }
  if (b < 0x20) {
    warn(at, "control byte " + hexByte(b) + " is not an ESC/POS command; skipped");
    return 1;
  }
  text(bytes[0], at);
  return 1;
}

std::size_t EscPosDecoder::escCommand(std::string_view bytes, std::size_t at) {
  if (bytes.size() < 2) return 0;
  const char c = bytes[1];
  if (c == '@') {
    reset(at);
    return 2;
  }
  if (c == 'p') {
    if (bytes.size() < 5) return 0;
    const int m = byteAt(bytes, 2);
    if (auto pin = modeOf(m, 2)) {
      print(DrawerKick{*pin == 0 ? 2 : 5, byteAt(bytes, 3) * 2, byteAt(bytes, 4) * 2});
    } else {
      warn(at, "ESC p: drawer pin m=" + std::to_string(m) + " is not 0, 1, 48 or 49; no pulse sent");
    }
    return 5;
  }
  const std::string_view oneParam = "aE!dt";
  if (oneParam.find(c) == std::string_view::npos) {
    if (c == '-' || c == '3' || c == 'G' || c == 'M' || c == 'R' || c == 'J' || c == ' ' || c == 'V' || c == '{') {
      return skipUnmodelled(bytes, at, 1, "ESC");
    }
    if (c == '2') return skipUnmodelled(bytes, at, 0, "ESC");
    warn(at, "unknown command ESC " + hexByte(static_cast<std::uint8_t>(c)) + "; skipped 2 bytes");
    return 2;
  }
  if (bytes.size() < 3) return 0;
  const int n = byteAt(bytes, 2);
  switch (c) {
    case 'a':
      if (auto mode = modeOf(n, 3)) align_ = static_cast<Align>(*mode);
      else warn(at, "ESC a: alignment n=" + std::to_string(n) + " is not 0-2 or 48-50; alignment unchanged");
      break;
    case 'E': setStyle({(n & 1) != 0, style_.widthScale, style_.heightScale}); break;
    case '!': setStyle({(n & 0x08) != 0, (n & 0x20) ? 2 : 1, (n & 0x10) ? 2 : 1}); break;
    case 'd': feedLines(n); break;
    default:  // 't'
      if (n != 0) warn(at, "ESC t: code page " + std::to_string(n) + " is not modelled; text stays CP437");
      break;
  }
  return 3;
}

std::size_t EscPosDecoder::gsCommand(std::string_view bytes, std::size_t at) {
  if (bytes.size() < 2) return 0;
  const char c = bytes[1];
  if (c == 'V') return cutCommand(bytes, at);
  if (c == 'k') return barcodeCommand(bytes, at);
  if (c == '(') return twoDimensionCommand(bytes, at);
  if (c == 'B' || c == 'a' || c == 'r') return skipUnmodelled(bytes, at, 1, "GS");
  if (c == 'L' || c == 'W') return skipUnmodelled(bytes, at, 2, "GS");
  if (c != '!' && c != 'h' && c != 'w' && c != 'H' && c != 'f') {
    warn(at, "unknown command GS " + hexByte(static_cast<std::uint8_t>(c)) + "; skipped 2 bytes");
    return 2;
  }
  if (bytes.size() < 3) return 0;
  const int n = byteAt(bytes, 2);
  const auto outOfRange = [&](const char* what) {
    warn(at, std::string("GS ") + c + ": " + what + " n=" + std::to_string(n) + " is out of range; unchanged");
  };
  switch (c) {
    case '!':
      if ((n & 0x88) != 0) outOfRange("character size");
      else setStyle({style_.bold, ((n >> 4) & 7) + 1, (n & 7) + 1});
      break;
    case 'h':
      if (n < 1) outOfRange("barcode height");
      else barcode_.height = n;
      break;
    case 'w':
      if (n < 1 || n > 6) outOfRange("barcode module width");
      else barcode_.moduleWidth = n;
      break;
    case 'H':
      if (auto mode = modeOf(n, 4)) barcode_.hri = static_cast<HriPosition>(*mode);
      else outOfRange("HRI position");
      break;
    default:  // 'f': the HRI font is a detail the paper model leaves out
      if (!modeOf(n, 2)) outOfRange("HRI font");
      break;
  }
  return 3;
}

std::size_t EscPosDecoder::cutCommand(std::string_view bytes, std::size_t at) {
  if (bytes.size() < 3) return 0;
  const int m = byteAt(bytes, 2);
  int feedDots = 0;
  std::size_t used = 3;
  if (m == 65 || m == 66 || m == 97 || m == 98 || m == 103 || m == 104) {
    if (bytes.size() < 4) return 0;
    feedDots = byteAt(bytes, 3);
    used = 4;
  } else if (m != 0 && m != 1 && m != 48 && m != 49) {
    warn(at, "GS V: cut mode m=" + std::to_string(m) + " is not 0, 1, 48, 49, 65, 66, 97, 98, 103 or 104; no cut");
    return 3;
  }
  if (lineAlign_) printLine();
  const bool partial = (m == 1 || m == 49 || m == 66 || m == 98 || m == 104);
  current_.items.emplace_back(std::in_place_type<Cut>, partial, feedDots);
  current_.endOffset = at + used;
  cut_.push_back(std::exchange(current_, Receipt{}));
  current_.beginOffset = at + used;
  return used;
}

std::size_t EscPosDecoder::fsCommand(std::string_view bytes, std::size_t at) {
  if (bytes.size() < 2) return 0;
  const char c = bytes[1];
  if (c == '&' || c == '.') {
    setChinese(c == '&');
    return 2;
  }
  if (c == '!' || c == 'C' || c == '-') return skipUnmodelled(bytes, at, 1, "FS");
  warn(at, "unknown command FS " + hexByte(static_cast<std::uint8_t>(c)) + "; skipped 2 bytes");
  return 2;
}

std::size_t EscPosDecoder::dleCommand(std::string_view bytes, std::size_t at) {
  if (bytes.size() < 2) return 0;
  if (bytes[1] != kEot) {
    warn(at, "unknown command DLE " + hexByte(static_cast<std::uint8_t>(bytes[1])) + "; skipped 2 bytes");
    return 2;
  }
  if (bytes.size() < 3) return 0;
  const int n = byteAt(bytes, 2);
  if (n < 1 || n > 4) {
    warn(at, "DLE EOT: status n=" + std::to_string(n) + " is not 1-4; not answered");
  } else {
    requests_.push_back(StatusRequest{n, at});
  }
  return 3;
}

std::size_t EscPosDecoder::skipUnmodelled(std::string_view bytes, std::size_t at, int params, const char* name) {
  const std::size_t used = 2 + static_cast<std::size_t>(params);
  if (bytes.size() < used) return 0;
  warn(at, std::string(name) + " " + bytes[1] + " is not modelled by this decoder; skipped " +
               std::to_string(used) + " bytes");
  return used;
}

void EscPosDecoder::text(char byte, std::size_t at) {
  if (!lineAlign_) lineAlign_ = align_;
  if (runBytes_.empty()) runStyle_ = style_;
  runBytes_ += byte;
  runOffsets_.push_back(at);
}

void EscPosDecoder::setStyle(const Style& style) {
  if (style == style_) return;
  closeRun();
  style_ = style;
}

void EscPosDecoder::setChinese(bool on) {
  closeRun();
  chinese_ = on;
}

// Converts the raw bytes of the run to UTF-8 in the encoding they were sent in.
void EscPosDecoder::closeRun() {
  if (runBytes_.empty()) return;
  TextCodec& codec = chinese_ ? *gb18030_ : *cp437_;
  auto utf8 = codec.toUtf8(runBytes_);
  if (utf8.invalidSequences > 0) {
    warn(runOffsets_[utf8.firstInvalidAt], std::to_string(utf8.invalidSequences) + " byte(s) invalid in " +
                                               codec.encoding() + "; printed as U+FFFD");
  }
  if (!lineRuns_.empty() && lineRuns_.back().bold == runStyle_.bold &&
      lineRuns_.back().widthScale == runStyle_.widthScale && lineRuns_.back().heightScale == runStyle_.heightScale) {
    lineRuns_.back().text += utf8.text;
  } else {
    lineRuns_.push_back(TextRun{std::move(utf8.text), runStyle_.bold, runStyle_.widthScale, runStyle_.heightScale});
  }
  runBytes_.clear();
  runOffsets_.clear();
}

void EscPosDecoder::printLine() {
  closeRun();
  print(TextLine{lineAlign_.value_or(align_), std::exchange(lineRuns_, {})});
  lineAlign_.reset();
}

// ESC d n prints the waiting line and feeds n lines in all, as n LFs would.
void EscPosDecoder::feedLines(int n) {
  if (lineAlign_) {
    printLine();
    --n;
  }
  if (n > 0) print(Feed{n});
}

void EscPosDecoder::printSymbolLine(std::size_t at, const char* what) {
  if (!lineAlign_) return;
  warn(at, std::string(what) + " arrived with text waiting for its LF; a printer may ignore it there. "
                               "The text was printed as its own line; end the line with LF first");
  printLine();
}

void EscPosDecoder::reset(std::size_t at) {
  closeRun();
  if (!lineRuns_.empty()) {
    warn(at, "ESC @ cleared text that was waiting for its LF; it was not printed");
  }
  lineRuns_.clear();
  lineAlign_.reset();
  style_ = Style{};
  align_ = Align::Left;
  chinese_ = false;
  barcode_ = BarcodeSettings{};
  qr_ = QrSettings{};
}

void EscPosDecoder::print(PaperItem item) { current_.items.push_back(std::move(item)); }

void EscPosDecoder::warn(std::size_t at, std::string message) {
  warnings_.push_back(DecodeWarning{at, "offset " + std::to_string(at) + ": " + message});
}

}  // namespace poscore::receipt
