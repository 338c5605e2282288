// ESC/POS commands byte for byte, as Epson's command reference gives them, and a small receipt.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "bytes.hpp"
#include "poscore/printer/escpos_encoder.hpp"
#include "poscore/printer/gb18030.hpp"

namespace {

using namespace poscore::printer;
using poscore::receipt::Align;
using poscore::receipt::ReceiptDoc;
using receipttest::Bytes;
using receipttest::concat;
using ::testing::HasSubstr;

TEST(EscPos, InitIsEscAt) { EXPECT_EQ(escpos::init(), (Bytes{0x1B, 0x40})); }

TEST(EscPos, AlignmentIsEscAWithZeroOneTwo) {
  EXPECT_EQ(escpos::align(Align::Left), (Bytes{0x1B, 0x61, 0}));
  EXPECT_EQ(escpos::align(Align::Center), (Bytes{0x1B, 0x61, 1}));
  EXPECT_EQ(escpos::align(Align::Right), (Bytes{0x1B, 0x61, 2}));
}

TEST(EscPos, BoldIsEscE) {
  EXPECT_EQ(escpos::bold(true), (Bytes{0x1B, 0x45, 1}));
  EXPECT_EQ(escpos::bold(false), (Bytes{0x1B, 0x45, 0}));
}

TEST(EscPos, SizeIsGsBangWithWidthInTheHighNibble) {
  EXPECT_EQ(escpos::size(false, false), (Bytes{0x1D, 0x21, 0x00}));
  EXPECT_EQ(escpos::size(true, false), (Bytes{0x1D, 0x21, 0x10}));
  EXPECT_EQ(escpos::size(false, true), (Bytes{0x1D, 0x21, 0x01}));
  EXPECT_EQ(escpos::size(true, true), (Bytes{0x1D, 0x21, 0x11}));
}

TEST(EscPos, ChineseModeIsFsAmpersandAndFsDot) {
  EXPECT_EQ(escpos::chineseMode(true), (Bytes{0x1C, 0x26}));
  EXPECT_EQ(escpos::chineseMode(false), (Bytes{0x1C, 0x2E}));
}

TEST(EscPos, FeedIsEscDClampedToAByte) {
  EXPECT_EQ(escpos::feedLines(3), (Bytes{0x1B, 0x64, 3}));
  EXPECT_EQ(escpos::feedLines(300), (Bytes{0x1B, 0x64, 255}));
  EXPECT_EQ(escpos::feedLines(-1), (Bytes{0x1B, 0x64, 0}));
}

TEST(EscPos, CutIsAPartialCutWithFeed) { EXPECT_EQ(escpos::partialCut(), (Bytes{0x1D, 0x56, 0x42, 3})); }

TEST(EscPos, DrawerKickPulsesPinTwoForFiftyMilliseconds) {
  EXPECT_EQ(escpos::drawerKick(), (Bytes{0x1B, 0x70, 0x00, 25, 250}));
}

TEST(EscPos, StatusQueryIsDleEot) {
  EXPECT_EQ(escpos::statusQuery(1), (Bytes{0x10, 0x04, 1}));
  EXPECT_EQ(escpos::statusQuery(4), (Bytes{0x10, 0x04, 4}));
}

TEST(EscPos, Code128SetsHeightWidthTextBelowAndPrefixesCodeSetB) {
  auto code = escpos::code128("R-42");
  ASSERT_TRUE(code) << code.error();
  const Bytes expected{0x1D, 0x68, 80,  0x1D, 0x77, 2,   0x1D, 0x48, 2,   0x1D, 0x6B, 73,
                       6,    '{',  'B', 'R',  '-',  '4', '2'};
  EXPECT_EQ(code.value(), expected);
}

TEST(EscPos, Code128SendsABraceAsTwo) {
  auto code = escpos::code128("a{b");
  ASSERT_TRUE(code);
  const Bytes tail(code.value().end() - 7, code.value().end());
  EXPECT_EQ(tail, (Bytes{6, '{', 'B', 'a', '{', '{', 'b'}));
}

TEST(EscPos, Code128RefusesWhatCodeSetBCannotPrint) {
  auto accented = escpos::code128("caf\xc3\xa9");
  ASSERT_FALSE(accented);
  EXPECT_THAT(accented.error(), HasSubstr("position 4"));
  EXPECT_FALSE(escpos::code128(""));
  EXPECT_FALSE(escpos::code128(std::string(254, 'A')));
  EXPECT_TRUE(escpos::code128(std::string(253, 'A')));
}

TEST(EscPos, QrCodeIsModelTwoLevelMStoredThenPrinted) {
  auto qr = escpos::qrCode("AB", 6);
  ASSERT_TRUE(qr) << qr.error();
  const Bytes expected = concat({
      {0x1D, 0x28, 0x6B, 4, 0, 0x31, 0x41, 0x32, 0x00},  // fn 165: model 2
      {0x1D, 0x28, 0x6B, 3, 0, 0x31, 0x43, 6},           // fn 167: 6-dot modules
      {0x1D, 0x28, 0x6B, 3, 0, 0x31, 0x45, 0x31},        // fn 169: level M
      {0x1D, 0x28, 0x6B, 5, 0, 0x31, 0x50, 0x30, 'A', 'B'},  // fn 180: store, pL = 2 + 3
      {0x1D, 0x28, 0x6B, 3, 0, 0x31, 0x51, 0x30},        // fn 181: print
  });
  EXPECT_EQ(qr.value(), expected);
}

TEST(EscPos, QrLengthTakesTwoBytesLowFirst) {
  auto qr = escpos::qrCode(std::string(300, 'x'), 4);
  ASSERT_TRUE(qr);
  // The store function starts after the three 8- and 9-byte set-up functions.
  const auto store = qr.value().begin() + 9 + 8 + 8;
  EXPECT_EQ(Bytes(store, store + 5), (Bytes{0x1D, 0x28, 0x6B, (303 & 0xFF), (303 >> 8)}));
}

TEST(EscPos, QrRefusesEmptyOversizedAndBadModuleSizes) {
  EXPECT_FALSE(escpos::qrCode("", 6));
  EXPECT_FALSE(escpos::qrCode(std::string(2332, 'x'), 6));
  EXPECT_TRUE(escpos::qrCode(std::string(2331, 'x'), 6));
  EXPECT_FALSE(escpos::qrCode("x", 0));
  EXPECT_FALSE(escpos::qrCode("x", 17));
}

TEST(Gb18030, ChineseNamesGiveIconvsKnownBytes) {
  const std::pair<const char*, Bytes> cases[] = {
      {"大米", {0xB4, 0xF3, 0xC3, 0xD7}},
      {"苹果", {0xC6, 0xBB, 0xB9, 0xFB}},
      {"鸡蛋", {0xBC, 0xA6, 0xB5, 0xB0}},
      {"合计 12.30", {0xBA, 0xCF, 0xBC, 0xC6, ' ', '1', '2', '.', '3', '0'}},
      {"\xf0\xa0\x80\x80", {0x95, 0x32, 0x82, 0x36}},  // U+20000: one of GB18030's four-byte characters
  };
  for (const auto& [text, expected] : cases) {
    auto gb = toGb18030(text);
    ASSERT_TRUE(gb) << text << ": " << gb.error();
    EXPECT_EQ(gb.value(), expected) << text;
  }
}

TEST(Gb18030, InvalidUtf8IsRefusedWithItsOffset) {
  auto gb = toGb18030("ab\xff");
  ASSERT_FALSE(gb);
  EXPECT_THAT(gb.error(), HasSubstr("byte 2"));
}

TEST(EncodeReceipt, ASmallReceiptByteForByte) {
  ReceiptDoc doc(16);
  doc.text("SHOP", {Align::Center, true, false, true});
  doc.row("大米", "12.30");
  doc.separator('=');
  doc.barcode("R1");
  doc.feed(2);
  doc.cut();
  doc.kickDrawer();
  auto encoded = encodeReceipt(doc);
  ASSERT_TRUE(encoded) << encoded.error();
  const Bytes expected = concat({
      {0x1B, 0x40},                                   // init
      {0x1B, 0x61, 1},                                // centre
      {0x1B, 0x45, 1},                                // bold
      {0x1D, 0x21, 0x01},                             // double height
      {'S', 'H', 'O', 'P', '\n'},
      {0x1B, 0x61, 0},                                // left again
      {0x1B, 0x45, 0},                                // bold off
      {0x1D, 0x21, 0x00},                             // normal size
      {0x1C, 0x26, 0xB4, 0xF3, 0xC3, 0xD7},           // Chinese mode, 大米 (4 columns)
      Bytes(7, ' '),                                  // 16 - 4 - 5 columns of padding
      {'1', '2', '.', '3', '0', 0x1C, 0x2E, '\n'},    // the amount, leave Chinese mode
      Bytes(16, '='), {'\n'},                         // separator: no style change, no command
      {0x1B, 0x61, 1},                                // barcodes are centred
      {0x1D, 0x68, 80, 0x1D, 0x77, 2, 0x1D, 0x48, 2, 0x1D, 0x6B, 73, 4, '{', 'B', 'R', '1'},
      {0x1B, 0x64, 2},                                // feed 2
      {0x1D, 0x56, 0x42, 3},                          // cut
      {0x1B, 0x70, 0, 25, 250},                       // drawer
  });
  EXPECT_EQ(encoded.value(), expected);
}

TEST(EncodeReceipt, AsciiLinesStayOutOfChineseMode) {
  ReceiptDoc doc(16);
  doc.text("Total");
  auto encoded = encodeReceipt(doc);
  ASSERT_TRUE(encoded);
  EXPECT_EQ(encoded.value(), concat({{0x1B, 0x40}, receipttest::bytes("Total\n")}));
}

TEST(EncodeReceipt, ABadElementIsNamedByItsPosition) {
  ReceiptDoc doc(16);
  doc.text("ok");
  doc.barcode("caf\xc3\xa9");
  auto encoded = encodeReceipt(doc);
  ASSERT_FALSE(encoded);
  EXPECT_THAT(encoded.error(), HasSubstr("receipt element 2"));
}

}  // namespace
