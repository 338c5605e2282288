#pragma once
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace poscore::sync {

// The sync client's state as observers (the shell's status bar, posctl) read it: a copy taken
// under the client's lock, so it is consistent and safe to read on any thread.
struct SyncStatus {
  bool enrolled = false;
  bool online = false;        // the server answered the last round
  std::size_t backlog = 0;    // outbox entries still to send
  std::size_t rejected = 0;   // outbox entries the server refused for good
  std::string lastError;      // empty after a round without trouble
  std::optional<std::chrono::system_clock::time_point> lastSuccess;  // end of the last clean round
  std::int64_t catalogVersion = 0;
  std::vector<std::string> catalogSkipped;  // changes of the last round that did not fit the lane
};

// What one round did, for posctl's "server sync" and the tests.
struct RoundReport {
  bool reached = false;  // the server answered
  std::size_t sent = 0;
  std::size_t retried = 0;
  std::size_t rejected = 0;
  std::size_t catalogChanges = 0;  // applied, removals included
  bool more = false;               // work was left for the next round (a full batch, more pages)
};

}  // namespace poscore::sync
