// The durable commit of a 20-line sale through SaleStore, next to the least any code could do on
// the same machine: one bare sqlite3 transaction inserting the same rows into the same tables, with
// the same pragmas (WAL, synchronous=FULL, foreign keys) and statements prepared once. Prints the
// median and 99th percentile of each and their ratio. Run it with TMPDIR=/dev/shm as well to see the
// CPU side alone (no fsync): the disk hides most of it.
#include <Poco/JSON/Parser.h>
#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "poscore/journal/journal.hpp"
#include "poscore/sale/sale_json.hpp"
#include "poscore/sale/sale_store.hpp"
#include "poscore/services/clocks.hpp"
#include "temp_dir.hpp"

namespace {

using poscore::Money;
using namespace poscore::sale;
using Clock = std::chrono::steady_clock;

constexpr int kLines = 20;
constexpr int kCommits = 300;

std::map<std::string, std::vector<double>> samples;  // benchmark name -> microseconds per commit

Sale twentyLineSale(const std::string& id) {
  Sale s;
  s.id = id;
  s.cashierId = "c-07";
  for (int i = 1; i <= kLines; ++i) {
    SaleLine l;
    l.lineNo = i;
    l.productId = i;
    l.sku = "SKU-" + std::to_string(i);
    l.nameEn = "Jasmine tea 250 g";
    l.nameZh = "茉莉花茶 250 克";
    l.scannedCode = "06901234567892";
    l.taxClass = "A";
    l.quantity = 2;
    l.unitPrice = Money::minor(1250);
    l.gross = Money::minor(2500);
    l.adjustments.push_back({AdjustmentKind::Promotion, "P3FOR2", "3 for 2", "买二送一", Money::minor(-100)});
    l.net = Money::minor(2400);
    l.tax = Money::minor(276);
    s.lines.push_back(l);
  }
  s.tenders = {{1, "cash", Money::minor(48000), Money::minor(50000), ""}};
  s.totals.taxes = {{"A", Money::minor(48000), Money::minor(5522)}};
  return s;
}

void record(benchmark::State& state, const std::string& name, Clock::duration took) {
  state.SetIterationTime(std::chrono::duration<double>(took).count());
  samples[name].push_back(std::chrono::duration<double, std::micro>(took).count());
}

double percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1))];
}

void BM_SaleStoreCommit(benchmark::State& state) {
  postest::TempDir dir;
  poscore::SystemClock clock;
  poscore::LaneDb db{dir / "lane.db"};
  poscore::journal::Journal journal{db, clock};
  SaleStore store{db, journal, clock, "L01"};
  int n = 0;
  for (auto _ : state) {
    auto sale = twentyLineSale("S-" + std::to_string(++n));
    if (!store.saveOpen(sale)) throw std::runtime_error("saveOpen failed");
    const auto start = Clock::now();
    auto done = store.commit(sale);
    record(state, "SaleStore", Clock::now() - start);
    if (!done) throw std::runtime_error(done.error());
  }
}
BENCHMARK(BM_SaleStoreCommit)->UseManualTime()->Unit(benchmark::kMicrosecond)->Iterations(kCommits);

// The statements that write the rows of one completed sale, in the order SaleStore runs them.
enum Index { kSnapshot, kReceipt, kJournal, kHead, kHeader, kLine, kAdjustment, kTax, kTender, kDropSnapshot };
constexpr const char* kStatements[] = {
    "INSERT INTO open_sales(sale_id, state, cashier_id, updated_at, body) VALUES(?, ?, ?, ?, ?)",
    "INSERT INTO receipt_numbers(lane_id, last_sequence) VALUES(?, 1)"
    " ON CONFLICT(lane_id) DO UPDATE SET last_sequence = last_sequence + 1",
    "INSERT INTO journal(seq, at, type, staff_id, reference, payload, prev_hash, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO journal_head(one, last_seq, last_hash) VALUES(1, ?, ?)"
    " ON CONFLICT(one) DO UPDATE SET last_seq = excluded.last_seq, last_hash = excluded.last_hash",
    "INSERT INTO sales(sale_id, receipt_no, kind, original_receipt_no, cashier_id, opened_at, closed_at, line_count,"
    " discount_kind, discount_value, discount_by, discount_reason, gross, discounts, net, tax_added, total, rounding,"
    " due, paid, change_given, journal_seq) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO sale_lines(sale_id, line_no, product_id, sku, name_en, name_zh, scanned_code, tax_class, unit,"
    " quantity, unit_price, price_override, override_by, override_reason, embedded_price, discount_kind,"
    " discount_value, discount_by, discount_reason, voided, return_of_line, gross, net, tax)"
    " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO sale_adjustments(sale_id, line_no, position, kind, code, label_en, label_zh, amount)"
    " VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO sale_taxes(sale_id, tax_class, net, tax) VALUES(?, ?, ?, ?)",
    "INSERT INTO sale_tenders(sale_id, seq, kind, amount, received, reference) VALUES(?, ?, ?, ?, ?, ?)",
    "DELETE FROM open_sales WHERE sale_id = ?",
};

