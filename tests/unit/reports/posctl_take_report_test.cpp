// posctl report x / z on a lane database filled through the sale store, as the counter fills it.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "poscore/reports/business_days.hpp"
#include "poscore/services/clocks.hpp"
#include "journal/sale_samples.hpp"
#include "poscore/journal/journal.hpp"
#include "poscore/sale/sale_store.hpp"
#include "run_posctl.hpp"
#include "temp_dir.hpp"

namespace poscore::reports {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class PosctlTakeReport : public ::testing::Test {
 protected:
  postest::PosctlRun posctl(std::vector<std::string> args) {
    args.insert(args.begin(), {"--data-dir", (dir / "data").string()});
    return postest::runPosctl(args, "", dir.path());
  }

  // The lane as the counter leaves it, opened for one step and closed again: posctl must see what
  // is on disk, not what a live object holds.
  struct Lane {
    explicit Lane(const std::filesystem::path& file) : db(file), journal(db, clock), store(db, journal, clock, "L01") {}
    // The clock stands shortly before now, so the day posctl opens (at its own now) holds it all.
    ManualClock clock{std::chrono::system_clock::now() - std::chrono::minutes(5)};
    LaneDb db;
    journal::Journal journal;
    sale::SaleStore store;
  };

  sale::Sale openSale(Lane& lane, const std::string& id) {
    sale::Sale s;
    s.id = id;
    s.cashierId = "c-07";
    s.openedAt = lane.clock.now();
    s.lines.push_back(postest::sampleLine(1, 2));  // 2 x 12.50 with a 12.50 promotion
    s.tenders = {{1, "cash", Money::minor(1250), Money::minor(2000), ""}};
    s.totals.change = Money::minor(750);
    EXPECT_TRUE(lane.store.saveOpen(s).isOk());
    return s;
  }

  // Day 1 so far: a cash sale of 12.50 (20.00 handed over), a cancelled sale and a drawer opened.
  void ringUpDay() {
    {
      // posctl opens day 1 the first time it asks; open it now, before anything is sold.
      Lane lane(dir / "data" / "lane.db");
      BusinessDays days(lane.db, lane.clock);
      ASSERT_TRUE(days.current());
    }
    Lane lane(dir / "data" / "lane.db");
    lane.clock.advance(std::chrono::seconds(1));
    auto s = openSale(lane, "S-1");
    ASSERT_TRUE(lane.store.commit(s).isOk());
    auto c = openSale(lane, "S-2");
    ASSERT_TRUE(lane.store.cancel(c, "customer left", "c-07").isOk());
    ASSERT_TRUE(lane.journal.append({journal::type::kNoSale, "c-07", "", R"({"reason":"float"})"}));
  }

  postest::TempDir dir;
};

TEST_F(PosctlTakeReport, XShowsTheDaySoFarAndClosesNothing) {
  ringUpDay();
  auto run = posctl({"report", "x"});
  ASSERT_EQ(run.exitCode, 0) << run.output;
  EXPECT_THAT(run.output, HasSubstr("X REPORT"));
  EXPECT_THAT(run.output, HasSubstr("Business day / 营业日: 1"));
  EXPECT_THAT(run.output, HasSubstr("Sales / 销售: 1"));
  EXPECT_THAT(run.output, HasSubstr("Cancelled sales / 取消交易: 1"));
  EXPECT_THAT(run.output, HasSubstr("No-sale drawer opens / 无销售开钱箱: 1"));
  EXPECT_THAT(run.output, HasSubstr("Gross / 总额: 25.00"));
  EXPECT_THAT(run.output, HasSubstr("Expected cash in drawer / 钱箱应有现金: 12.50"));
  auto day = posctl({"report", "day"});
  EXPECT_THAT(day.output, HasSubstr("business day 1,"));  // still open
}

TEST_F(PosctlTakeReport, ZClosesTheDayWritesItsCsvAndCanBeReprinted) {
  ringUpDay();
  const auto csv = dir / "z1.csv";
  auto run = posctl({"report", "z", "--csv", csv.string()});
  ASSERT_EQ(run.exitCode, 0) << run.output;
  EXPECT_THAT(run.output, HasSubstr("Z REPORT"));
  EXPECT_THAT(run.output, HasSubstr("wrote " + csv.string()));
  const auto text = postest::readFile(csv);
  EXPECT_THAT(text, HasSubstr("report,kind,Z\r\n"));
  EXPECT_THAT(text, HasSubstr("count,sales,1\r\n"));
  EXPECT_THAT(text, HasSubstr("count,cancelled_sales,1\r\n"));
  EXPECT_THAT(text, HasSubstr("count,no_sale_opens,1\r\n"));
  EXPECT_THAT(text, HasSubstr("amount,expected_cash,12.50\r\n"));

  EXPECT_THAT(posctl({"report", "day"}).output, HasSubstr("business day 2,"));
  const auto reprinted = dir / "again.csv";
  ASSERT_EQ(posctl({"report", "reprint", "1", "--csv", reprinted.string()}).exitCode, 0);
  EXPECT_EQ(postest::readFile(reprinted), text);

  auto next = posctl({"report", "x"});  // the next day starts empty
  ASSERT_EQ(next.exitCode, 0) << next.output;
  EXPECT_THAT(next.output, HasSubstr("Business day / 营业日: 2"));
  EXPECT_THAT(next.output, HasSubstr("Sales / 销售: 0"));
}

TEST_F(PosctlTakeReport, ZIsRefusedWhileASaleIsOpenAndSaysWhich) {
  ringUpDay();
  {
    Lane lane(dir / "data" / "lane.db");
    openSale(lane, "S-3");
  }
  auto run = posctl({"report", "z"});
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_THAT(run.output, HasSubstr("Z report refused: a sale is open"));
  EXPECT_THAT(run.output, HasSubstr("sale S-3 of cashier c-07 is open on the lane"));
  EXPECT_THAT(run.output, Not(HasSubstr("Z REPORT")));
  EXPECT_THAT(posctl({"report", "day"}).output, HasSubstr("business day 1,"));  // not closed
  EXPECT_EQ(posctl({"report", "x"}).exitCode, 0);  // an X is fine meanwhile
}

TEST_F(PosctlTakeReport, PrintSendsTheReportToTheConfiguredPrinter) {
  ringUpDay();
  const auto config = dir / "pos.json";
  std::ofstream(config) << R"({"lane": {"id": "L01", "data_dir": "data"}, "printer": {"connection": "file:slips.bin"},)"
                           R"( "receipt": {"languages": "en"}})";
  auto run = postest::runPosctl({"--config", config.string(), "report", "x", "--print"}, "", dir.path());
  ASSERT_EQ(run.exitCode, 0) << run.output;
  EXPECT_THAT(run.output, HasSubstr("report printed"));
  const auto printed = postest::readFile(dir / "slips.bin");
  EXPECT_THAT(printed, HasSubstr("X REPORT"));
  EXPECT_THAT(printed, HasSubstr("Expected cash in drawer"));
}

TEST_F(PosctlTakeReport, PrintWithoutAPrinterSaysWhatToSet) {
  ringUpDay();
  auto run = posctl({"report", "x", "--print"});
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_THAT(run.output, HasSubstr("X REPORT"));  // the report itself is shown all the same
  EXPECT_THAT(run.output, HasSubstr("printer.connection is missing"));
}

}  // namespace
}  // namespace poscore::reports
