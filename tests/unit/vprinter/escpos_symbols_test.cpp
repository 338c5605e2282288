// The ESC/POS decoder's barcodes (GS h/w/H/k) and QR codes (GS ( k).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "poscore/receipt/code128.hpp"
#include "vprinter_test_support.hpp"

namespace {

namespace pr = poscore::receipt;
using ::testing::HasSubstr;
using vptest::bytes;
using vptest::paperOf;
using vptest::qrFunction;
using vptest::warningsOf;

pr::Barcode onlyBarcode(const std::string& stream) {
  const auto paper = paperOf(stream);
  EXPECT_EQ(paper.size(), 1u);
  return paper.empty() ? pr::Barcode{} : std::get<pr::Barcode>(paper[0]);
}

TEST(EscPosBarcode, SettingsAndAlignmentApplyToTheBarcode) {
  const auto b = onlyBarcode(bytes({0x1B, 'a', 1, 0x1D, 'h', 80, 0x1D, 'w', 2, 0x1D, 'H', 2, 0x1D, 'f', 0}) +
                             bytes({0x1D, 'k', 67, 12}) + "400638133393");
  EXPECT_EQ(b, (pr::Barcode{pr::Symbology::Ean13, "400638133393", "4006381333931", pr::Align::Center, 80, 2,
                            pr::HriPosition::Below}));
}

TEST(EscPosBarcode, TheNulTerminatedFormGivesTheSameBarcode) {
  const auto b = onlyBarcode(bytes({0x1D, 'k', 2}) + "4006381333931" + bytes({0}));
  EXPECT_EQ(b.symbology, pr::Symbology::Ean13);
  EXPECT_EQ(b.text, "4006381333931");
  EXPECT_EQ(b.height, 162);
  EXPECT_EQ(b.moduleWidth, 3);
  EXPECT_EQ(b.hri, pr::HriPosition::None);
}

TEST(EscPosBarcode, EachSystemNumberNamesItsSymbology) {
  const std::vector<std::pair<std::string, pr::Symbology>> cases{
      {"01234567890", pr::Symbology::UpcA}, {"0123456", pr::Symbology::UpcE},  {"400638133393", pr::Symbology::Ean13},
      {"9638507", pr::Symbology::Ean8},     {"ABC-12", pr::Symbology::Code39}, {"1234", pr::Symbology::Itf},
      {"A123B", pr::Symbology::Codabar}};
  for (int m = 0; m < 7; ++m) {
    const auto& [data, symbology] = cases[static_cast<std::size_t>(m)];
    EXPECT_EQ(onlyBarcode(bytes({0x1D, 'k', m}) + data + bytes({0})).symbology, symbology) << "m=" << m;
    EXPECT_EQ(onlyBarcode(bytes({0x1D, 'k', 65 + m, static_cast<int>(data.size())}) + data).symbology, symbology)
        << "m=" << 65 + m;
  }
  EXPECT_EQ(onlyBarcode(bytes({0x1D, 'k', 72, 3}) + "a1!").symbology, pr::Symbology::Code93);
}

TEST(EscPosBarcode, Code128ReadsThroughItsCodeSets) {
  // {B "No." then {C 12 34 56 (three digit pairs as values) then {A "X".
  const std::string data = "{BNo.{C" + bytes({12, 34, 56}) + "{AX";
  const auto b = onlyBarcode(bytes({0x1D, 'k', 73, static_cast<int>(data.size())}) + data);
  EXPECT_EQ(b.symbology, pr::Symbology::Code128);
  EXPECT_EQ(b.data, data);
  EXPECT_EQ(b.text, "No.123456X");
}

TEST(EscPosBarcode, Code128EscapesShiftAndFnc1) {
  EXPECT_EQ(pr::code128Text("{Ba{{b").value(), "a{b");
  EXPECT_EQ(pr::code128Text("{AA{Sb").value(), "Ab");
  const auto gs1 = pr::code128Text("{C{1" + bytes({1, 2}) + "{1{B7");
  ASSERT_TRUE(gs1) << gs1.error();
  EXPECT_EQ(gs1.value(), "0102\x1d" "7");  // the leading FNC1 marks GS1, the inner one separates
}

TEST(EscPosBarcode, Code128RefusesDataAPrinterWouldRefuse) {
  EXPECT_THAT(pr::code128Text("ABC").error(), HasSubstr("must open with a code set selector"));
  EXPECT_THAT(pr::code128Text("{C" + bytes({100})).error(), HasSubstr("values 0-99, not 100"));
  EXPECT_THAT(pr::code128Text("{Aab").error(), HasSubstr("code set A has no byte 97"));
  EXPECT_THAT(pr::code128Text("{B").error(), HasSubstr("no characters"));
  EXPECT_THAT(pr::code128Text("{Bx{Z").error(), HasSubstr("unknown sequence '{Z' at data byte 3"));
}

TEST(EscPosBarcode, InvalidDataPrintsNothingAndSaysWhy) {
  const std::string wrongCheck = bytes({0x1D, 'k', 67, 13}) + "4006381333932";
  EXPECT_THAT(paperOf(wrongCheck), ::testing::IsEmpty());
  EXPECT_THAT(warningsOf(wrongCheck), ::testing::ElementsAre(HasSubstr("wrong check digit")));
  EXPECT_THAT(warningsOf(bytes({0x1D, 'k', 5, '1', '2', '3', 0})), ::testing::ElementsAre(HasSubstr("even number")));
  EXPECT_THAT(warningsOf(bytes({0x1D, 'k', 4, 'a', 0})), ::testing::ElementsAre(HasSubstr("CODE39")));
}

TEST(EscPosBarcode, ABarcodeAfterUnfinishedTextPrintsThatTextFirstAndWarns) {
  const std::string stream = "ref " + bytes({0x1D, 'k', 73, 4}) + "{B42";
  const auto paper = paperOf(stream);
  ASSERT_EQ(paper.size(), 2u);
  EXPECT_EQ(std::get<pr::TextLine>(paper[0]).runs[0].text, "ref ");
  EXPECT_EQ(std::get<pr::Barcode>(paper[1]).text, "42");
  EXPECT_THAT(warningsOf(stream), ::testing::ElementsAre(HasSubstr("text waiting for its LF")));
}

TEST(EscPosQr, StoreThenPrintGivesTheQrWithItsSettings) {
  const std::string stream = bytes({0x1B, 'a', 2}) + qrFunction(65, bytes({50, 0})) + qrFunction(67, bytes({6})) +
                             qrFunction(69, bytes({51})) + qrFunction(80, "0https://example.invalid/r/7") +
                             qrFunction(81, "0");
  const auto paper = paperOf(stream);
  ASSERT_EQ(paper.size(), 1u);
  EXPECT_EQ(std::get<pr::QrCode>(paper[0]), (pr::QrCode{"https://example.invalid/r/7", pr::Align::Right, 2, 6, 'H'}));
  EXPECT_THAT(warningsOf(stream), ::testing::IsEmpty());
}

TEST(EscPosQr, APayloadLongerThan255BytesUsesPH) {
  const std::string payload(300, 'z');
  const auto paper = paperOf(qrFunction(80, "0" + payload) + qrFunction(81, "0") + qrFunction(81, "0"));
  ASSERT_EQ(paper.size(), 2u);  // the stored data prints again
  EXPECT_EQ(std::get<pr::QrCode>(paper[1]).payload, payload);
}

TEST(EscPosQr, PrintingWithNothingStoredPrintsNothingAndWarns) {
  EXPECT_THAT(paperOf(qrFunction(81, "0")), ::testing::IsEmpty());
  EXPECT_THAT(warningsOf(qrFunction(81, "0")), ::testing::ElementsAre(HasSubstr("no data stored")));
}

TEST(EscPosQr, OutOfRangeSettingsAreRefusedAndTheOldOnesKept) {
  const std::string stream = qrFunction(67, bytes({17})) + qrFunction(69, bytes({52})) + qrFunction(65, bytes({60, 0})) +
                             qrFunction(80, "0x") + qrFunction(81, "0");
  EXPECT_EQ(paperOf(stream), (std::vector<pr::PaperItem>{pr::QrCode{"x", pr::Align::Left, 2, 3, 'L'}}));
  const auto warnings = warningsOf(stream);
  ASSERT_EQ(warnings.size(), 3u);
  EXPECT_THAT(warnings[0], HasSubstr("function 167: module size n=17"));
  EXPECT_THAT(warnings[1], HasSubstr("function 169: error correction n=52"));
  EXPECT_THAT(warnings[2], HasSubstr("function 165: model n1=60"));
}

TEST(EscPosQr, OtherTwoDimensionalSymbolsAreSkippedWhole) {
  // PDF417 (cn=48) with a payload holding bytes that would otherwise be commands.
  const std::string pdf417 = bytes({0x1D, '(', 'k', 5, 0, 48, 80, 48, 0x1B, '@'});
  EXPECT_EQ(paperOf(pdf417 + "ok\n"), (std::vector<pr::PaperItem>{pr::TextLine{pr::Align::Left, {pr::TextRun{"ok"}}}}));
  EXPECT_THAT(warningsOf(pdf417), ::testing::ElementsAre(HasSubstr("only QR Code (cn=49)")));
}

}  // namespace
