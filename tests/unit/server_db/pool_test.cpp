#include <atomic>
#include <thread>

#include <Poco/Data/SQLite/Connector.h>

#include "database_fixture.hpp"
#include "session_pool.hpp"
#include "sqlite_engine.hpp"

namespace posserver::db::test {
namespace {

std::int64_t mostConnectionsSeen(Database& db, int threads) {
  std::atomic<std::int64_t> most{0};
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t) {
    workers.emplace_back([&] {
      for (int i = 0; i < 10; ++i) {
        auto done = db.transaction([&](possdk::Sql& tx) {
          auto rows = tx.query("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()");
          if (!rows) return possdk::Status::fail(rows.error());
          const auto seen = std::get<std::int64_t>(rows.value().at(0).at(0));
          for (auto known = most.load(); seen > known && !most.compare_exchange_weak(known, seen);) {
          }
          return possdk::Status::ok();
        });
        EXPECT_TRUE(done.isOk()) << done.error();
      }
    });
  }
  for (auto& w : workers) w.join();
  return most.load();
}

// PostgreSQL lists its connections, so the bound can be seen from inside: 8 threads in
// transactions at once share the 3 sessions they are given.
TEST(DatabasePool, NeverOpensMoreThanMaxSessions) {
  POSTEST_REQUIRE_POSTGRES();
  postest::FreshPostgresDatabase fresh(*postest::postgresConnInfo());
  auto db = Database::open({Dialect::Postgres, fresh.connInfo()}, 3);
  const auto most = mostConnectionsSeen(*db, 8);
  EXPECT_GE(most, 1);
  EXPECT_LE(most, 3);
}

// A caller finding every session lent out gives up after the pool's wait, as if the database were
// down (503, the client retries), instead of holding its request thread until one comes back.
TEST(DatabasePool, WaitingForASessionIsBounded) {
  Poco::Data::SQLite::Connector::registerConnector();  // Database::open does it for the server
  postest::TempDir dir;
  auto engine = detail::makeSqliteEngine((dir / "server.db").string(), "server.db");
  detail::SessionPool pool(*engine, 1, std::chrono::milliseconds(50));
  {
    auto only = pool.borrow();
    try {
      (void)pool.borrow();
      ADD_FAILURE() << "expected DatabaseUnavailable";
    } catch (const DatabaseUnavailable& e) {
      EXPECT_NE(std::string(e.what()).find("all 1 database sessions stayed busy"), std::string::npos) << e.what();
    }
  }
  auto again = pool.borrow();
  EXPECT_TRUE(again->exec("SELECT 1", {}).isOk()) << "the session is lent again once given back";
}

}  // namespace
}  // namespace posserver::db::test
