#include <algorithm>
#include <map>
#include <set>

#include "poscore/services/lane_db.hpp"

namespace poscore {
namespace {

constexpr const char* kMigrationTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations(scope TEXT NOT NULL, version INTEGER NOT NULL,"
    " name TEXT NOT NULL, applied_at TEXT NOT NULL, PRIMARY KEY(scope, version))";

constexpr const char* kRecordStep =
    "INSERT INTO schema_migrations(scope, version, name, applied_at)"
    " VALUES(?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))";

std::string label(const std::string& scope, const possdk::Migration& step) {
  return "migration " + scope + " v" + std::to_string(step.version) + " '" + step.name + "'";
}

possdk::Status checkVersions(const std::string& scope, const std::vector<possdk::Migration>& migrations) {
  std::map<int, const possdk::Migration*> seen;
  for (const auto& step : migrations) {
    if (step.version <= 0) {
      return possdk::Status::fail(label(scope, step) + " has a version below 1; number the steps 1, 2, 3...");
    }
    auto [earlier, fresh] = seen.emplace(step.version, &step);
    if (!fresh) {
      return possdk::Status::fail(label(scope, step) + " reuses the version of '" + earlier->second->name +
                                  "'; give every step its own version");
    }
  }
  return possdk::Status::ok();
}

std::vector<const possdk::Migration*> inVersionOrder(const std::vector<possdk::Migration>& migrations) {
  std::vector<const possdk::Migration*> ordered;
  for (const auto& step : migrations) ordered.push_back(&step);
  std::sort(ordered.begin(), ordered.end(), [](const auto* a, const auto* b) { return a->version < b->version; });
  return ordered;
}

}  // namespace

possdk::Status LaneDb::migrate(const std::string& scope, const std::vector<possdk::Migration>& migrations) {
  if (auto valid = checkVersions(scope, migrations); !valid) return valid;
  std::lock_guard lock(mutex_);
  if (auto table = runScript(kMigrationTable); !table) return table;
  auto applied = query("SELECT version FROM schema_migrations WHERE scope = ?", {scope});
  if (!applied) return possdk::Status::fail(applied.error());
  std::set<std::int64_t> done;
  for (const auto& row : applied.value()) {
    if (const auto* version = std::get_if<std::int64_t>(&row[0])) done.insert(*version);
  }

  for (const auto* step : inVersionOrder(migrations)) {
    if (done.count(step->version) != 0) continue;
    auto outcome = transaction([&](possdk::Sql&) {
      if (auto ran = runScript(step->sql); !ran) return ran;
      auto recorded = exec(kRecordStep, {scope, std::int64_t{step->version}, step->name});
      return recorded ? possdk::Status::ok() : possdk::Status::fail(recorded.error());
    });
    if (!outcome) return possdk::Status::fail(label(scope, *step) + " failed: " + outcome.error());
  }
  return possdk::Status::ok();
}

}  // namespace poscore
