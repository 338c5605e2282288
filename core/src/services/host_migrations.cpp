#include "host_migrations.hpp"

namespace poscore {

const std::vector<possdk::Migration>& hostMigrations() {
  static const std::vector<possdk::Migration> migrations{
      {1, "settings overrides",
       "CREATE TABLE settings_overrides(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"},
      {2, "audit",
       "CREATE TABLE audit(id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL,"
       " action TEXT NOT NULL, detail TEXT NOT NULL)"},
      // The sync client picks unsent rows oldest first, hence the index on sent_at.
      {3, "outbox",
       "CREATE TABLE outbox(id INTEGER PRIMARY KEY AUTOINCREMENT, plugin TEXT NOT NULL, path TEXT NOT NULL,"
       " body TEXT NOT NULL, idempotency_key TEXT NOT NULL, created_at TEXT NOT NULL,"
       " attempts INTEGER NOT NULL DEFAULT 0, sent_at TEXT, UNIQUE(plugin, idempotency_key));"
       "CREATE INDEX outbox_unsent ON outbox(sent_at, id)"},
      // What the sender keeps between attempts, so a restarted lane resumes the same schedule:
      // when an entry is next due, why the last attempt failed, and when the server refused it
      // for good (set aside, no longer part of the backlog).
      {4, "outbox sender",
       "ALTER TABLE outbox ADD COLUMN next_attempt_at TEXT;"
       "ALTER TABLE outbox ADD COLUMN last_error TEXT;"
       "ALTER TABLE outbox ADD COLUMN rejected_at TEXT;"
       "CREATE INDEX outbox_pending ON outbox(rejected_at, sent_at, id)"},
  };
  return migrations;
}

}  // namespace poscore
