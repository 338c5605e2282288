// posctl journal verify and show, run as the store manager runs them.
#include <sys/wait.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdio>

#include "poscore/journal/journal.hpp"
#include "poscore/services/clocks.hpp"
#include "temp_dir.hpp"

namespace {

using ::testing::HasSubstr;
using ::testing::Not;

struct Outcome {
  int exitCode = -1;
  std::string output;
};

Outcome posctl(const std::string& arguments) {
  Outcome outcome;
  FILE* pipe = ::popen((std::string(POSCTL_PATH) + " " + arguments + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return outcome;
  char buffer[4096];
  while (auto got = std::fread(buffer, 1, sizeof buffer, pipe)) outcome.output.append(buffer, got);
  const int status = ::pclose(pipe);
  outcome.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return outcome;
}

class PosctlJournal : public ::testing::Test {
 protected:
  void SetUp() override {
    poscore::LaneDb db{dir / "data/lane.db"};
    poscore::ManualClock clock;
    poscore::journal::Journal journal{db, clock};
    for (const char* reference : {"L01-00000001", "L01-00000002", "L01-00000003"}) {
      ASSERT_TRUE(journal.append({"sale", "c-07", reference, "{\"total\":100}"}));
    }
  }
  std::string dataDir() const { return "--data-dir " + (dir / "data").string(); }

  postest::TempDir dir;
};

TEST_F(PosctlJournal, VerifyPassesAnIntactJournal) {
  auto run = posctl(dataDir() + " journal verify");
  EXPECT_EQ(run.exitCode, 0) << run.output;
  EXPECT_THAT(run.output, HasSubstr("OK 3 journal entries"));
}

TEST_F(PosctlJournal, VerifyFailsNamingTheEditedEntry) {
  {
    poscore::LaneDb db{dir / "data/lane.db"};
    ASSERT_TRUE(db.exec("DROP TRIGGER journal_no_update").isOk());
    ASSERT_TRUE(db.exec("UPDATE journal SET payload = '{\"total\":1}' WHERE seq = 2").isOk());
  }
  auto run = posctl(dataDir() + " journal verify");
  EXPECT_EQ(run.exitCode, 1) << run.output;
  EXPECT_THAT(run.output, HasSubstr("FAIL at seq 2 (edited)"));
}

TEST_F(PosctlJournal, VerifySaysWhenThereIsNoLaneDatabase) {
  auto run = posctl("--data-dir " + (dir / "elsewhere").string() + " journal verify");
  EXPECT_NE(run.exitCode, 0);
  EXPECT_THAT(run.output, HasSubstr("no lane database"));
  EXPECT_FALSE(std::filesystem::exists(dir / "elsewhere/lane.db"));
}

TEST_F(PosctlJournal, ShowListsTheNewestEntries) {
  auto run = posctl(dataDir() + " journal show --last 2");
  EXPECT_EQ(run.exitCode, 0) << run.output;
  EXPECT_THAT(run.output, HasSubstr("L01-00000002"));
  EXPECT_THAT(run.output, HasSubstr("L01-00000003"));
  EXPECT_THAT(run.output, Not(HasSubstr("L01-00000001")));
  EXPECT_THAT(run.output, HasSubstr("{\"total\":100}"));
}

}  // namespace
