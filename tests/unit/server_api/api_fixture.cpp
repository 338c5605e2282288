#include "api_fixture.hpp"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/URI.h>

#include <latch>
#include <thread>

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

void ApiTest::SetUp() {
  if (GetParam() == Dialect::Postgres) POSTEST_REQUIRE_POSTGRES();
  // SQLite has one writer at a time and its busy handler is not fair: with many sessions a writer can
  // lose the lock for longer than the busy timeout on a loaded machine ("database is locked"). A few
  // sessions make the rest queue in the pool, which waits without a timeout.
  database_ = std::make_unique<ScratchDatabase>(GetParam(), GetParam() == Dialect::Sqlite ? 4 : 32);
  auto& database = **database_;
  ASSERT_TRUE(posserver::api::migrateCore(database).isOk());
  posserver::api::addCoreRoutes(routes_, database, clock_, metrics_);
  authenticator_ = std::make_unique<posserver::api::DeviceAuthenticator>(database, clock_, log_);
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

void ApiTest::runTogether(int n, const std::function<void(int)>& work) {
  // On SQLite a transaction holds the one write lock, so there is no pool to warm that way, and
  // no connection setup to wait for either.
  const int warmed = GetParam() == posserver::db::Dialect::Postgres ? n : 0;
  std::latch warm(warmed);
  std::vector<std::thread> warmers;
  for (int i = 0; i < warmed; ++i) {
    warmers.emplace_back([&] {
      // Each holds its session until all have one, so the pool ends up with n open.
      (void)(*database_)->transaction([&](possdk::Sql&) {
        warm.arrive_and_wait();
        return possdk::Status::ok();
      });
    });
  }
  for (auto& warmer : warmers) warmer.join();
  std::latch start(n);
  std::vector<std::thread> threads;
  for (int i = 0; i < n; ++i) {
    threads.emplace_back([&, i] {
      start.arrive_and_wait();
      work(i);
    });
  }
  for (auto& thread : threads) thread.join();
}

std::map<std::string, std::int64_t> ApiTest::tableCounts() {
  std::map<std::string, std::int64_t> counts;
  for (const char* table : {"stores", "devices", "enrolment_codes", "catalog_changes", "sales", "members",
                            "points_balances", "points_ledger", "catalog_products", "catalog_barcodes"}) {
    counts[table] = count(table);
  }
  // Rows that change in place: a refused request must not touch them either.
  auto head = (*database_)->query("SELECT version FROM catalog_head");
  counts["catalog_head.version"] = std::get<std::int64_t>(head.value().at(0).at(0));
  auto points = (*database_)->query("SELECT COALESCE(SUM(balance), 0) FROM points_balances");
  counts["points_balances.sum"] = std::get<std::int64_t>(points.value().at(0).at(0));
  auto used = (*database_)->query("SELECT COUNT(*) FROM enrolment_codes WHERE used_at IS NOT NULL");
  counts["enrolment_codes.used"] = std::get<std::int64_t>(used.value().at(0).at(0));
  return counts;
}

}  // namespace postest