template <typename Run>
void writeRows(Run run, const Sale& s, const std::string& payload, std::int64_t seq) {
  run(kReceipt, {"L01"});
  const std::string receipt = "L01-" + std::to_string(100000000 + seq).substr(1);
  const std::string hash(64, 'a');
  run(kJournal, {seq, "2026-11-22T10:00:00.000Z", "sale", s.cashierId, receipt, payload, hash, hash});
  run(kHead, {seq, hash});
  run(kHeader, {s.id, receipt, "sale", nullptr, s.cashierId, "2026-11-22T10:00:00.000Z", "2026-11-22T10:01:00.000Z",
                std::int64_t{kLines}, nullptr, nullptr, nullptr, nullptr, std::int64_t{50000}, std::int64_t{-2000},
                std::int64_t{48000}, std::int64_t{0}, std::int64_t{48000}, std::int64_t{0}, std::int64_t{48000},
                std::int64_t{50000}, std::int64_t{2000}, seq});
  for (const auto& l : s.lines) {
    run(kLine, {s.id, std::int64_t{l.lineNo}, l.productId, l.sku, l.nameEn, l.nameZh, l.scannedCode, l.taxClass,
                "each", l.quantity, l.unitPrice.minorUnits(), nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
                nullptr, nullptr, std::int64_t{0}, nullptr, l.gross.minorUnits(), l.net.minorUnits(),
                l.tax.minorUnits()});
    const auto& a = l.adjustments[0];
    run(kAdjustment, {s.id, std::int64_t{l.lineNo}, std::int64_t{1}, "promotion", a.code, a.labelEn, a.labelZh,
                      a.amount.minorUnits()});
  }
  run(kTax, {s.id, "A", std::int64_t{48000}, std::int64_t{5522}});
  run(kTender, {s.id, std::int64_t{1}, "cash", std::int64_t{48000}, std::int64_t{50000}, ""});
  run(kDropSnapshot, {s.id});
}

// The same rows by hand: statements prepared once, values bound, one transaction.
class BareLane {
 public:
  explicit BareLane(const std::filesystem::path& file) {
    {  // the very tables SaleStore uses, made by its own migrations
      poscore::SystemClock clock;
      poscore::LaneDb schema{file};
      poscore::journal::Journal journal{schema, clock};
      SaleStore store{schema, journal, clock, "L01"};
    }
    if (sqlite3_open(file.c_str(), &db_) != SQLITE_OK) throw std::runtime_error("cannot open the bare database");
    exec("PRAGMA journal_mode=WAL");
    exec("PRAGMA synchronous=FULL");
    exec("PRAGMA foreign_keys=ON");
    for (const char* sql : kStatements) statements_.push_back(prepare(sql));
  }
  ~BareLane() {
    for (auto* s : statements_) sqlite3_finalize(s);
    sqlite3_close(db_);
  }

  void keepOpen(const Sale& sale, const std::string& body) {
    run(kSnapshot, {sale.id, "open", sale.cashierId, "2026-11-22T10:00:00.000Z", body});
  }

  void commit(const Sale& s, const std::string& payload, std::int64_t seq) {
    exec("BEGIN IMMEDIATE");
    writeRows([this](Index which, const possdk::SqlRow& params) { run(which, params); }, s, payload, seq);
    exec("COMMIT");
  }

 private:

