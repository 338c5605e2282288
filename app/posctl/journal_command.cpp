// posctl journal: check the lane's electronic journal and show its newest entries.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>

#include "commands.hpp"
#include "headless_session.hpp"
#include "poscore/journal/journal.hpp"
#include "poscore/services/clocks.hpp"

namespace posctl {
namespace {

constexpr std::size_t kPayloadWidth = 60;

// The lane database the shell writes, without starting plugins: the lane may be selling.
std::filesystem::path laneDatabase(const GlobalOptions& options) {
  const auto ro = runtimeOptions(options);
  const auto config = ro.configFile.empty() ? poscore::Config::empty() : poscore::Config::load(ro.configFile);
  const auto file = poscore::laneDbFileIn(poscore::dataDirOf(ro, config));
  if (!std::filesystem::exists(file)) {
    throw std::runtime_error("no lane database at " + file.string() + "; pass --data-dir or --config of the lane");
  }
  return file;
}

int verify(const GlobalOptions& options) {
  poscore::SystemClock clock;
  poscore::LaneDb db(laneDatabase(options));
  const poscore::journal::Journal journal(db, clock);
  auto verified = journal.verify();
  if (!verified) {
    std::cout << "FAIL cannot check the journal: " << verified.error() << "\n";
    return 1;
  }
  if (const auto& broken = verified.value().broken) {
    std::cout << "FAIL at seq " << broken->seq << " (" << poscore::journal::toString(broken->kind)
              << "): " << broken->reason << "\n";
    return 1;
  }
  std::cout << "OK " << verified.value().entries << " journal entries, hash chain and head intact\n";
  return 0;
}

int show(const GlobalOptions& options, std::size_t count, bool full) {
  poscore::SystemClock clock;
  poscore::LaneDb db(laneDatabase(options));
  const poscore::journal::Journal journal(db, clock);
  auto entries = journal.last(count);
  if (!entries) {
    std::cout << "FAIL " << entries.error() << "\n";
    return 1;
  }
  std::printf("%6s %-24s %-10s %-8s %-14s %-12s %s\n", "SEQ", "TIME", "TYPE", "STAFF", "REFERENCE", "HASH", "PAYLOAD");
  for (const auto& e : entries.value()) {
    const bool cut = !full && e.payload.size() > kPayloadWidth;
    const auto payload = cut ? e.payload.substr(0, kPayloadWidth) + "..." : e.payload;
    std::printf("%6lld %-24s %-10s %-8s %-14s %-12s %s\n", static_cast<long long>(e.seq), e.time.c_str(),
                e.type.c_str(), e.staffId.c_str(), e.reference.c_str(), e.hash.substr(0, 12).c_str(), payload.c_str());
  }
  return 0;
}

}  // namespace

void addJournalCommands(CLI::App& app, GlobalOptions& options) {
  auto* journal = app.add_subcommand("journal", "Check and read the lane's electronic journal");
  journal->require_subcommand(1);

  // Option values must outlive this function; there is one command line per process.
  static std::size_t last = 20;
  static bool full = false;

  auto* verifyCmd = journal->add_subcommand("verify", "Check the hash chain; exit 1 naming the first broken entry");
  verifyCmd->callback([&options] { options.exitCode = verify(options); });
  auto* showCmd = journal->add_subcommand("show", "The newest entries, oldest first");
  showCmd->add_option("--last", last, "How many entries")->check(CLI::Range(1, 100000));
  showCmd->add_flag("--full", full, "Print whole payloads instead of their start");
  showCmd->callback([&options] { options.exitCode = show(options, last, full); });
}

}  // namespace posctl
