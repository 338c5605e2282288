#include "migrations.hpp"

namespace posserver::db::detail {
namespace {

std::string stepName(const std::string& owner, const possdk::Migration& step) {
  return "migration " + std::to_string(step.version) + " (" + step.name + ") of '" + owner + "'";
}

possdk::Status checkOrder(const std::string& owner, const std::vector<possdk::Migration>& steps) {
  int previous = 0;
  for (const auto& step : steps) {
    if (step.version <= previous) {
      return possdk::Status::fail("migrations of '" + owner + "': version " + std::to_string(step.version) +
                                  " comes after version " + std::to_string(previous) +
                                  "; versions start at 1 and rise, each used once");
    }
    previous = step.version;
  }
  return possdk::Status::ok();
}

void replaceAll(std::string& text, const std::string& token, const std::string& spelling) {
  for (auto at = text.find(token); at != std::string::npos; at = text.find(token, at + spelling.size())) {
    text.replace(at, token.size(), spelling);
  }
}

possdk::Result<std::string> spell(const Engine& engine, const std::string& owner, const possdk::Migration& step) {
  std::string sql = step.sql;
  replaceAll(sql, "{{id}}", engine.idColumnType());
  replaceAll(sql, "{{blob}}", engine.blobColumnType());
  if (const auto unknown = sql.find("{{"); unknown != std::string::npos) {
    return possdk::Result<std::string>::fail(stepName(owner, step) + " uses the unknown token '" +
                                             sql.substr(unknown, sql.find("}}", unknown) - unknown + 2) +
                                             "'; the tokens are {{id}} and {{blob}}");
  }
  return sql;
}

possdk::Status lock(possdk::Sql& db, const Engine& engine) {
  if (engine.migrationLockStatement().empty()) return possdk::Status::ok();
  auto locked = db.query(engine.migrationLockStatement());
  return locked ? possdk::Status::ok() : possdk::Status::fail(locked.error());
}

possdk::Status applyStep(possdk::Sql& db, const Engine& engine, const ScriptRunner& script, const std::string& owner,
                         const possdk::Migration& step, const std::string& sql) {
  return db.transaction([&](possdk::Sql& tx) {
    if (auto locked = lock(tx, engine); !locked) return locked;
    auto applied = tx.query("SELECT 1 FROM schema_migrations WHERE owner = ? AND version = ?",
                            {owner, std::int64_t{step.version}});
    if (!applied) return possdk::Status::fail(applied.error());
    if (!applied.value().empty()) return possdk::Status::ok();  // another server got here first
    if (auto ran = script(sql); !ran) return possdk::Status::fail(stepName(owner, step) + " failed: " + ran.error());
    auto recorded = tx.exec(
        "INSERT INTO schema_migrations (owner, version, name, applied_at) VALUES (?, ?, ?, CAST(CURRENT_TIMESTAMP AS TEXT))",
        {owner, std::int64_t{step.version}, step.name});
    return recorded ? possdk::Status::ok() : possdk::Status::fail(recorded.error());
  });
}

}  // namespace

possdk::Status applyMigrations(possdk::Sql& db, const Engine& engine, const ScriptRunner& script,
                               const std::string& owner, const std::vector<possdk::Migration>& steps) {
  if (auto ordered = checkOrder(owner, steps); !ordered) return ordered;
  std::vector<std::string> spelled;  // every step checked before any is applied
  for (const auto& step : steps) {
    auto sql = spell(engine, owner, step);
    if (!sql) return possdk::Status::fail(sql.error());
    spelled.push_back(std::move(sql.value()));
  }
  auto table = db.transaction([&](possdk::Sql& tx) {
    if (auto locked = lock(tx, engine); !locked) return locked;
    return script(
        "CREATE TABLE IF NOT EXISTS schema_migrations (owner TEXT NOT NULL, version BIGINT NOT NULL, "
        "name TEXT NOT NULL, applied_at TEXT NOT NULL, PRIMARY KEY (owner, version))");
  });
  if (!table) return table;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    if (auto applied = applyStep(db, engine, script, owner, steps[i], spelled[i]); !applied) return applied;
  }
  return possdk::Status::ok();
}

}  // namespace posserver::db::detail
