// The catalog at supermarket-chain size: importing a generated 1,000,000-product file (into an empty
// catalog, then again over itself), and barcode
// lookups through CatalogStore next to a bare sqlite3 prepared statement running the same SQL on the
// same file. Each lookup is timed on its own (steady_clock); p50 and p99 are reported as counters.
// Writing the generated file is timed apart from the import (generate_s, import_s); import_cpu_s is
// the process CPU time the import took, steadier than wall time on a shared machine.
#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <random>

#include "poscore/barcode/gtin.hpp"
#include "poscore/catalog/catalog_csv.hpp"
#include "temp_dir.hpp"

namespace {

using Clock = std::chrono::steady_clock;
// POS_BENCH_PRODUCTS overrides the size for a quicker look.
const std::size_t kProducts = std::getenv("POS_BENCH_PRODUCTS") ? std::stoul(std::getenv("POS_BENCH_PRODUCTS")) : 1'000'000;
constexpr std::size_t kLookups = 200'000;

// Every 40th item is weighed and carries a variable-measure key (prefix 20, value digits zero).
bool weighed(std::size_t i) { return i % 40 == 0; }

std::string ean13(std::size_t i) {
  char digits[32];
  if (weighed(i)) {
    std::snprintf(digits, sizeof digits, "20%05zu00000", (i / 40) % 100000);
  } else {
    std::snprintf(digits, sizeof digits, "69%01zu%09zu", 0 + (i / 1000) % 6, i);
  }
  return std::string(digits) + *poscore::barcode::gs1CheckDigit(digits);
}

std::filesystem::path generate(const postest::TempDir& dir) {
  const auto file = dir / "catalog-1m.csv";
  std::ofstream out(file, std::ios::binary);
  out << "sku,barcodes,name_en,name_zh,price,tax_class,unit,tare_g,expected_weight_g,weight_spread_g,eas,age_restricted\n";
  std::mt19937_64 random(42);
  for (std::size_t i = 0; i < kProducts; ++i) {
    const auto cents = 100 + random() % 20000;
    out << "SKU" << i << ',' << ean13(i) << ",Product " << i << " 500 g,商品 " << i << " 500克," << cents / 100 << '.'
        << (cents % 100 < 10 ? "0" : "") << cents % 100 << ',' << "ABC"[i % 3] << ',' << (weighed(i) ? "weight" : "each")
        << ",0," << 100 + i % 900 << ',' << 2 + i % 20 << ',' << (i % 97 == 0 ? 1 : 0) << ',' << (i % 89 == 0 ? 1 : 0)
        << '\n';
  }
  return file;
}

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

double cpuSecondsSince(std::clock_t start) { return static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC; }

struct Lane {
  postest::TempDir dir;
  Clock::time_point generateStart = Clock::now();
  std::filesystem::path csv = generate(dir);
  double generateSeconds = secondsSince(generateStart);
  poscore::LaneDb db{dir / "lane.db"};
  poscore::catalog::CatalogStore store = poscore::catalog::CatalogStore::open(db).value();
  double importSeconds = 0;
  double importCpuSeconds = 0;
  std::vector<std::string> keys;
};

Lane& lane() {
  static Lane l;
  return l;
}

void importOnce() {
  auto& l = lane();
  if (l.importSeconds > 0) return;
  const auto start = Clock::now();
  const auto cpuStart = std::clock();
  auto report = poscore::catalog::importCatalogCsvFile(l.store, l.csv, {});
  l.importSeconds = secondsSince(start);
  l.importCpuSeconds = cpuSecondsSince(cpuStart);
  if (!report || !report.value().clean()) throw std::runtime_error("the generated catalog did not import");
  std::mt19937_64 random(7);
  for (std::size_t i = 0; i < kLookups; ++i) l.keys.push_back(*poscore::barcode::toGtin14(ean13(random() % kProducts)));
}

void setPercentiles(benchmark::State& state, std::vector<double>& micros) {
  std::sort(micros.begin(), micros.end());
  state.counters["p50_us"] = micros[micros.size() / 2];
  state.counters["p99_us"] = micros[micros.size() * 99 / 100];
  state.counters["max_us"] = micros.back();
}

void BM_ImportMillionProducts(benchmark::State& state) {
  for (auto _ : state) importOnce();
  state.counters["generate_s"] = lane().generateSeconds;
  state.counters["import_s"] = lane().importSeconds;
  state.counters["import_cpu_s"] = lane().importCpuSeconds;
  state.counters["products"] = static_cast<double>(lane().store.count().value());
}
BENCHMARK(BM_ImportMillionProducts)->Iterations(1)->Unit(benchmark::kSecond);

// The same file again: every row now updates a product and replaces barcodes the catalog holds.
void BM_ReimportMillionProducts(benchmark::State& state) {
  importOnce();
  auto& l = lane();
  double seconds = 0;
  double cpuSeconds = 0;
  for (auto _ : state) {
    const auto start = Clock::now();
    const auto cpuStart = std::clock();
    auto report = poscore::catalog::importCatalogCsvFile(l.store, l.csv, {});
    seconds = secondsSince(start);
    cpuSeconds = cpuSecondsSince(cpuStart);
    if (!report || !report.value().clean()) throw std::runtime_error("the generated catalog did not import again");
  }
  state.counters["import_s"] = seconds;
  state.counters["import_cpu_s"] = cpuSeconds;
}
BENCHMARK(BM_ReimportMillionProducts)->Iterations(1)->Unit(benchmark::kSecond);

void BM_LookupThroughCatalogStore(benchmark::State& state) {
  importOnce();
  auto& l = lane();
  std::vector<double> micros;
  micros.reserve(l.keys.size());
  for (auto _ : state) {
    for (const auto& key : l.keys) {
      const auto start = Clock::now();
      auto found = l.store.findByBarcode(key);
      micros.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
      if (!found || !found.value()) throw std::runtime_error("a generated barcode was not found");
    }
  }
  setPercentiles(state, micros);
}
BENCHMARK(BM_LookupThroughCatalogStore)->Iterations(1)->Unit(benchmark::kMillisecond);

// The same SQL on its own connection, reading every column into a Product as the store does.
void BM_LookupBareSqlite(benchmark::State& state) {
  importOnce();
  auto& l = lane();
  sqlite3* db = nullptr;
  sqlite3_open_v2((l.dir / "lane.db").c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  // The lane database's read settings, so the two differ only by the code around the statement.
  sqlite3_exec(db, "PRAGMA mmap_size=268435456", nullptr, nullptr, nullptr);
  const char* sql =
      "SELECT p.id, p.sku, p.name_en, p.name_zh, p.price_minor, p.tax_class, p.unit, p.tare_g,"
      " p.expected_weight_g, p.weight_spread_g, p.eas, p.age_restricted,"
      " (SELECT group_concat(b.gtin14, '|') FROM catalog_barcodes b WHERE b.product_id = p.id)"
      " FROM catalog_products p JOIN catalog_barcodes k ON k.product_id = p.id WHERE k.gtin14 = ?";
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
  auto text = [stmt](int column) {
    return std::string(reinterpret_cast<const char*>(sqlite3_column_text(stmt, column)),
                       static_cast<std::size_t>(sqlite3_column_bytes(stmt, column)));
  };
  std::vector<double> micros;
  micros.reserve(l.keys.size());
  for (auto _ : state) {
    for (const auto& key : l.keys) {
      const auto start = Clock::now();
      sqlite3_bind_text(stmt, 1, key.data(), static_cast<int>(key.size()), SQLITE_STATIC);
      if (sqlite3_step(stmt) != SQLITE_ROW) throw std::runtime_error("a generated barcode was not found");
      poscore::catalog::Product p;
      p.id = sqlite3_column_int64(stmt, 0);
      p.sku = text(1);
      p.nameEn = text(2);
      p.nameZh = text(3);
      p.price = poscore::Money::minor(sqlite3_column_int64(stmt, 4));
      p.taxClass = text(5);
      p.unit = text(6) == "weight" ? poscore::catalog::SaleUnit::Weight : poscore::catalog::SaleUnit::Each;
      p.tareGrams = sqlite3_column_int64(stmt, 7);
      p.expectedWeightGrams = sqlite3_column_int64(stmt, 8);
      p.weightSpreadGrams = sqlite3_column_int64(stmt, 9);
      p.easTagged = sqlite3_column_int64(stmt, 10) != 0;
      p.ageRestricted = sqlite3_column_int64(stmt, 11) != 0;
      p.barcodes.push_back(text(12));
      sqlite3_reset(stmt);
      micros.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
      benchmark::DoNotOptimize(p);
    }
  }
  sqlite3_finalize(stmt);
  sqlite3_close_v2(db);
  setPercentiles(state, micros);
}
BENCHMARK(BM_LookupBareSqlite)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
