#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "poscore/receipt/receipt_doc.hpp"
#include "possdk/status.hpp"

// ESC/POS, as Epson's TM series and the Chinese printers that copy it understand it. Each function
// gives the bytes of one command; encodeReceipt() puts a whole receipt together.
namespace poscore::printer {

using Bytes = std::vector<std::uint8_t>;

namespace escpos {

Bytes init();                                     // ESC @: clear the buffer, default modes
Bytes align(receipt::Align align);                // ESC a n: 0 left, 1 centre, 2 right
Bytes bold(bool on);                              // ESC E n
Bytes size(bool doubleWidth, bool doubleHeight);  // GS ! n: width factor in bits 4-6, height in 0-2
// FS & / FS .: Chinese printers read the bytes that follow as double-byte GB18030 (GBK) characters
// only in Chinese character mode; outside it they print them as single-byte code page glyphs. The
// encoder enters it for a line with non-ASCII text and leaves it after, so ASCII lines print the
// same on printers without Chinese firmware.
Bytes chineseMode(bool on);
Bytes lineFeed();                                 // LF
Bytes feedLines(int lines);                       // ESC d n, 0..255 lines
// GS h 80 (height in dots), GS w 2 (module width), GS H 2 (text below), GS k 73 n "{B" data:
// CODE128 in code set B, which covers printable ASCII. A '{' in the data is sent as "{{".
// Fails on other characters or more than 253 bytes of data.
possdk::Result<Bytes> code128(std::string_view data);
// GS ( k: model 2 (fn 165), module size (fn 167), error correction M (fn 169), store the data
// (fn 180), print it (fn 181). Fails on an empty payload, more than 2331 bytes (version 40 at level
// M), or a module size outside 1..16.
possdk::Result<Bytes> qrCode(std::string_view payload, int moduleDots);
// GS V 66 n: feed n x (vertical motion unit) past the cutting position, then cut partially
// (a tab holds the receipt so it does not fall).
Bytes partialCut(std::uint8_t feed = 3);
// ESC p 0 25 250: a pulse on drawer connector pin 2, on for 25 x 2 ms = 50 ms, off for 250 x 2 ms =
// 500 ms: the timing drawer solenoids are specified for.
Bytes drawerKick();
// DLE EOT n: real-time status. n = 1 printer, 2 offline cause, 4 roll paper sensor; the printer
// answers with one byte at once, even while its buffer is full (see printer_status.hpp).
Bytes statusQuery(std::uint8_t n);

}  // namespace escpos

// The whole document: ESC @ first, then each element. Styles are sent only when they change.
// Fails naming the element when its text is not valid UTF-8 or its barcode or QR code is refused.
possdk::Result<Bytes> encodeReceipt(const receipt::ReceiptDoc& doc);

}  // namespace poscore::printer
