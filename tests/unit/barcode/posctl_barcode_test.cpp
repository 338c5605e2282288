// posctl barcode, run as support staff run it.
#include <sys/wait.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <string>

#include "temp_dir.hpp"

namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;

struct Run {
  std::string output;
  int exitCode = -1;
};

// Arguments are fixed test strings without quotes, so a shell command line is safe here.
Run posctl(const std::string& arguments) {
  Run run;
  FILE* pipe = popen((std::string(POSCTL_PATH) + " " + arguments + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return run;
  std::array<char, 512> buffer{};
  while (fgets(buffer.data(), buffer.size(), pipe) != nullptr) run.output += buffer.data();
  const int status = pclose(pipe);
  run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

TEST(PosctlBarcode, ExplainsAGoodCode) {
  const auto run = posctl("barcode 2012345012349");
  EXPECT_EQ(run.exitCode, 0) << run.output;
  EXPECT_THAT(run.output, AllOf(HasSubstr("EAN-13"), HasSubstr("GTIN            02012345012349"),
                                HasSubstr("lookup key      02012345000001"), HasSubstr("item reference 12345"),
                                HasSubstr("embedded price  12.34")));
}

TEST(PosctlBarcode, ExplainsAnElementStringWithSeparators) {
  const auto run = posctl("barcode ']C1010950110153000310LOT<GS>3103001250'");
  EXPECT_EQ(run.exitCode, 0) << run.output;
  EXPECT_THAT(run.output, AllOf(HasSubstr("GS1-128"), HasSubstr("batch           LOT"), HasSubstr("1250 g"),
                                HasSubstr("(3103) 001250"), HasSubstr("net weight (kg)")));
}

TEST(PosctlBarcode, RefusesABadCodeWithExitStatusOne) {
  const auto run = posctl("barcode 4006381333932");
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_THAT(run.output, AllOf(HasSubstr("refused"), HasSubstr("EAN-13 4006381333932"), HasSubstr("check digit 2"),
                                HasSubstr("give 1"), HasSubstr("rescan")));
}

TEST(PosctlBarcode, ReadsLayoutsFromTheSettingsFile) {
  postest::TempDir dir;
  const auto file = dir.write("pos.json", R"({"barcodes": {"variable_measure": [
      {"prefix": "20", "item_digits": 5, "value": "weight", "value_digits": 5, "decimals": 3}]}})");
  const auto run = posctl("barcode 2012345012349 --config " + file.string());
  EXPECT_EQ(run.exitCode, 0) << run.output;
  EXPECT_THAT(run.output, HasSubstr("weight          1234 g"));
  EXPECT_THAT(run.output, ::testing::Not(HasSubstr("embedded price")));
}

TEST(PosctlBarcode, SaysWhichSettingIsWrong) {
  postest::TempDir dir;
  const auto file = dir.write("pos.json", R"({"barcodes": {"variable_measure": [{"prefix": "20", "value": "mass"}]}})");
  const auto run = posctl("barcode 2012345012349 --config " + file.string());
  EXPECT_EQ(run.exitCode, 2);
  EXPECT_THAT(run.output, HasSubstr("barcodes.variable_measure[0].value"));
}

TEST(PosctlBarcode, PricesAreInTheLaneCurrencyOfTheSaleSettings) {
  postest::TempDir dir;
  const auto yen = dir.write("yen.json", R"({"sale": {"currency": "JPY"}})");
  const auto run = posctl("barcode 2012345012349 --config " + yen.string());
  EXPECT_EQ(run.exitCode, 0) << run.output;
  EXPECT_THAT(run.output, HasSubstr("embedded price  12\n"));
  const auto bad = dir.write("bad.json", R"({"sale": {"currency": "EUR", "currency_numeric": "156"}})");
  const auto refused = posctl("barcode 2012345012349 --config " + bad.string());
  EXPECT_EQ(refused.exitCode, 2);
  EXPECT_THAT(refused.output, HasSubstr("sale.currency_numeric"));
}

}  // namespace
