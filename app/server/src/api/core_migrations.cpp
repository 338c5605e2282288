#include "posserver/api/core_api.hpp"

namespace posserver::api {

// Times are whole seconds since 1970 (INTEGER) so expiry and last-seen checks compare numbers on both
// databases; hashes are lower-case hex text.
std::vector<possdk::Migration> coreMigrations() {
  return {
      {1, "stores and devices", R"(
CREATE TABLE stores (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE devices (
  id {{id}},
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('lane', 'kiosk', 'technician', 'admin')),
  store_id TEXT NOT NULL,
  lane_id TEXT,
  secret_hash TEXT NOT NULL,
  enrolled_at INTEGER NOT NULL,
  revoked_at INTEGER,
  last_seen_at INTEGER,
  outbox_backlog INTEGER,
  oldest_pending_at INTEGER
);
CREATE TABLE enrolment_codes (
  code_hash TEXT PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('lane', 'kiosk', 'technician', 'admin')),
  store_id TEXT NOT NULL,
  lane_id TEXT,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER,
  device_id BIGINT
);
)"},
      {2, "catalog changes", R"(
CREATE TABLE catalog_head (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version BIGINT NOT NULL
);
INSERT INTO catalog_head (id, version) VALUES (1, 0);
CREATE TABLE catalog_changes (
  version BIGINT PRIMARY KEY,
  op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
  sku TEXT NOT NULL,
  product TEXT,
  created_at INTEGER NOT NULL
);
)"},
      {3, "sales", R"(
CREATE TABLE sales (
  id {{id}},
  lane_id TEXT NOT NULL,
  receipt TEXT NOT NULL,
  store_id TEXT NOT NULL,
  device_id BIGINT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('sale', 'return')),
  completed_at INTEGER NOT NULL,
  currency TEXT NOT NULL,
  total BIGINT NOT NULL,
  content_hash TEXT NOT NULL,
  body TEXT NOT NULL,
  received_at INTEGER NOT NULL,
  UNIQUE (store_id, lane_id, receipt)
);
CREATE INDEX sales_store_time ON sales (store_id, completed_at);
)"},
      {4, "members and points", R"(
CREATE TABLE members (
  id {{id}},
  card TEXT UNIQUE,
  mobile TEXT UNIQUE,
  name TEXT,
  created_at INTEGER NOT NULL,
  CHECK (card IS NOT NULL OR mobile IS NOT NULL)
);
CREATE TABLE points_balances (
  member_id BIGINT PRIMARY KEY REFERENCES members (id),
  balance BIGINT NOT NULL CHECK (balance >= 0)
);
CREATE TABLE points_ledger (
  id {{id}},
  member_id BIGINT NOT NULL REFERENCES members (id),
  kind TEXT NOT NULL CHECK (kind IN ('earn', 'redeem', 'adjust')),
  points BIGINT NOT NULL CHECK (points <> 0),
  balance BIGINT NOT NULL CHECK (balance >= 0),
  reference TEXT,
  reason TEXT,
  idempotency_key TEXT NOT NULL UNIQUE,
  request_hash TEXT NOT NULL,
  device_id BIGINT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX points_ledger_member ON points_ledger (member_id, id);
)"},
      // The catalog as it stands after the last change, so a publish can refuse a barcode another
      // product holds (a lane would refuse to apply it) or the delete of a product that is not there.
      {5, "current catalog", R"(
CREATE TABLE catalog_products (
  sku TEXT PRIMARY KEY,
  product TEXT NOT NULL,
  version BIGINT NOT NULL
);
CREATE TABLE catalog_barcodes (
  barcode TEXT PRIMARY KEY,
  sku TEXT NOT NULL REFERENCES catalog_products (sku)
);
CREATE INDEX catalog_barcodes_sku ON catalog_barcodes (sku);
)"},
  };
}

std::vector<possdk::Migration> ledgerGuardMigrations(db::Dialect dialect) {
  if (dialect == db::Dialect::Sqlite) {
    return {{1, "points ledger is append-only", R"(
CREATE TRIGGER points_ledger_no_update BEFORE UPDATE ON points_ledger
BEGIN SELECT RAISE(ABORT, 'points_ledger is append-only: entries are never changed'); END;
CREATE TRIGGER points_ledger_no_delete BEFORE DELETE ON points_ledger
BEGIN SELECT RAISE(ABORT, 'points_ledger is append-only: entries are never deleted'); END;
)"}};
  }
  // A trigger rather than a rule: a rule would turn the statement into a silent no-op, a trigger
  // makes it fail loudly.
  return {{1, "points ledger is append-only", R"(
CREATE FUNCTION points_ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'points_ledger is append-only: entries are never changed or deleted';
END;
$$;
CREATE TRIGGER points_ledger_append_only BEFORE UPDATE OR DELETE ON points_ledger
FOR EACH ROW EXECUTE FUNCTION points_ledger_refuse_change();
)"}};
}

possdk::Status migrateCore(db::Database& database) {
  if (auto status = database.migrate("core", coreMigrations()); !status) return status;
  return database.migrate("core-ledger-guard", ledgerGuardMigrations(database.dialect()));
}

}  // namespace posserver::api
