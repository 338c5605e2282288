// DLE EOT answers recorded from printers, decoded.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "poscore/printer/printer_status.hpp"

namespace {

using poscore::printer::decodePrinterStatus;
using poscore::printer::PrinterStatus;
using ::testing::HasSubstr;

PrinterStatus decoded(std::uint8_t a, std::uint8_t b, std::uint8_t c) {
  auto s = decodePrinterStatus(a, b, c);
  EXPECT_TRUE(s) << s.error();
  return s ? s.value() : PrinterStatus{};
}

TEST(PrinterStatus, AllClearIsReady) {
  const auto s = decoded(0x12, 0x12, 0x12);
  EXPECT_TRUE(s.online);
  EXPECT_TRUE(s.canPrint());
  EXPECT_EQ(s.describe(), "ready");
}

TEST(PrinterStatus, DrawerOpenSignalIsNotAPrinterProblem) {
  EXPECT_TRUE(decoded(0x16, 0x12, 0x12).canPrint());  // bit 2 of DLE EOT 1: drawer pin 3 high
}

TEST(PrinterStatus, CoverOpenTakesThePrinterOffline) {
  const auto s = decoded(0x1A, 0x16, 0x12);  // offline; cause: cover open
  EXPECT_FALSE(s.online);
  EXPECT_TRUE(s.coverOpen);
  EXPECT_FALSE(s.canPrint());
  EXPECT_EQ(s.describe(), "cover open");
}

TEST(PrinterStatus, PaperOutFromTheRollSensor) {
  const auto s = decoded(0x1A, 0x32, 0x72);  // offline; stopped at paper end; sensor: no paper
  EXPECT_TRUE(s.paperOut);
  EXPECT_FALSE(s.canPrint());
  EXPECT_EQ(s.describe(), "out of paper");
}

TEST(PrinterStatus, PaperNearEndStillPrints) {
  const auto s = decoded(0x12, 0x12, 0x1E);
  EXPECT_TRUE(s.paperNearEnd);
  EXPECT_FALSE(s.paperOut);
  EXPECT_TRUE(s.canPrint());
  EXPECT_EQ(s.describe(), "paper near end");
}

TEST(PrinterStatus, AnErrorStopsPrinting) {
  const auto s = decoded(0x1A, 0x52, 0x12);  // offline; error occurred (cutter jam)
  EXPECT_TRUE(s.error);
  EXPECT_FALSE(s.canPrint());
  EXPECT_EQ(s.describe(), "in error");
}

TEST(PrinterStatus, OfflineWithoutACause) {
  const auto s = decoded(0x1A, 0x12, 0x12);
  EXPECT_FALSE(s.canPrint());
  EXPECT_EQ(s.describe(), "offline");
}

TEST(PrinterStatus, ABytesWithoutTheFixedBitsIsNotAnAnswer) {
  auto s = decodePrinterStatus(0x12, 0x00, 0x12);
  ASSERT_FALSE(s);
  EXPECT_THAT(s.error(), HasSubstr("0x00 to DLE EOT 2"));
  EXPECT_FALSE(decodePrinterStatus(0x92, 0x12, 0x12));  // bit 7 set
  EXPECT_FALSE(decodePrinterStatus(0x12, 0x12, 0x13));  // bit 0 set
}

}  // namespace
