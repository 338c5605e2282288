#pragma once
#include <functional>
#include <string>
#include <vector>

#include "connection.hpp"
#include "possdk/sql.hpp"

namespace posserver::db::detail {

// Runs several statements on the current transaction's connection.
using ScriptRunner = std::function<possdk::Status(const std::string&)>;

// Applies `owner`'s steps not yet recorded in schema_migrations, in version order, each in its own
// transaction that first takes the dialect's migration lock and then checks the record again, so
// two servers starting together apply each step once.
possdk::Status applyMigrations(possdk::Sql& db, const Engine& engine, const ScriptRunner& script,
                               const std::string& owner, const std::vector<possdk::Migration>& steps);

}  // namespace posserver::db::detail
