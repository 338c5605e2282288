#include <atomic>
#include <thread>

#include "database_fixture.hpp"

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

}  // namespace
}  // namespace posserver::db::test
