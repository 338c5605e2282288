#pragma once
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <set>
#include <string>
#include <thread>

#include "poscore/catalog/catalog_store.hpp"
#include "poscore/services/lane_db.hpp"
#include "poscore/services/outbox.hpp"
#include "poscore/sync/backoff.hpp"
#include "poscore/sync/enrolment.hpp"
#include "poscore/sync/outbox_queue.hpp"
#include "poscore/sync/server_link.hpp"
#include "poscore/sync/sync_settings.hpp"
#include "poscore/sync/sync_status.hpp"
#include "poscore/sync/sync_store.hpp"
#include "possdk/clock.hpp"

namespace poscore::sync {

struct SyncClientOptions {
  BackoffPolicy backoff;
  std::function<std::uint64_t()> random;  // uniform 64-bit draws for the jitter; default: std::random_device seeded
  std::size_t batch = 100;                // outbox entries sent per round at most
  std::size_t catalogPageSize = 500;
  std::size_t catalogPagesPerRound = 20;
};

// The lane's side of the store server: enrols when it has a code and no credential, reports its
// backlog (heartbeat), sends due outbox entries oldest first, and applies the catalog's changes.
// runOnce() is one round and uses only the injected clock, so tests step it; start() runs rounds
// on a thread every poll interval until stop(). Rounds never overlap.
class SyncClient {
 public:
  // Throws std::runtime_error when the sync or catalog tables cannot be made.
  SyncClient(LaneDb& db, Outbox& outbox, const possdk::Clock& clock, SyncSettings settings,
             std::set<std::string> taxClasses, SyncClientOptions options = {});
  ~SyncClient();
  SyncClient(const SyncClient&) = delete;
  SyncClient& operator=(const SyncClient&) = delete;

  RoundReport runOnce();
  // Enrols with `code` now, even when an earlier code was refused (the operator typed a new one).
  EnrolResult enrolWith(const std::string& code);

  void start();
  void stop();
  // Runs the next round now rather than at the end of the poll interval.
  void wake();

  SyncStatus status() const;

 private:
  bool ensureCredential();
  bool heartbeat();
  void sendDue(RoundReport& report);
  // What one entry's answer means for the rest of the round.
  enum class Next {
    Continue,    // sent or set aside
    HoldSender,  // to be tried again: the rest of its sender's entries wait for it
    StopRound,   // the server went away, rate limits or refused the lane
  };
  Next sendOne(const OutboxEntry& entry, RoundReport& report);
  void retryLater(const OutboxEntry& entry, std::chrono::milliseconds wait, const std::string& why);
  void pullCatalog(RoundReport& report);
  void finishRound(bool reached, bool clean);
  void fail(const std::string& why);
  void run();

  LaneDb& db_;
  Outbox& outbox_;
  const possdk::Clock& clock_;
  SyncSettings settings_;
  std::set<std::string> taxClasses_;
  SyncClientOptions options_;
  SyncStore store_;
  catalog::CatalogStore catalog_;
  OutboxQueue queue_;
  ServerLink link_;

  std::mutex roundMutex_;  // one round at a time, whoever runs it
  mutable std::mutex statusMutex_;
  SyncStatus status_;
  std::string roundError_;
  std::vector<std::string> roundSkipped_;

  std::mutex wakeMutex_;
  std::condition_variable wakeUp_;
  bool stopping_ = false;
  bool woken_ = false;
  std::thread thread_;
};

}  // namespace poscore::sync
