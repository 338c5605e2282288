// What the decoder does with streams it cannot carry out whole, and with streams in pieces.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "vprinter_test_support.hpp"

namespace {

namespace pr = poscore::receipt;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using vptest::bytes;
using vptest::paperOf;
using vptest::qrFunction;
using vptest::warningsOf;

pr::PaperItem textLine(std::string text) { return pr::TextLine{pr::Align::Left, {pr::TextRun{std::move(text)}}}; }

// Every command the decoder knows, in one receipt and a bit of a second.
std::string everyCommand() {
  return bytes({0x1B, '@', 0x1B, 'a', 1, 0x1B, '!', 0x38}) + "SHOP\n" + bytes({0x1D, '!', 0x01, 0x1B, 'a', 0}) +
         "Rice " + bytes({0x1C, '&', 0xB4, 0xF3, 0xC3, 0xD7, 0x1C, '.', 0x1B, 'E', 1}) + " 2.50" +
         bytes({0x1B, 'E', 0}) + "\n" + bytes({0x1B, 't', 0, 0x1B, 'd', 2, 0x1D, 'h', 60, 0x1D, 'w', 2, 0x1D, 'H', 2}) +
         bytes({0x1D, 'f', 1, 0x1D, 'k', 73, 8}) + "{BA-1{C" + bytes({7, 0x1D, 'k', 2}) + "400638133393" +
         bytes({0}) + qrFunction(67, bytes({4})) + qrFunction(80, "0pay me") + qrFunction(81, "0") +
         bytes({0x10, 0x04, 4, 0x1D, 'V', 66, 5, 0x1B, 'p', 0, 50, 50}) + "next\n";
}

TEST(EscPosRecovery, FeedingByteByByteGivesTheSamePaperAsFeedingAtOnce) {
  const std::string stream = everyCommand();
  pr::EscPosDecoder whole;
  const auto wholeRequests = whole.feed(stream);
  pr::EscPosDecoder pieces;
  std::vector<pr::StatusRequest> pieceRequests;
  for (char c : stream) {
    for (const auto& r : pieces.feed(std::string(1, c))) pieceRequests.push_back(r);
  }
  EXPECT_EQ(pieces.cutReceipts(), whole.cutReceipts());
  EXPECT_EQ(pieceRequests, wholeRequests);
  EXPECT_EQ(pieceRequests.size(), 1u);
  const auto wholePaper = paperOf(whole);
  EXPECT_EQ(paperOf(pieces), wholePaper);
  EXPECT_EQ(wholePaper.size(), 9u);  // 2 lines, feed, 2 barcodes, QR, cut, drawer, line
  EXPECT_THAT(whole.warnings(), ::testing::IsEmpty());
}

TEST(EscPosRecovery, AnUnknownCommandIsSkippedWithItsOffset) {
  const std::string stream = "ab\n" + bytes({0x1B, 'z'}) + "cd\n";
  EXPECT_EQ(paperOf(stream), (std::vector<pr::PaperItem>{textLine("ab"), textLine("cd")}));
  EXPECT_THAT(warningsOf(stream), ElementsAre("offset 3: unknown command ESC 0x7A; skipped 2 bytes"));
}

TEST(EscPosRecovery, UnknownGsFsAndDleCommandsAndStrayControlBytesAreSkipped) {
  const std::string stream = bytes({0x1D, 'Z', 0x1C, 'Z', 0x10, 0x05, 0x07}) + "ok\n";
  EXPECT_EQ(paperOf(stream), (std::vector<pr::PaperItem>{textLine("ok")}));
  EXPECT_THAT(warningsOf(stream), ElementsAre(HasSubstr("offset 0: unknown command GS"), HasSubstr("offset 2: unknown command FS"),
                                              HasSubstr("offset 4: unknown command DLE"),
                                              HasSubstr("offset 6: control byte 0x07")));
}

TEST(EscPosRecovery, KnownCommandsThatAreNotModelledAreSkippedWithTheirParameters) {
  // ESC - 1 (underline): without its parameter the 1 would print as text.
  const std::string stream = bytes({0x1B, '-', '1'}) + "u\n" + bytes({0x1D, '(', 'L', 2, 0, '0', '2'}) + "v\n";
  EXPECT_EQ(paperOf(stream), (std::vector<pr::PaperItem>{textLine("u"), textLine("v")}));
  EXPECT_THAT(warningsOf(stream), ElementsAre(HasSubstr("ESC - is not modelled"), HasSubstr("GS ( L is not modelled")));
}

TEST(EscPosRecovery, OutOfRangeParametersLeaveTheStateAlone) {
  const std::string stream = bytes({0x1B, 'a', 7, 0x1D, '!', 0x80, 0x1D, 'V', 5, 0x1B, 'p', 3, 1, 1}) + "x\n";
  EXPECT_EQ(paperOf(stream), (std::vector<pr::PaperItem>{textLine("x")}));
  EXPECT_THAT(warningsOf(stream), ElementsAre(HasSubstr("ESC a"), HasSubstr("GS !"), HasSubstr("GS V"), HasSubstr("ESC p")));
}

TEST(EscPosRecovery, AStreamEndingInsideACommandDropsItWithAWarning) {
  EXPECT_THAT(warningsOf("x\n" + bytes({0x1B, 'd'})),
              ElementsAre("offset 2: the stream ended inside ESC d after 2 byte(s); the command was dropped"));
  EXPECT_THAT(warningsOf(qrFunction(80, "0abc").substr(0, 7)), ElementsAre(HasSubstr("inside GS ( k after 7 byte(s)")));
  EXPECT_THAT(warningsOf(bytes({0x1D, 'k', 73, 10}) + "{B12"), ElementsAre(HasSubstr("inside GS k")));
}

TEST(EscPosRecovery, TextWithoutItsLfIsNotPrinted) {
  EXPECT_THAT(paperOf("a\nb"), ElementsAre(textLine("a")));
  EXPECT_THAT(warningsOf("a\nb"), ElementsAre(HasSubstr("text \"b\" never got its LF")));
}

TEST(EscPosRecovery, AnUnterminatedBarcodeIsDroppedAndDecodingResumesAtTheControlByte) {
  const std::string stream = bytes({0x1D, 'k', 4}) + "ABC" + bytes({0x1B, 'E', 1}) + "bold\n";
  EXPECT_EQ(paperOf(stream), (std::vector<pr::PaperItem>{pr::TextLine{pr::Align::Left, {pr::TextRun{"bold", true}}}}));
  EXPECT_THAT(warningsOf(stream), ElementsAre(HasSubstr("offset 0: GS k m=4: data not ended by NUL before byte 0x1B at offset 6")));
}

TEST(EscPosRecovery, ATruncatedCommandInTheMiddleOfAStreamCostsOnlyThatCommand) {
  // A GS k length byte of 3 for four bytes of data: the fourth prints as text.
  const std::string stream = bytes({0x1D, 'k', 72, 3}) + "ABCD\n";
  const auto paper = paperOf(stream);
  ASSERT_EQ(paper.size(), 2u);
  EXPECT_EQ(std::get<pr::Barcode>(paper[0]).text, "ABC");
  EXPECT_EQ(paper[1], textLine("D"));
}

TEST(EscPosRecovery, WarningsCanBeTakenAsTheyCome) {
  pr::EscPosDecoder decoder;
  (void)decoder.feed(bytes({0x07}));
  EXPECT_EQ(decoder.takeWarnings().size(), 1u);
  EXPECT_TRUE(decoder.warnings().empty());
  EXPECT_EQ(decoder.offset(), 1u);
}

}  // namespace