  void exec(const char* sql) {
    if (sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) != SQLITE_OK) throw std::runtime_error(sqlite3_errmsg(db_));
  }
  sqlite3_stmt* prepare(const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
      throw std::runtime_error(sqlite3_errmsg(db_));
    }
    return stmt;
  }
  void run(Index which, const possdk::SqlRow& params) {
    auto* stmt = statements_[which];
    sqlite3_reset(stmt);
    for (std::size_t i = 0; i < params.size(); ++i) {
      const int at = static_cast<int>(i) + 1;
      if (const auto* n = std::get_if<std::int64_t>(&params[i])) {
        sqlite3_bind_int64(stmt, at, *n);
      } else if (const auto* t = std::get_if<std::string>(&params[i])) {
        sqlite3_bind_text(stmt, at, t->data(), static_cast<int>(t->size()), SQLITE_TRANSIENT);
      } else {
        sqlite3_bind_null(stmt, at);
      }
    }
    if (sqlite3_step(stmt) != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(db_));
  }

  sqlite3* db_ = nullptr;
  std::vector<sqlite3_stmt*> statements_;
};

void BM_BareSqliteCommit(benchmark::State& state) {
  postest::TempDir dir;
  BareLane lane{dir / "bare.db"};
  std::int64_t n = 0;
  for (auto _ : state) {
    auto sale = twentyLineSale("S-" + std::to_string(++n));
    const auto body = toJson(sale);
    lane.keepOpen(sale, body);
    const auto start = Clock::now();
    lane.commit(sale, body, n);
    record(state, "bare sqlite3", Clock::now() - start);
  }
}
BENCHMARK(BM_BareSqliteCommit)->UseManualTime()->Unit(benchmark::kMicrosecond)->Iterations(kCommits);

// The same statements through LaneDb: what SaleStore pays for LaneDb preparing every statement on
// every call, without its own work (JSON, hashing, checks).
void BM_LaneDbSameRows(benchmark::State& state) {
  postest::TempDir dir;
  BareLane{dir / "lane.db"};  // makes the tables
  poscore::LaneDb db{dir / "lane.db"};
  std::int64_t n = 0;
  for (auto _ : state) {
    auto sale = twentyLineSale("S-" + std::to_string(++n));
    const auto body = toJson(sale);
    if (!db.exec(kStatements[kSnapshot], {sale.id, "open", sale.cashierId, "2026-11-22T10:00:00.000Z", body})) {
      throw std::runtime_error("cannot keep the sale");
    }
    const auto start = Clock::now();
    auto done = db.transaction([&](possdk::Sql& sql) {
      writeRows([&](Index which, const possdk::SqlRow& params) {
        if (auto ran = sql.exec(kStatements[which], params); !ran) throw std::runtime_error(ran.error());
      }, sale, body, n);
      return possdk::Status::ok();
    });
    record(state, "LaneDb rows", Clock::now() - start);
    if (!done) throw std::runtime_error(done.error());
  }
}
BENCHMARK(BM_LaneDbSameRows)->UseManualTime()->Unit(benchmark::kMicrosecond)->Iterations(kCommits);

// The sale's JSON: written for the journal payload, then parsed back by the journal's check.
void BM_SaleJsonWriteAndCheck(benchmark::State& state) {
  const auto sale = twentyLineSale("S-1");
  for (auto _ : state) {
    const auto start = Clock::now();
    auto parsed = Poco::JSON::Parser().parse(toJson(sale));
    record(state, "sale JSON", Clock::now() - start);
    benchmark::DoNotOptimize(parsed);
  }
}
BENCHMARK(BM_SaleJsonWriteAndCheck)->UseManualTime()->Unit(benchmark::kMicrosecond)->Iterations(kCommits);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  std::map<std::string, double> medians;
  for (const auto& [name, values] : samples) {
    medians[name] = percentile(values, 0.5);
    std::printf("%-14s %5zu commits of %d lines: p50 %8.1f us  p99 %8.1f us\n", name.c_str(), values.size(), kLines,
                medians[name], percentile(values, 0.99));
  }
  if (medians.count("SaleStore") != 0 && medians.count("bare sqlite3") != 0) {
    std::printf("SaleStore / bare sqlite3 (p50): %.2f\n", medians["SaleStore"] / medians["bare sqlite3"]);
  }
  if (medians.count("LaneDb rows") != 0 && medians.count("bare sqlite3") != 0) {
    std::printf("LaneDb rows / bare sqlite3 (p50): %.2f  (statements prepared per call)\n",
                medians["LaneDb rows"] / medians["bare sqlite3"]);
  }
}
