#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "poscore/reports/report_csv.hpp"
#include "poscore/reports/report_run.hpp"
#include "poscore/services/clocks.hpp"
#include "run_posctl.hpp"
#include "sales_builder.hpp"
#include "temp_dir.hpp"

namespace poscore::reports {
namespace {

using ::testing::HasSubstr;

class PosctlReport : public ::testing::Test {
 protected:
  postest::PosctlRun posctl(std::vector<std::string> args) {
    args.insert(args.begin(), {"--data-dir", (dir / "data").string()});
    return postest::runPosctl(args, "", dir.path());
  }
  // Closes day 1 with one cash sale of 12.34 and answers its Z.
  Report closeDayOne() {
    LaneDb db{dir / "data" / "lane.db"};
    ManualClock clock{std::chrono::system_clock::time_point{std::chrono::milliseconds{1795334400000}}};
    BusinessDays days{db, clock};
    EXPECT_TRUE(days.current());
    test::InMemorySource source;
    source.input.completed.push_back(test::completed(sale::SaleKind::Sale, clock.now(), {test::line(1234, "A")},
                                                     {test::tender("cash", 1234, 2000)}, {}, 0, 0, 766));
    clock.advance(std::chrono::hours{9});
    auto z = takeZReport(source, days, clock, false);
    EXPECT_TRUE(z) << z.error();
    return z ? z.value() : Report{};
  }

  postest::TempDir dir;
};

TEST_F(PosctlReport, ReprintsAClosedDayAsCsv) {
  const auto z = closeDayOne();
  const auto file = dir / "z1.csv";
  auto run = posctl({"report", "reprint", "1", "--csv", file.string()});
  ASSERT_EQ(run.exitCode, 0) << run.output;
  EXPECT_EQ(postest::readFile(file), toCsv(z));
}

TEST_F(PosctlReport, ReprintsAClosedDayAsText) {
  closeDayOne();
  auto run = posctl({"report", "reprint", "1"});
  ASSERT_EQ(run.exitCode, 0) << run.output;
  EXPECT_THAT(run.output, HasSubstr("Z REPORT"));
  EXPECT_THAT(run.output, HasSubstr("Gross / 总额: 12.34"));
  EXPECT_THAT(run.output, HasSubstr("Expected cash in drawer / 钱箱应有现金: 12.34"));
}

TEST_F(PosctlReport, SaysWhyThereIsNothingToReprint) {
  closeDayOne();
  auto open = posctl({"report", "reprint", "2"});
  EXPECT_EQ(open.exitCode, 1);
  EXPECT_THAT(open.output, HasSubstr("business day 2 is still open"));
  auto unknown = posctl({"report", "reprint", "5"});
  EXPECT_EQ(unknown.exitCode, 1);
  EXPECT_THAT(unknown.output, HasSubstr("there is no business day 5"));
  auto day = posctl({"report", "day"});
  EXPECT_EQ(day.exitCode, 0);
  EXPECT_THAT(day.output, HasSubstr("business day 2, open since 2026-11-22 17:00:00 UTC"));
}

}  // namespace
}  // namespace poscore::reports
