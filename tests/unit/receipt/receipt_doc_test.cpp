// Columns on the paper: CJK takes two, rows fit the width, long text wraps.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "poscore/receipt/receipt_doc.hpp"
#include "poscore/receipt/text_width.hpp"

namespace {

using namespace poscore::receipt;
using ::testing::ElementsAre;

const TextLine& lineAt(const ReceiptDoc& doc, std::size_t i) { return std::get<TextLine>(doc.elements().at(i)); }

TEST(TextWidth, CjkTakesTwoColumnsAndAsciiOne) {
  EXPECT_EQ(displayWidth("Rice"), 4);
  EXPECT_EQ(displayWidth("大米"), 4);
  EXPECT_EQ(displayWidth("大米 5kg"), 8);
  EXPECT_EQ(displayWidth("ＡＢ"), 4);   // fullwidth Latin
  EXPECT_EQ(displayWidth("café"), 4);   // an accented letter is one column
  EXPECT_EQ(displayWidth("a\xff"), 2);  // a stray byte still prints as something
}

TEST(TextWidth, WrapBreaksAtSpacesAndNeverInsideACharacter) {
  EXPECT_THAT(wrapToWidth("Organic whole milk", 10), ElementsAre("Organic", "whole milk"));
  EXPECT_THAT(wrapToWidth("有机全脂牛奶一升", 5), ElementsAre("有机", "全脂", "牛奶", "一升"));
  EXPECT_THAT(wrapToWidth("abcdefghij", 4), ElementsAre("abcd", "efgh", "ij"));
  EXPECT_THAT(wrapToWidth("", 4), ElementsAre(""));
}

TEST(ReceiptDoc, ARowPutsTheValueFlushRight) {
  ReceiptDoc doc(20);
  doc.row("Rice", "12.30");
  EXPECT_EQ(lineAt(doc, 0).text, "Rice           12.30");
  EXPECT_EQ(displayWidth(lineAt(doc, 0).text), 20);
}

TEST(ReceiptDoc, ARowCountsCjkAsTwoColumns) {
  ReceiptDoc doc(20);
  doc.row("大米", "12.30");
  EXPECT_EQ(lineAt(doc, 0).text, "大米           12.30");  // 4 + 11 + 5 columns
  EXPECT_EQ(displayWidth(lineAt(doc, 0).text), 20);
}

TEST(ReceiptDoc, ALongLabelWrapsWithTheValueOnItsFirstLine) {
  ReceiptDoc doc(20);
  doc.row("Extra virgin olive oil 500 ml", "58.00");
  ASSERT_EQ(doc.elements().size(), 3u);
  EXPECT_EQ(lineAt(doc, 0).text, "Extra virgin   58.00");
  EXPECT_EQ(lineAt(doc, 1).text, "olive oil 500");
  EXPECT_EQ(lineAt(doc, 2).text, "ml");
}

TEST(ReceiptDoc, ADoubleWidthRowFitsHalfTheColumns) {
  ReceiptDoc doc(32);
  doc.row("TOTAL", "9.90", {Align::Left, true, true, false});
  EXPECT_EQ(displayWidth(lineAt(doc, 0).text), 16);
}

TEST(ReceiptDoc, AValueWiderThanThePaperGoesOnItsOwnLine) {
  ReceiptDoc doc(16);
  doc.row("Ref", "ABCDEFGHIJKLMNOP");
  ASSERT_EQ(doc.elements().size(), 2u);
  EXPECT_EQ(lineAt(doc, 0).text, "Ref");
  EXPECT_EQ(lineAt(doc, 1).text, "ABCDEFGHIJKLMNOP");
}

TEST(ReceiptDoc, SeparatorSpansThePaper) {
  ReceiptDoc doc(32);
  doc.separator('=');
  EXPECT_EQ(std::get<Separator>(doc.elements().at(0)).line, std::string(32, '='));
}

TEST(ReceiptDoc, TooNarrowPaperIsRefused) { EXPECT_THROW(ReceiptDoc(8), std::invalid_argument); }

TEST(ReceiptDoc, PlainTextShowsCentredLinesAndMarkers) {
  ReceiptDoc doc(16);
  doc.text("SHOP", {Align::Center});
  doc.barcode("R1");
  doc.qrCode("x");
  doc.cut();
  EXPECT_EQ(doc.plainText(), "      SHOP\n[CODE128 R1]\n[QR x]\n[CUT]\n");
}

}  // namespace
