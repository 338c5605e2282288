#include "api_fixture.hpp"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/URI.h>

#include <atomic>
#include <cstdlib>
#include <unistd.h>

#include "posserver/api/core_api.hpp"
#include "core_tables.hpp"
#include "posserver/api/enrolment_codes.hpp"

namespace postest {
using posserver::db::Dialect;

void CollectingLogger::log(possdk::LogLevel, std::string_view message) {
  const std::lock_guard lock(mutex_);
  lines_.emplace_back(message);
}

std::vector<std::string> CollectingLogger::lines() const {
  const std::lock_guard lock(mutex_);
  return lines_;
}

std::optional<std::string> testPostgres() {
  const char* words = std::getenv("POS_TEST_PG_CONNINFO");
  if (words == nullptr || *words == '\0') return postgresConnInfo();
  return std::string(words);
}

namespace {

std::unique_ptr<posserver::db::Database> openOrFail(const std::string& target) {
  auto spec = posserver::db::DatabaseSpec::parse(target);
  if (!spec) throw std::runtime_error(spec.error());
  return posserver::db::Database::open(spec.value(), 32);
}

void mustExec(posserver::db::Database& database, const std::string& sql) {
  if (auto done = database.exec(sql); !done) throw std::runtime_error(done.error());
}

}  // namespace

ScratchDatabase::ScratchDatabase(Dialect dialect) {
  if (dialect == Dialect::Sqlite) {
    database_ = openOrFail((dir_ / "server.db").string());
    return;
  }
  static std::atomic<int> next{0};
  pgName_ = "api_" + std::to_string(::getpid()) + "_" + std::to_string(next++);
  auto admin = openOrFail(*testPostgres());
  mustExec(*admin, "DROP DATABASE IF EXISTS " + pgName_);
  mustExec(*admin, "CREATE DATABASE " + pgName_);
  // Later words win in a libpq connection string.
  database_ = openOrFail(*testPostgres() + " dbname=" + pgName_);
}

ScratchDatabase::~ScratchDatabase() {
  database_.reset();
  if (pgName_.empty()) return;
  try {
    auto admin = openOrFail(*testPostgres());
    mustExec(*admin, "DROP DATABASE IF EXISTS " + pgName_ + " WITH (FORCE)");
  } catch (const std::exception&) {
    // A database left behind on a throwaway cluster harms nothing.
  }
}

void ApiTest::SetUp() {
  if (GetParam() == Dialect::Postgres && !testPostgres()) {
    GTEST_SKIP() << "no PostgreSQL test cluster: start one with scripts/pg-test-cluster.sh and set POS_TEST_PG_CONNINFO";
  }
  database_ = std::make_unique<ScratchDatabase>(GetParam());
  auto& database = **database_;
  ASSERT_TRUE(posserver::api::migrateCore(database).isOk());
  posserver::api::addCoreRoutes(routes_, database, clock_, metrics_);
  authenticator_ = std::make_unique<posserver::api::DeviceAuthenticator>(database, clock_);
  limiter_ = std::make_unique<posserver::http::RateLimiter>(clock_);
  posserver::api::configureCoreRateLimits(*limiter_);
  dispatcher_ = std::make_unique<posserver::http::Dispatcher>(routes_, *authenticator_, *limiter_, metrics_, clock_, log_);
}

Answer ApiTest::call(const std::string& method, const std::string& target, const std::string& body,
                     const std::string& token, const std::map<std::string, std::string>& headers) {
  posserver::http::Request request;
  request.method = method;
  const Poco::URI uri(target);
  request.path = uri.getPath();
  for (const auto& [name, value] : uri.getQueryParameters()) request.query[name] = value;
  request.body = body;
  request.remoteAddress = "127.0.0.1";
  if (!body.empty()) request.headers["content-type"] = "application/json";
  if (!token.empty()) request.headers["authorization"] = "Bearer " + token;
  for (const auto& [name, value] : headers) request.headers[name] = value;
  const auto response = dispatcher_->handle(request);
  return {response.status, response.body, response.headers};
}

std::string ApiTest::enrol(const std::string& role, const std::string& storeId, const std::optional<std::string>& laneId) {
  posserver::api::EnrolmentCodeRequest wanted{role, storeId, laneId};
  auto code = posserver::api::makeEnrolmentCode(**database_, clock_, wanted);
  if (!code) throw std::runtime_error(code.error());
  const auto answer = call("POST", "/api/v1/enrol", R"({"code":")" + code.value().code + R"(","name":"test )" + role + R"("})");
  if (answer.status != 201) throw std::runtime_error("enrol answered " + std::to_string(answer.status) + " " + answer.body);
  return Poco::JSON::Parser().parse(answer.body).extract<Poco::JSON::Object::Ptr>()->getValue<std::string>("token");
}

std::int64_t ApiTest::count(const std::string& table) { return countRows(**database_, table); }

std::map<std::string, std::int64_t> ApiTest::tableCounts() { return coreTableCounts(**database_); }

}  // namespace postest
