#include "posserver/db/database.hpp"

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/SQLite/Connector.h>

#include <mutex>
#include <optional>
#include <type_traits>
#include <unordered_map>

#include "group_commit.hpp"
#include "migrations.hpp"
#include "postgres_engine.hpp"
#include "session_pool.hpp"
#include "sqlite_engine.hpp"

namespace posserver::db {
namespace {

using detail::Connection;

// How long a call waits for a pooled session when all are out before it fails with
// DatabaseUnavailable (503): as long as a SQLite writer waits for the write lock.
constexpr auto sessionWait = detail::sqliteBusyTimeout;

void registerConnectorsOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    Poco::Data::SQLite::Connector::registerConnector();
    Poco::Data::PostgreSQL::Connector::registerConnector();
  });
}

class PooledDatabase final : public Database {
 public:
  PooledDatabase(Dialect dialect, std::unique_ptr<detail::Engine> engine, std::size_t maxSessions)
      : dialect_(dialect), engine_(std::move(engine)), pool_(*engine_, maxSessions, sessionWait) {
    // SQLite has one writer at a time and each commit waits for the disk: writers share commits.
    // PostgreSQL writes concurrently and groups the commits' flushes itself.
    if (dialect_ == Dialect::Sqlite) groupCommit_.emplace(pool_, engine_->beginStatement(), detail::sqliteBusyTimeout);
  }

  Dialect dialect() const override { return dialect_; }

  possdk::Result<std::int64_t> exec(const std::string& sql, const possdk::SqlRow& params) override {
    return onConnection([&](Connection& c) { return c.exec(sql, params); });
  }

  possdk::Result<std::vector<possdk::SqlRow>> query(const std::string& sql, const possdk::SqlRow& params) override {
    return onConnection([&](Connection& c) { return c.query(sql, params); });
  }

  possdk::Status transaction(const std::function<possdk::Status(possdk::Sql&)>& work) override {
    if (current()) return work(*this);  // nested: part of the outer transaction
    if (groupCommit_) {
      return groupCommit_->run([&](Connection& connection) {
        const CurrentConnection scope(this, &connection);
        return work(*this);
      });
    }
    auto lease = pool_.borrow();
    if (auto begun = lease->exec(engine_->beginStatement(), {}); !begun) return possdk::Status::fail(begun.error());
    const CurrentConnection scope(this, &*lease);
    auto done = possdk::Status::ok();
    try {
      done = work(*this);
    } catch (...) {
      rollback(*lease);
      throw;
    }
    if (!done) {
      rollback(*lease);
      return done;
    }
    if (auto committed = lease->exec("COMMIT", {}); !committed) {
      rollback(*lease);
      return possdk::Status::fail(committed.error());
    }
    return possdk::Status::ok();
  }

  possdk::Status migrate(const std::string& owner, const std::vector<possdk::Migration>& steps) override {
    const detail::ScriptRunner script = [this](const std::string& sql) { return current()->script(sql); };
    return detail::applyMigrations(*this, *engine_, script, owner, steps);
  }

  bool reachable() override {
    try {
      return query("SELECT 1", {}).isOk();
    } catch (...) {
      return false;
    }
  }

 private:
  // The connection of the transaction this thread is running on this database, if any.
  class CurrentConnection {
   public:
    CurrentConnection(const PooledDatabase* db, Connection* connection) : db_(db) { table()[db] = connection; }
    ~CurrentConnection() { table().erase(db_); }
    CurrentConnection(const CurrentConnection&) = delete;
    CurrentConnection& operator=(const CurrentConnection&) = delete;

    static std::unordered_map<const PooledDatabase*, Connection*>& table() {
      thread_local std::unordered_map<const PooledDatabase*, Connection*> connections;
      return connections;
    }

   private:
    const PooledDatabase* db_;
  };

  Connection* current() const {
    const auto& table = CurrentConnection::table();
    const auto found = table.find(this);
    return found == table.end() ? nullptr : found->second;
  }

  template <typename Call>
  std::invoke_result_t<const Call&, Connection&> onConnection(const Call& call) {
    if (auto* connection = current()) return call(*connection);
    auto lease = pool_.borrow();
    return call(*lease);
  }

  // Best effort: on a lost connection the server has rolled back already.
  static void rollback(Connection& connection) {
    try {
      (void)connection.exec("ROLLBACK", {});
    } catch (...) {
    }
  }

  Dialect dialect_;
  std::unique_ptr<detail::Engine> engine_;
  detail::SessionPool pool_;
  std::optional<detail::GroupCommit> groupCommit_;
};

}  // namespace

std::unique_ptr<Database> Database::open(const DatabaseSpec& spec, std::size_t maxSessions) {
  registerConnectorsOnce();
  auto engine = spec.dialect == Dialect::Sqlite ? detail::makeSqliteEngine(spec.target, spec.redacted())
                                                : detail::makePostgresEngine(spec.target, spec.redacted());
  return std::make_unique<PooledDatabase>(spec.dialect, std::move(engine), maxSessions);
}

}  // namespace posserver::db
