#pragma once
#include <cstdint>
#include <vector>

#include "possdk/clock.hpp"
#include "possdk/sql.hpp"
#include "posserver/db/database.hpp"
#include "posserver/http/metrics.hpp"
#include "posserver/http/rate_limiter.hpp"
#include "posserver/http/routes.hpp"

namespace posserver::api {

// The core tables (owner "core"): stores, devices and enrolment codes, catalog changes, sales,
// members, and the points ledger with its balances. SQL both dialects accept.
std::vector<possdk::Migration> coreMigrations();

// The guards that make the points ledger append-only (owner "core-ledger-guard"): triggers that refuse
// UPDATE and DELETE of an entry. Trigger syntax differs between SQLite and PostgreSQL, so these
// steps are per dialect and kept apart from coreMigrations().
std::vector<possdk::Migration> ledgerGuardMigrations(db::Dialect dialect);

// Both of the above, in order: what the server runs at start.
possdk::Status migrateCore(db::Database& database);

// The rate-limit buckets the core routes name: enrolment per remote address, member lookups per
// device (so card and mobile numbers cannot be enumerated).
inline constexpr const char* kEnrolBucket = "enrol";
inline constexpr const char* kMemberLookupBucket = "member-lookup";
// Their shapes: 10 enrolments at once then 10 a minute per address; `lookupsPerMinute` lookups at
// once then as many a minute per device (pos-server's --lookup-rate).
void configureCoreRateLimits(http::RateLimiter& limiter, std::int64_t lookupsPerMinute = 30);

// The routes of docs/server-api.md's sections Devices and credentials, Stores, Catalog, Sales, and
// Members and points. `database`, `clock` and `metrics` must outlive `routes`.
void addCoreRoutes(http::Routes& routes, db::Database& database, const possdk::Clock& clock, http::Metrics& metrics);

}  // namespace posserver::api
