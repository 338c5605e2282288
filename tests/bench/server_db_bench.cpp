// pos-server's database layer: a point lookup and a durable one-row transaction through
// posserver::db::Database, against the same lookup on a bare, reused SQLite statement. PostgreSQL
// runs when the test cluster is up (scripts/pg-test-cluster.sh start build/pg-test).
#include <benchmark/benchmark.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "posserver/db/database.hpp"
#include "temp_dir.hpp"

namespace {

using posserver::db::Database;
using posserver::db::DatabaseSpec;
using posserver::db::Dialect;

constexpr std::int64_t members = 10000;

void fill(Database& db) {
  (void)db.migrate("bench", {{1, "members", "CREATE TABLE members (id {{id}}, points BIGINT NOT NULL)"}});
  (void)db.transaction([](possdk::Sql& tx) {
    for (std::int64_t i = 0; i < members; ++i) {
      if (!tx.exec("INSERT INTO members (points) VALUES (?)", {i})) return possdk::Status::fail("insert");
    }
    return possdk::Status::ok();
  });
}

// A SQLite file in a temp folder, or a fresh database on the test cluster; null when there is none.
struct BenchDatabase {
  explicit BenchDatabase(Dialect dialect) {
    if (dialect == Dialect::Sqlite) {
      spec = {Dialect::Sqlite, (dir / "bench.db").string()};
    } else {
      std::ifstream in(std::filesystem::path(POS_BINARY_DIR) / "pg-test" / "conninfo");
      std::string cluster;
      if (!std::getline(in, cluster)) return;
      admin = Database::open({Dialect::Postgres, cluster}, 1);
      name = "pos_bench_" + std::to_string(::getpid());
      (void)admin->exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      if (!admin->exec("CREATE DATABASE " + name)) return;
      spec = {Dialect::Postgres, cluster + " dbname=" + name};
    }
    db = Database::open(spec);
    fill(*db);
  }
  ~BenchDatabase() {
    db.reset();
    if (admin) (void)admin->exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }
  postest::TempDir dir;
  DatabaseSpec spec;
  std::unique_ptr<Database> admin;
  std::string name;
  std::unique_ptr<Database> db;
};

void lookup(benchmark::State& state, Dialect dialect) {
  BenchDatabase bench(dialect);
  if (!bench.db) {
    state.SkipWithError("no PostgreSQL test cluster");
    return;
  }
  std::int64_t id = 0;
  for (auto _ : state) {
    auto rows = bench.db->query("SELECT points FROM members WHERE id = ?", {id % members + 1});
    benchmark::DoNotOptimize(rows);
    ++id;
  }
}

void durableInsert(benchmark::State& state, Dialect dialect) {
  BenchDatabase bench(dialect);
  if (!bench.db) {
    state.SkipWithError("no PostgreSQL test cluster");
    return;
  }
  for (auto _ : state) {
    auto done = bench.db->transaction([](possdk::Sql& tx) {
      auto added = tx.exec("INSERT INTO members (points) VALUES (?)", {std::int64_t{5}});
      return added ? possdk::Status::ok() : possdk::Status::fail(added.error());
    });
    benchmark::DoNotOptimize(done);
  }
}

void BM_Lookup_Sqlite(benchmark::State& state) { lookup(state, Dialect::Sqlite); }
void BM_Lookup_Postgres(benchmark::State& state) { lookup(state, Dialect::Postgres); }
void BM_DurableInsert_Sqlite(benchmark::State& state) { durableInsert(state, Dialect::Sqlite); }
void BM_DurableInsert_Postgres(benchmark::State& state) { durableInsert(state, Dialect::Postgres); }

// The floor: one prepared statement, reused, on the bare SQLite handle.
void BM_Lookup_BareSqlite(benchmark::State& state) {
  BenchDatabase bench(Dialect::Sqlite);
  sqlite3* handle = nullptr;
  sqlite3_open(bench.spec.target.c_str(), &handle);
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(handle, "SELECT points FROM members WHERE id = ?", -1, &stmt, nullptr);
  std::int64_t id = 0;
  for (auto _ : state) {
    sqlite3_bind_int64(stmt, 1, id % members + 1);
    if (sqlite3_step(stmt) == SQLITE_ROW) benchmark::DoNotOptimize(sqlite3_column_int64(stmt, 0));
    sqlite3_reset(stmt);
    ++id;
  }
  sqlite3_finalize(stmt);
  sqlite3_close(handle);
}

BENCHMARK(BM_Lookup_BareSqlite);
BENCHMARK(BM_Lookup_Sqlite);
BENCHMARK(BM_Lookup_Postgres);
BENCHMARK(BM_DurableInsert_Sqlite);
BENCHMARK(BM_DurableInsert_Postgres);

}  // namespace

BENCHMARK_MAIN();
