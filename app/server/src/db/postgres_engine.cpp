#include "postgres_engine.hpp"

#include <Poco/Data/PostgreSQL/SessionImpl.h>
#include <Poco/Data/Session.h>
#include <libpq-fe.h>

#include <chrono>
#include <cstdlib>
#include <memory>
#include <optional>
#include <stdexcept>

#include "posserver/db/database.hpp"
#include "postgres_values.hpp"
#include "sql_text.hpp"

namespace posserver::db::detail {
namespace {

using ResultPtr = std::unique_ptr<PGresult, decltype(&PQclear)>;

// An unanswering server or a stuck statement must not hold a request thread (and its pooled
// session) for ever: a connect that is not through in this long fails and the call answers 503
// (unless the connection string names its own connect_timeout), and a statement running longer is
// cancelled by the server.
constexpr std::chrono::seconds connectTimeout{5};
constexpr std::chrono::milliseconds statementTimeout{30000};

std::string trimmed(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

class PostgresConnection : public Connection {
 public:
  PostgresConnection(Poco::Data::Session session, std::string shownTarget)
      : session_(std::move(session)), shownTarget_(std::move(shownTarget)) {
    auto* impl = dynamic_cast<Poco::Data::PostgreSQL::SessionImpl*>(session_.impl());
    if (impl == nullptr) throw std::logic_error("Poco gave a PostgreSQL session of another kind");
    conn_ = impl->handle();
    // Notices ("already exists, skipping") are not errors; libpq would print them on stderr.
    PQsetNoticeProcessor(conn_, [](void*, const char*) {}, nullptr);
    const auto set = script("SET statement_timeout = " + std::to_string(statementTimeout.count()));
    if (!set) throw DatabaseUnavailable("cannot set up the PostgreSQL session on " + shownTarget_ + ": " + set.error());
  }

  possdk::Result<std::int64_t> exec(const std::string& sql, const possdk::SqlRow& params) override {
    auto result = run(sql, params);
    if (!result) return possdk::Result<std::int64_t>::fail(result.error());
    const char* changed = PQcmdTuples(result.value().get());
    return std::int64_t{*changed ? std::strtoll(changed, nullptr, 10) : 0};
  }

  possdk::Result<std::vector<possdk::SqlRow>> query(const std::string& sql, const possdk::SqlRow& params) override {
    auto result = run(sql, params);
    if (!result) return possdk::Result<std::vector<possdk::SqlRow>>::fail(result.error());
    auto rows = readPostgresRows(result.value().get());
    if (!rows) return possdk::Result<std::vector<possdk::SqlRow>>::fail(statementHead(sql) + ": " + rows.error());
    return rows;
  }

  possdk::Status script(const std::string& sql) override {
    ResultPtr result(PQexec(conn_, sql.c_str()), &PQclear);
    if (const auto error = failure(sql, result.get())) return possdk::Status::fail(*error);
    return possdk::Status::ok();
  }

  bool usable() override {
    if (PQstatus(conn_) != CONNECTION_OK) return false;
    // Reads what the server sent while the connection sat idle: a restart's goodbye marks it bad.
    return PQconsumeInput(conn_) == 1 && PQstatus(conn_) == CONNECTION_OK;
  }

  bool inTransaction() override { return PQtransactionStatus(conn_) != PQTRANS_IDLE; }

 private:
  possdk::Result<ResultPtr> run(const std::string& sql, const possdk::SqlRow& params) {
    const PostgresParams wire(params);
    ResultPtr result(PQexecParams(conn_, numberPlaceholders(sql).c_str(), wire.count(), wire.types(), wire.values(),
                                  wire.lengths(), wire.formats(), 0),
                     &PQclear);
    if (const auto error = failure(sql, result.get())) return possdk::Result<ResultPtr>::fail(*error);
    return result;
  }

  // The database's message when the statement failed; a lost connection throws instead.
  std::optional<std::string> failure(const std::string& sql, const PGresult* result) {
    const auto status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY) return std::nullopt;
    const std::string message = statementHead(sql) + ": " + trimmed(PQerrorMessage(conn_));
    if (PQstatus(conn_) != CONNECTION_OK) {
      throw DatabaseUnavailable("lost the PostgreSQL database " + shownTarget_ + ": " + message);
    }
    return message;
  }

  Poco::Data::Session session_;
  PGconn* conn_ = nullptr;
  std::string shownTarget_;
};

class PostgresEngine : public Engine {
 public:
  PostgresEngine(std::string conninfo, std::string shownTarget)
      : conninfo_(std::move(conninfo)), shownTarget_(std::move(shownTarget)) {}

  std::unique_ptr<Connection> connect() override {
    try {
      return std::make_unique<PostgresConnection>(Poco::Data::Session("PostgreSQL", conninfo_, static_cast<std::size_t>(connectTimeout.count())), shownTarget_);
    } catch (const Poco::Exception& e) {
      throw DatabaseUnavailable("cannot connect to the PostgreSQL database " + shownTarget_ + ": " +
                                trimmed(e.message().empty() ? e.displayText() : e.message()));
    }
  }
  std::string beginStatement() const override { return "BEGIN ISOLATION LEVEL READ COMMITTED"; }
  // Held until the transaction ends; the key is any constant both servers agree on.
  std::string migrationLockStatement() const override { return "SELECT pg_advisory_xact_lock(7508130301)"; }
  std::string idColumnType() const override { return "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"; }
  std::string blobColumnType() const override { return "BYTEA"; }

 private:
  std::string conninfo_;
  std::string shownTarget_;
};

}  // namespace

std::unique_ptr<Engine> makePostgresEngine(const std::string& conninfo, const std::string& shownTarget) {
  return std::make_unique<PostgresEngine>(conninfo, shownTarget);
}

}  // namespace posserver::db::detail
