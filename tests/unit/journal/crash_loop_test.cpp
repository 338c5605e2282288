// Kills a process ringing up sales at random moments, thirty times over the same lane database,
// then checks that no completed sale was lost and no half sale is visible.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <iostream>
#include <map>
#include <random>
#include <sstream>
#include <string>

#include "poscore/journal/journal.hpp"
#include "poscore/sale/receipt_numbers.hpp"
#include "poscore/sale/sale_store.hpp"
#include "poscore/services/clocks.hpp"
#include "temp_dir.hpp"

extern char** environ;

namespace poscore::sale {
namespace {

constexpr int kRuns = 30;

struct Run {
  std::string output;  // what the child reported before it died
  int status = 0;
};

// Starts the crasher, reads its reports until `lifetime` is over, kills it with SIGKILL.
Run runAndKill(const std::filesystem::path& database, std::chrono::milliseconds lifetime) {
  int pipeFds[2];
  EXPECT_EQ(::pipe2(pipeFds, O_CLOEXEC), 0);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
  const std::string program = POS_SALE_CRASHER_PATH;
  const std::string file = database.string();
  char* argv[] = {const_cast<char*>(program.c_str()), const_cast<char*>(file.c_str()), nullptr};
  pid_t child = 0;
  const int spawned = ::posix_spawn(&child, program.c_str(), &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(pipeFds[1]);
  Run run;
  EXPECT_EQ(spawned, 0) << "cannot start " << program;
  if (spawned != 0) {
    ::close(pipeFds[0]);
    return run;
  }
  const auto deadline = std::chrono::steady_clock::now() + lifetime;
  char buffer[4096];
  bool killed = false;
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (!killed && left.count() <= 0) {
      ::kill(child, SIGKILL);
      killed = true;
    }
    pollfd wait{pipeFds[0], POLLIN, 0};
    if (::poll(&wait, 1, killed ? -1 : static_cast<int>(left.count())) <= 0) continue;
    const auto got = ::read(pipeFds[0], buffer, sizeof buffer);
    if (got <= 0) break;  // the child is gone: end of its output
    run.output.append(buffer, static_cast<std::size_t>(got));
  }
  ::close(pipeFds[0]);
  ::waitpid(child, &run.status, 0);
  return run;
}

// Receipt number -> line count, from complete report lines only.
void collect(const std::string& output, std::map<std::string, std::size_t>& committed) {
  std::istringstream lines(output);
  std::string line;
  while (std::getline(lines, line)) {
    if (lines.eof()) break;  // no newline: cut off mid-report (cannot happen with one write, but be safe)
    std::istringstream fields(line);
    std::string receipt;
    std::size_t count = 0;
    ASSERT_TRUE(fields >> receipt >> count) << "unreadable report '" << line << "'";
    committed[receipt] = count;
  }
}

TEST(CrashLoop, KilledMidSaleLosesNothingCommittedAndShowsNothingHalfWritten) {
  postest::TempDir dir;
  const auto database = dir / "lane.db";
  std::random_device seedSource;
  const auto seed = seedSource();
  SCOPED_TRACE("random seed " + std::to_string(seed));
  std::mt19937 random(seed);
  std::uniform_int_distribution<int> lifetime(40, 450);

  std::map<std::string, std::size_t> committed;
  for (int i = 0; i < kRuns; ++i) {
    auto run = runAndKill(database, std::chrono::milliseconds(lifetime(random)));
    ASSERT_TRUE(WIFSIGNALED(run.status) && WTERMSIG(run.status) == SIGKILL)
        << "run " << i << ": the crasher stopped by itself (status " << run.status << "); see its stderr above";
    collect(run.output, committed);
  }
  ASSERT_GT(committed.size(), 0U) << "no sale was completed in any run; the kills came too early to test anything";

  ManualClock clock;
  LaneDb db{database};
  journal::Journal journal{db, clock};
  SaleStore store{db, journal, clock, "L01"};

  for (const auto& [receipt, lines] : committed) {
    auto found = store.findByReceipt(receipt);
    ASSERT_TRUE(found) << found.error();
    ASSERT_TRUE(found.value().has_value()) << "receipt " << receipt << " was reported committed but is gone";
    EXPECT_EQ(found.value()->lines.size(), lines) << receipt;
  }

  auto mismatched = db.query(
      "SELECT receipt_no FROM sales s WHERE line_count <> (SELECT count(*) FROM sale_lines l WHERE l.sale_id = s.sale_id)");
  ASSERT_TRUE(mismatched) << mismatched.error();
  EXPECT_TRUE(mismatched.value().empty()) << "a sale's line count disagrees with its lines";

  // Gap-free: the receipts 1..N are exactly the stored sales, and every stored sale has its entry.
  auto all = store.salesAfter(0);
  ASSERT_TRUE(all) << all.error();
  ASSERT_GE(all.value().size(), committed.size());
  for (std::size_t i = 0; i < all.value().size(); ++i) {
    EXPECT_EQ(all.value()[i].sale.receiptNo, formatReceiptNo("L01", static_cast<std::int64_t>(i) + 1));
  }

  auto verified = journal.verify();
  ASSERT_TRUE(verified) << verified.error();
  EXPECT_TRUE(verified.value().ok()) << verified.value().broken->reason;
  EXPECT_EQ(verified.value().entries, static_cast<std::int64_t>(all.value().size()));

  auto open = store.restoreOpen();
  ASSERT_TRUE(open) << "the open sale left by the last kill is unreadable: " << open.error();
  if (open.value()) {
    const auto& lines = open.value()->lines;
    ASSERT_FALSE(lines.empty());
    for (std::size_t i = 0; i < lines.size(); ++i) EXPECT_EQ(lines[i].lineNo, static_cast<int>(i) + 1);
  }
  std::cout << "[          ] " << committed.size() << " sales reported over " << kRuns << " kills, "
            << all.value().size() << " stored\n";
}

}  // namespace
}  // namespace poscore::sale
