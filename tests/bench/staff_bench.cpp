// What a sign-on costs at the counter (argon2id with the interactive limits), and what adding up a
// busy day's sales for a report costs.
#include <benchmark/benchmark.h>

#include "poscore/reports/report.hpp"
#include "poscore/staff/pin_hash.hpp"

namespace {

void BM_HashPin(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(poscore::staff::hashPin("12345678"));
}
BENCHMARK(BM_HashPin)->Unit(benchmark::kMillisecond)->Iterations(10)->Repetitions(5)->ReportAggregatesOnly(true);

void BM_VerifyPin(benchmark::State& state) {
  const auto hash = poscore::staff::hashPin("12345678").value();
  for (auto _ : state) benchmark::DoNotOptimize(poscore::staff::verifyPin(hash, "12345670"));
}
BENCHMARK(BM_VerifyPin)->Unit(benchmark::kMillisecond)->Iterations(10)->Repetitions(5)->ReportAggregatesOnly(true);

// state.range(0) sales of five lines, two tenders and two tax classes each.
void BM_AggregateDay(benchmark::State& state) {
  using poscore::Money;
  poscore::sale::Sale s;
  for (int l = 0; l < 5; ++l) {
    poscore::sale::SaleLine line;
    line.gross = Money::minor(100 + l);
    line.net = line.gross;
    line.taxClass = l % 2 ? "A" : "B";
    poscore::sale::Adjustment promotion;
    promotion.amount = Money::minor(-5);
    line.adjustments.push_back(promotion);
    s.lines.push_back(line);
  }
  poscore::sale::Tender card, cash;
  card.kind = "card";
  card.amount = Money::minor(300);
  cash.kind = "cash";
  cash.amount = Money::minor(210);
  cash.received = Money::minor(300);
  s.tenders = {card, cash};
  s.totals.taxes.resize(2);
  s.totals.taxes[0].taxClass = "A";
  s.totals.taxes[1].taxClass = "B";
  s.totals.change = Money::minor(90);
  poscore::reports::ReportInput input;
  input.completed.assign(static_cast<std::size_t>(state.range(0)), s);
  for (auto _ : state) {
    benchmark::DoNotOptimize(poscore::reports::aggregate(poscore::reports::ReportKind::X, {}, input));
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_AggregateDay)->Arg(2000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
