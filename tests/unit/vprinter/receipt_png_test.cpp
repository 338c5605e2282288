// The PNG the virtual printer draws: its size, and symbols that read back with zbar.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "receipt_png.hpp"
#include "receipt_text.hpp"
#include "status_reply.hpp"
#include "temp_dir.hpp"
#include "vprinter_test_support.hpp"

namespace {

namespace pr = poscore::receipt;
using ::testing::Contains;
using vptest::bytes;
using vptest::paperOf;
using vptest::qrFunction;
using vptest::scanPng;
using vptest::ScannedSymbol;

class ReceiptPng : public ::testing::Test {
 protected:
  vptest::PngFacts render(const std::string& stream, int width = vprinter::kPaper80mmDots) {
    const auto file = dir.path() / ("r" + std::to_string(count++) + ".png");
    EXPECT_TRUE(vprinter::writeReceiptPng(paperOf(stream), file, {width}));
    return scanPng(file);
  }
  postest::TempDir dir;
  int count = 0;
};

std::string lines(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += "Line " + std::to_string(i) + "\n";
  return out;
}

TEST_F(ReceiptPng, IsAsWideAsThePaperAndGrowsWithEveryLine) {
  const auto three = render(lines(3));
  const auto six = render(lines(6));
  EXPECT_EQ(three.width, 576);
  EXPECT_EQ(six.width, 576);
  EXPECT_GT(six.height, three.height);
  EXPECT_EQ(render(lines(3), vprinter::kPaper58mmDots).width, 384);
}

TEST_F(ReceiptPng, DoubleHeightLinesTakeMorePaper) {
  EXPECT_GT(render(bytes({0x1D, '!', 0x01}) + lines(3)).height, render(lines(3)).height);
}

TEST_F(ReceiptPng, TheQrCodeReadsBackAsItsPayload) {
  const std::string payload = "https://example.invalid/receipt/0001?total=12.50";
  const auto png = render(bytes({0x1B, 'a', 1}) + qrFunction(67, bytes({5})) + qrFunction(80, "0" + payload) +
                          qrFunction(81, "0"));
  EXPECT_THAT(png.symbols, Contains(ScannedSymbol{"QR-Code", payload}));
}

TEST_F(ReceiptPng, TheCode128BarcodeReadsBackAsItsData) {
  const std::string data = "{BSALE-{C" + bytes({20, 26, 11, 22}) + "{B/7";
  const auto png = render(bytes({0x1B, 'a', 1, 0x1D, 'h', 80, 0x1D, 'w', 2, 0x1D, 'H', 2}) +
                          bytes({0x1D, 'k', 73, static_cast<int>(data.size())}) + data);
  EXPECT_THAT(png.symbols, Contains(ScannedSymbol{"CODE-128", "SALE-20261122/7"}));
}

TEST_F(ReceiptPng, TheEan13BarcodeReadsBackWithItsCheckDigit) {
  const auto png = render(bytes({0x1B, 'a', 1, 0x1D, 'k', 2}) + "400638133393" + bytes({0}));
  EXPECT_THAT(png.symbols, Contains(ScannedSymbol{"EAN-13", "4006381333931"}));
}

TEST_F(ReceiptPng, ChineseTextAndEverySymbolFitOnNarrowPaper) {
  const std::string data = "{BNo.1";
  const auto png = render(bytes({0x1B, 'a', 1, 0x1C, '&', 0xB4, 0xF3, 0xC3, 0xD7, 0x1C, '.', '\n'}) +
                              bytes({0x1D, 'k', 73, static_cast<int>(data.size())}) + data + qrFunction(80, "0q") +
                              qrFunction(81, "0") + bytes({0x1D, 'V', 0}),
                          vprinter::kPaper58mmDots);
  EXPECT_EQ(png.width, 384);
  EXPECT_THAT(png.symbols, Contains(ScannedSymbol{"CODE-128", "No.1"}));
  EXPECT_THAT(png.symbols, Contains(ScannedSymbol{"QR-Code", "q"}));
}

TEST(ReceiptText, AlignsLinesAndNamesSymbolsAndCuts) {
  const auto text = vprinter::receiptText(
      paperOf(bytes({0x1B, 'a', 1}) + "ab\n" + bytes({0x1B, 'a', 2, 0x1D, '!', 0x10}) + "cd\n" + bytes({0x1D, 'k', 73, 4}) +
              "{B42" + bytes({0x1B, 'p', 0, 50, 50, 0x1D, 'V', 1})),
      10);
  EXPECT_EQ(text, "    ab\n      cd\n[CODE128 42]\n[drawer kick: pin 2, 100 ms on, 100 ms off]\n----------\n");
}

TEST(StatusReply, ReadyPrinterAnswersWithOnlyTheFixedBits) {
  for (int n = 1; n <= 4; ++n) EXPECT_EQ(vprinter::statusReply(n, {}), 0x12) << "n=" << n;
  EXPECT_FALSE(vprinter::statusReply(5, {}));
}

TEST(StatusReply, PaperOutIsOfflineStoppedByPaperEndAndBothSensorsSet) {
  const vprinter::PrinterState out{true, false};
  EXPECT_EQ(vprinter::statusReply(1, out), 0x1A);  // bit 3 offline
  EXPECT_EQ(vprinter::statusReply(2, out), 0x32);  // bit 5 paper end stop
  EXPECT_EQ(vprinter::statusReply(3, out), 0x12);
  EXPECT_EQ(vprinter::statusReply(4, out), 0x7E);  // bits 2-3 near end, 5-6 end
}

TEST(StatusReply, OfflineIsACoverOpen) {
  const vprinter::PrinterState offline{false, true};
  EXPECT_EQ(vprinter::statusReply(1, offline), 0x1A);
  EXPECT_EQ(vprinter::statusReply(2, offline), 0x16);  // bit 2 cover open
  EXPECT_EQ(vprinter::statusReply(4, offline), 0x12);
}

}  // namespace
