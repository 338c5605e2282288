#include "poscore/sync/sync_store.hpp"

#include <stdexcept>

#include "../services/sql_cells.hpp"

namespace poscore::sync {
namespace {

// Each table holds one row (id 1): a lane has one credential and one catalog position.
const std::vector<possdk::Migration>& syncMigrations() {
  static const std::vector<possdk::Migration> migrations{
      {1, "credential and catalog version",
       "CREATE TABLE sync_credential(id INTEGER PRIMARY KEY CHECK(id = 1), device_id TEXT NOT NULL,"
       " token TEXT NOT NULL, role TEXT NOT NULL, store_id TEXT NOT NULL, lane_id TEXT NOT NULL,"
       " enrolled_at TEXT NOT NULL);"
       "CREATE TABLE sync_refused_code(id INTEGER PRIMARY KEY CHECK(id = 1), code TEXT NOT NULL, reason TEXT NOT NULL);"
       "CREATE TABLE sync_catalog(id INTEGER PRIMARY KEY CHECK(id = 1), version INTEGER NOT NULL)"},
  };
  return migrations;
}

}  // namespace

SyncStore::SyncStore(LaneDb& db) : db_(db) {
  if (auto migrated = db_.migrate("sync", syncMigrations()); !migrated) {
    throw std::runtime_error("cannot prepare the sync tables: " + migrated.error());
  }
}

possdk::Result<std::optional<Credential>> SyncStore::credential() const {
  using Found = possdk::Result<std::optional<Credential>>;
  auto rows = db_.query("SELECT device_id, token, role, store_id, lane_id, enrolled_at FROM sync_credential");
  if (!rows) return Found::fail(rows.error());
  if (rows.value().empty()) return std::optional<Credential>{};
  const auto& row = rows.value().front();
  return std::optional<Credential>{Credential{sql::text(row, 0), sql::text(row, 1), sql::text(row, 2), sql::text(row, 3),
                                              sql::text(row, 4), sql::text(row, 5)}};
}

possdk::Status SyncStore::saveCredential(const Credential& c) {
  return db_.transaction([&](possdk::Sql& sql) {
    auto saved = sql.exec(
        "INSERT OR REPLACE INTO sync_credential(id, device_id, token, role, store_id, lane_id, enrolled_at)"
        " VALUES(1, ?, ?, ?, ?, ?, ?)",
        {c.deviceId, c.token, c.role, c.storeId, c.laneId, c.enrolledAt});
    if (!saved) return possdk::Status::fail(saved.error());
    auto forgot = sql.exec("DELETE FROM sync_refused_code");
    return forgot ? possdk::Status::ok() : possdk::Status::fail(forgot.error());
  });
}

possdk::Result<std::optional<std::string>> SyncStore::refusedCode() const {
  using Found = possdk::Result<std::optional<std::string>>;
  auto rows = db_.query("SELECT code FROM sync_refused_code");
  if (!rows) return Found::fail(rows.error());
  if (rows.value().empty()) return std::optional<std::string>{};
  return std::optional<std::string>{sql::text(rows.value().front(), 0)};
}

possdk::Status SyncStore::saveRefusedCode(const std::string& code, const std::string& reason) {
  auto saved = db_.exec("INSERT OR REPLACE INTO sync_refused_code(id, code, reason) VALUES(1, ?, ?)", {code, reason});
  return saved ? possdk::Status::ok() : possdk::Status::fail(saved.error());
}

possdk::Result<std::int64_t> SyncStore::catalogVersion() const {
  auto rows = db_.query("SELECT version FROM sync_catalog");
  if (!rows) return possdk::Result<std::int64_t>::fail(rows.error());
  if (rows.value().empty()) return std::int64_t{0};
  return std::get<std::int64_t>(rows.value().front().at(0));
}

possdk::Status SyncStore::saveCatalogVersion(possdk::Sql& sql, std::int64_t version) {
  auto saved = sql.exec("INSERT OR REPLACE INTO sync_catalog(id, version) VALUES(1, ?)", {version});
  return saved ? possdk::Status::ok() : possdk::Status::fail(saved.error());
}

}  // namespace poscore::sync
