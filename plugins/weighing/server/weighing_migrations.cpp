#include "server/weighing_migrations.hpp"

namespace weighing::server {

std::vector<possdk::Migration> weighingMigrations() {
  return {
      // Orders belong to the device that made them; order_no is given at payment, per store and day.
      // next_line numbers the lines, moved by one UPDATE so concurrent adds to one order never clash.
      {1, "handheld orders", R"(
CREATE TABLE weighing_orders (
  id {{id}},
  device_id TEXT NOT NULL,
  store_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'submitted', 'paid', 'exited')),
  order_no TEXT,
  currency TEXT NOT NULL,
  total_minor BIGINT,
  next_line INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  submitted_at BIGINT,
  paid_at BIGINT,
  pay_method TEXT,
  pay_reference TEXT,
  qr TEXT,
  exited_at BIGINT,
  exit_verdict TEXT,
  exit_measured_mg BIGINT,
  exit_supervisor TEXT,
  UNIQUE (store_id, order_no)
);
CREATE INDEX weighing_orders_device ON weighing_orders (device_id);
CREATE TABLE weighing_order_lines (
  order_id BIGINT NOT NULL REFERENCES weighing_orders (id),
  line INTEGER NOT NULL,
  sku TEXT NOT NULL,
  barcode TEXT NOT NULL,
  name_en TEXT NOT NULL,
  name_zh TEXT NOT NULL,
  quantity INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 99),
  price_minor BIGINT NOT NULL,
  catalog_mg BIGINT NOT NULL,
  catalog_spread_mg BIGINT NOT NULL,
  eas INTEGER NOT NULL,
  PRIMARY KEY (order_id, line)
);
CREATE TABLE weighing_order_numbers (
  store_id TEXT NOT NULL,
  day TEXT NOT NULL,
  last_no INTEGER NOT NULL,
  PRIMARY KEY (store_id, day)
);
)"},
      {2, "idempotency keys", R"(
CREATE TABLE weighing_idempotency_keys (
  device_id TEXT NOT NULL,
  idempotency_key TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  status INTEGER NOT NULL,
  answer TEXT NOT NULL,
  PRIMARY KEY (device_id, idempotency_key)
);
)"},
      // Integer sums of differences from the first sample (item_weights.hpp says why not Welford).
      {3, "item weight statistics", R"(
CREATE TABLE weighing_item_weights (
  sku TEXT PRIMARY KEY,
  sample_count BIGINT NOT NULL,
  first_mg BIGINT NOT NULL,
  sum_diff_mg BIGINT NOT NULL,
  sum_squared_diff_mg2 BIGINT NOT NULL
);
)"},
      {4, "exit pass signing key", R"(
CREATE TABLE weighing_signing_key (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  public_key {{blob}} NOT NULL,
  secret_key {{blob}} NOT NULL
);
)"},
      // A verified order is claimed by the lane that verified it, so one QR cannot pass two exits
      // while the first lane's result is still on its way (exit_routes.cpp).
      {5, "exit claims", R"(
ALTER TABLE weighing_orders ADD COLUMN exit_claimed_by TEXT;
ALTER TABLE weighing_orders ADD COLUMN exit_claim_until BIGINT;
)"},
  };
}

}  // namespace weighing::server
