// The ESC/POS decoder's text commands: lines, alignment, bold, sizes, feeds, reset, Chinese mode.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "vprinter_test_support.hpp"

namespace {

namespace pr = poscore::receipt;
using vptest::bytes;
using vptest::paperOf;

pr::TextLine line(pr::Align align, std::vector<pr::TextRun> runs) { return pr::TextLine{align, std::move(runs)}; }
pr::TextRun plain(std::string text) { return pr::TextRun{std::move(text)}; }

TEST(EscPosText, LfPrintsTheLineAndAnEmptyLfABlankLine) {
  EXPECT_EQ(paperOf("Hello\n\n"),
            (std::vector<pr::PaperItem>{line(pr::Align::Left, {plain("Hello")}), line(pr::Align::Left, {})}));
}

TEST(EscPosText, CarriageReturnIsIgnored) {
  EXPECT_EQ(paperOf("Hi\r\n"), (std::vector<pr::PaperItem>{line(pr::Align::Left, {plain("Hi")})}));
}

TEST(EscPosText, EscAAlignsInBothNumberForms) {
  const auto paper = paperOf(bytes({0x1B, 'a', 1}) + "C\n" + bytes({0x1B, 'a', '2'}) + "R\n" +
                             bytes({0x1B, 'a', 48}) + "L\n");
  EXPECT_EQ(paper, (std::vector<pr::PaperItem>{line(pr::Align::Center, {plain("C")}),
                                               line(pr::Align::Right, {plain("R")}),
                                               line(pr::Align::Left, {plain("L")})}));
}

TEST(EscPosText, AlignmentIsTakenAtTheStartOfTheLine) {
  const auto paper = paperOf("ab" + bytes({0x1B, 'a', 1}) + "cd\nef\n");
  EXPECT_EQ(paper, (std::vector<pr::PaperItem>{line(pr::Align::Left, {plain("abcd")}),
                                               line(pr::Align::Center, {plain("ef")})}));
}

TEST(EscPosText, EscEBoldSplitsTheLineIntoRuns) {
  const auto paper = paperOf("Total " + bytes({0x1B, 'E', 1}) + "9.90" + bytes({0x1B, 'E', 0}) + " EUR\n");
  EXPECT_EQ(paper, (std::vector<pr::PaperItem>{line(pr::Align::Left, {plain("Total "), pr::TextRun{"9.90", true},
                                                                      plain(" EUR")})}));
}

TEST(EscPosText, EscBangSetsBoldDoubleWidthAndDoubleHeight) {
  const auto paper = paperOf(bytes({0x1B, '!', 0x08 | 0x10 | 0x20}) + "BIG\n" + bytes({0x1B, '!', 0x20}) + "W\n");
  EXPECT_EQ(paper, (std::vector<pr::PaperItem>{line(pr::Align::Left, {pr::TextRun{"BIG", true, 2, 2}}),
                                               line(pr::Align::Left, {pr::TextRun{"W", false, 2, 1}})}));
}

TEST(EscPosText, GsBangSetsWidthAndHeightMultipliersUpToEight) {
  const auto paper = paperOf(bytes({0x1D, '!', 0x72}) + "x\n" + bytes({0x1D, '!', 0x00}) + "y\n");
  EXPECT_EQ(paper, (std::vector<pr::PaperItem>{line(pr::Align::Left, {pr::TextRun{"x", false, 8, 3}}),
                                               line(pr::Align::Left, {plain("y")})}));
}

TEST(EscPosText, EscDPrintsTheLineAndFeedsTheRest) {
  EXPECT_EQ(paperOf("a" + bytes({0x1B, 'd', 3})),
            (std::vector<pr::PaperItem>{line(pr::Align::Left, {plain("a")}), pr::Feed{2}}));
  EXPECT_EQ(paperOf(bytes({0x1B, 'd', 4})), (std::vector<pr::PaperItem>{pr::Feed{4}}));
}

TEST(EscPosText, EscAtResetsStyleAlignmentAndDropsUnprintedText) {
  const std::string stream = bytes({0x1B, 'a', 2, 0x1B, 'E', 1, 0x1D, '!', 0x11}) + "lost" + bytes({0x1B, '@'}) + "x\n";
  EXPECT_EQ(paperOf(stream), (std::vector<pr::PaperItem>{line(pr::Align::Left, {plain("x")})}));
  EXPECT_THAT(vptest::warningsOf(stream), ::testing::ElementsAre(::testing::HasSubstr("ESC @ cleared text")));
}

TEST(EscPosText, ChineseModeDecodesGb18030ToUtf8) {
  // 大米 (rice) is B4 F3 C3 D7 in GB18030.
  const auto paper = paperOf("Rice " + bytes({0x1C, '&', 0xB4, 0xF3, 0xC3, 0xD7, 0x1C, '.'}) + " 1kg\n");
  EXPECT_EQ(paper, (std::vector<pr::PaperItem>{line(pr::Align::Left, {plain("Rice \xE5\xA4\xA7\xE7\xB1\xB3 1kg")})}));
}

TEST(EscPosText, EscAtLeavesChineseMode) {
  const auto paper = paperOf(bytes({0x1C, '&', 0x1B, '@', 0x9C, '\n'}));
  EXPECT_EQ(paper, (std::vector<pr::PaperItem>{line(pr::Align::Left, {plain("\xC2\xA3")})}));
}

TEST(EscPosText, OutsideChineseModeHighBytesAreCp437) {
  // 0x9C is the pound sign in CP437; the same bytes as GB18030 would give a Chinese character.
  EXPECT_EQ(paperOf(bytes({0x9C, '5', '\n'})), (std::vector<pr::PaperItem>{line(pr::Align::Left, {plain("\xC2\xA3" "5")})}));
}

TEST(EscPosText, EscTKeepsCp437AndWarnsAboutOtherCodePages) {
  EXPECT_THAT(vptest::warningsOf(bytes({0x1B, 't', 0})), ::testing::IsEmpty());
  const std::string stream = bytes({0x1B, 't', 16, 0x9C, '\n'});
  EXPECT_THAT(vptest::warningsOf(stream), ::testing::ElementsAre(::testing::HasSubstr("code page 16")));
  EXPECT_EQ(paperOf(stream), (std::vector<pr::PaperItem>{line(pr::Align::Left, {plain("\xC2\xA3")})}));
}

TEST(EscPosText, InvalidGb18030BytesBecomeReplacementCharactersWithAWarning) {
  const std::string stream = bytes({0x1C, '&', 'a', 0xFF, 'b', '\n'});
  EXPECT_EQ(paperOf(stream), (std::vector<pr::PaperItem>{line(pr::Align::Left, {plain("a\xEF\xBF\xBD" "b")})}));
  EXPECT_THAT(vptest::warningsOf(stream), ::testing::ElementsAre(::testing::StartsWith("offset 3: ")));
}

TEST(EscPosText, DrawerKickGivesPinAndPulseTimes) {
  EXPECT_EQ(paperOf(bytes({0x1B, 'p', 0, 25, 250})), (std::vector<pr::PaperItem>{pr::DrawerKick{2, 50, 500}}));
  EXPECT_EQ(paperOf(bytes({0x1B, 'p', 49, 1, 2})), (std::vector<pr::PaperItem>{pr::DrawerKick{5, 2, 4}}));
}

TEST(EscPosText, EveryGsVFormCuts) {
  struct Form {
    std::string bytes;
    pr::Cut cut;
  };
  const std::vector<Form> forms{{bytes({0x1D, 'V', 0}), {false, 0}},       {bytes({0x1D, 'V', 1}), {true, 0}},
                                {bytes({0x1D, 'V', 48}), {false, 0}},      {bytes({0x1D, 'V', 49}), {true, 0}},
                                {bytes({0x1D, 'V', 65, 7}), {false, 7}},   {bytes({0x1D, 'V', 66, 8}), {true, 8}},
                                {bytes({0x1D, 'V', 97, 9}), {false, 9}},   {bytes({0x1D, 'V', 98, 10}), {true, 10}},
                                {bytes({0x1D, 'V', 103, 11}), {false, 11}}, {bytes({0x1D, 'V', 104, 12}), {true, 12}}};
  for (const auto& form : forms) {
    EXPECT_EQ(paperOf("x\n" + form.bytes + "y\n"),
              (std::vector<pr::PaperItem>{line(pr::Align::Left, {plain("x")}), form.cut, line(pr::Align::Left, {plain("y")})}))
        << "GS V " << static_cast<int>(form.bytes[2]);
  }
}

TEST(EscPosText, ACutEndsAReceiptAndRecordsItsBytes) {
  pr::EscPosDecoder decoder;
  const std::string first = "one\n" + bytes({0x1D, 'V', 0});
  (void)decoder.feed(first + "two\n" + bytes({0x1D, 'V', 66, 3}) + "three");
  auto receipts = decoder.takeCutReceipts();
  ASSERT_EQ(receipts.size(), 2u);
  EXPECT_EQ(receipts[0].beginOffset, 0u);
  EXPECT_EQ(receipts[0].endOffset, first.size());
  EXPECT_EQ(receipts[1].beginOffset, first.size());
  EXPECT_EQ(receipts[1].endOffset, first.size() + 8);
  EXPECT_EQ(receipts[1].items.back(), pr::PaperItem(pr::Cut{true, 3}));
  EXPECT_TRUE(decoder.takeCutReceipts().empty());
  EXPECT_TRUE(decoder.current().items.empty());  // "three" waits for its LF
}

TEST(EscPosText, DleEotRequestsAreReportedInOrderWithTheirOffsets) {
  pr::EscPosDecoder decoder;
  const auto requests = decoder.feed("ab" + bytes({0x10, 0x04, 1, 0x10, 0x04, 4}));
  EXPECT_EQ(requests, (std::vector<pr::StatusRequest>{{1, 2}, {4, 5}}));
  EXPECT_TRUE(decoder.feed(bytes({0x10, 0x04})).empty());
  EXPECT_EQ(decoder.feed(bytes({2})), (std::vector<pr::StatusRequest>{{2, 8}}));
}

}  // namespace
