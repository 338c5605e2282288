#include "poscore/sync/outbox_queue.hpp"

#include "poscore/services/iso_time.hpp"
#include "../services/sql_cells.hpp"

namespace poscore::sync {
namespace {

constexpr const char* kColumns =
    "SELECT id, plugin, path, body, idempotency_key, created_at, attempts, next_attempt_at, last_error, sent_at,"
    " rejected_at FROM outbox ";
constexpr const char* kPending = "sent_at IS NULL AND rejected_at IS NULL";

std::optional<std::string> optionalText(const possdk::SqlRow& row, std::size_t column) {
  if (std::holds_alternative<std::nullptr_t>(sql::cell(row, column))) return std::nullopt;
  return sql::text(row, column);
}

OutboxEntry entryOf(const possdk::SqlRow& row) {
  return {sql::integer(row, 0),      sql::text(row, 1),    sql::text(row, 2),    sql::text(row, 3),
          sql::text(row, 4),         sql::text(row, 5),    sql::integer(row, 6), optionalText(row, 7),
          optionalText(row, 8),      optionalText(row, 9), optionalText(row, 10)};
}

}  // namespace

std::string targetOf(const OutboxEntry& entry) {
  if (entry.plugin == kCoreSender) return "/api/v1" + entry.path;
  return "/api/v1/plugins/" + entry.plugin + entry.path;
}

std::string idempotencyHeaderOf(const std::string& laneId, const OutboxEntry& entry) {
  return laneId + ":" + entry.plugin + ":" + entry.idempotencyKey;
}

possdk::Result<std::vector<OutboxEntry>> OutboxQueue::select(const std::string& where, const possdk::SqlRow& params) const {
  using Entries = possdk::Result<std::vector<OutboxEntry>>;
  auto rows = db_.query(kColumns + where, params);
  if (!rows) return Entries::fail("cannot read the outbox: " + rows.error());
  try {
    std::vector<OutboxEntry> entries;
    for (const auto& row : rows.value()) entries.push_back(entryOf(row));
    return entries;
  } catch (const std::runtime_error& e) {
    return Entries::fail(std::string("the outbox table is damaged: ") + e.what());
  }
}

possdk::Result<std::vector<OutboxEntry>> OutboxQueue::due(std::chrono::system_clock::time_point now, std::size_t limit) const {
  // Each sender's first waiting entry, found in one pass: a correlated subquery per entry would
  // rescan the backlog for every row of it.
  const auto waiting = std::string("LEFT JOIN (SELECT plugin AS sender, min(id) AS first FROM outbox WHERE ") + kPending +
                       " AND next_attempt_at > ? GROUP BY plugin) ON sender = plugin ";
  return select(waiting + "WHERE " + kPending + " AND (first IS NULL OR id < first) ORDER BY id LIMIT ?",
                {isoUtc(now), static_cast<std::int64_t>(limit)});
}

possdk::Result<std::vector<OutboxEntry>> OutboxQueue::pending(std::size_t limit) const {
  return select(std::string("WHERE ") + kPending + " ORDER BY id LIMIT ?", {static_cast<std::int64_t>(limit)});
}

possdk::Result<std::vector<OutboxEntry>> OutboxQueue::rejected(std::size_t limit) const {
  return select("WHERE rejected_at IS NOT NULL ORDER BY id LIMIT ?", {static_cast<std::int64_t>(limit)});
}

possdk::Result<std::size_t> OutboxQueue::rejectedCount() const {
  auto rows = db_.query("SELECT count(*) FROM outbox WHERE rejected_at IS NOT NULL");
  if (!rows) return possdk::Result<std::size_t>::fail("cannot count the outbox: " + rows.error());
  return static_cast<std::size_t>(std::get<std::int64_t>(rows.value().at(0).at(0)));
}

possdk::Result<std::optional<std::string>> OutboxQueue::oldestPendingAt() const {
  using Oldest = possdk::Result<std::optional<std::string>>;
  auto rows = db_.query(std::string("SELECT min(created_at) FROM outbox WHERE ") + kPending);
  if (!rows) return Oldest::fail("cannot read the outbox: " + rows.error());
  return optionalText(rows.value().at(0), 0);
}

possdk::Status OutboxQueue::update(const std::string& sql, const possdk::SqlRow& params) {
  auto changed = db_.exec(sql, params);
  if (!changed) return possdk::Status::fail("cannot update the outbox: " + changed.error());
  return possdk::Status::ok();
}

possdk::Status OutboxQueue::markSent(std::int64_t id, std::chrono::system_clock::time_point at) {
  return update("UPDATE outbox SET sent_at = ?, attempts = attempts + 1, next_attempt_at = NULL WHERE id = ?",
                {isoUtc(at), id});
}

possdk::Status OutboxQueue::markRetry(std::int64_t id, std::chrono::system_clock::time_point nextAt, const std::string& error) {
  return update("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?",
                {isoUtc(nextAt), error, id});
}

possdk::Status OutboxQueue::markRejected(std::int64_t id, std::chrono::system_clock::time_point at, const std::string& error) {
  return update("UPDATE outbox SET attempts = attempts + 1, rejected_at = ?, last_error = ?, next_attempt_at = NULL WHERE id = ?",
                {isoUtc(at), error, id});
}

}  // namespace poscore::sync
