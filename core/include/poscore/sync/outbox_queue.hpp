#pragma once
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "poscore/services/lane_db.hpp"
#include "possdk/status.hpp"

namespace poscore::sync {

// The outbox's plugin column for the host's own calls (sales, returns); they go to /api/v1<path>.
inline constexpr const char* kCoreSender = "core";

struct OutboxEntry {
  std::int64_t id = 0;
  std::string plugin;  // kCoreSender or a plugin id
  std::string path;
  std::string body;
  std::string idempotencyKey;
  std::string createdAt;
  std::int64_t attempts = 0;
  std::optional<std::string> nextAttemptAt;
  std::optional<std::string> lastError;
  std::optional<std::string> sentAt;
  std::optional<std::string> rejectedAt;
};

// Where the server takes an entry: core calls below /api/v1, a plugin's below its module's mount.
std::string targetOf(const OutboxEntry& entry);
// "<lane id>:<plugin or core>:<key>": the same on every retry, and distinct across lanes and plugins.
// Only A-Za-z0-9._:- (lane ids, plugin ids and the keys Outbox::enqueue takes stay within them).
std::string idempotencyHeaderOf(const std::string& laneId, const OutboxEntry& entry);

// The sender's view of the outbox table: what is due, and how each attempt ended. Times are the
// lane's ISO texts (isoUtc), which sort as they compare.
class OutboxQueue {
 public:
  explicit OutboxQueue(LaneDb& db) : db_(db) {}

  // Entries neither sent nor set aside whose next attempt is due at `now`, oldest first, each
  // sender's only up to its first entry still waiting: core and every plugin are separate queues,
  // and nothing overtakes an entry of its own sender (a redeem its earn).
  possdk::Result<std::vector<OutboxEntry>> due(std::chrono::system_clock::time_point now, std::size_t limit) const;
  // Entries neither sent nor set aside, oldest first, due or not.
  possdk::Result<std::vector<OutboxEntry>> pending(std::size_t limit) const;
  // Entries the server refused for good, oldest first.
  possdk::Result<std::vector<OutboxEntry>> rejected(std::size_t limit) const;
  possdk::Result<std::size_t> rejectedCount() const;
  // When the oldest pending entry was queued; nullopt when nothing is pending.
  possdk::Result<std::optional<std::string>> oldestPendingAt() const;

  possdk::Status markSent(std::int64_t id, std::chrono::system_clock::time_point at);
  // One more failed attempt; the entry waits until `nextAt`.
  possdk::Status markRetry(std::int64_t id, std::chrono::system_clock::time_point nextAt, const std::string& error);
  possdk::Status markRejected(std::int64_t id, std::chrono::system_clock::time_point at, const std::string& error);

 private:
  possdk::Result<std::vector<OutboxEntry>> select(const std::string& where, const possdk::SqlRow& params) const;
  possdk::Status update(const std::string& sql, const possdk::SqlRow& params);

  LaneDb& db_;
};

}  // namespace poscore::sync
