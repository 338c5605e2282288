// The tolerance band and its verdict for baskets of 1, 10 and 30 lines of generated items with
// learned stats (Student's t included), as the exit lane computes them for each bag.
#include <benchmark/benchmark.h>

#include <vector>

#include "src/tolerance/basket_generator.hpp"
#include "src/tolerance/tolerance_model.hpp"

namespace {

std::vector<weighing::ItemWeight> basketOf(std::size_t lines) {
  weighing::BasketGenerator generator(17);
  std::vector<weighing::ItemWeight> items;
  while (items.size() < lines) {
    for (const auto& line : generator.next().lines) {
      if (items.size() < lines && (line.known.learned || line.known.catalogMg > 0)) items.push_back(line.known);
    }
  }
  return items;
}

void BM_ExpectedBandAndJudge(benchmark::State& state) {
  const auto items = basketOf(static_cast<std::size_t>(state.range(0)));
  const weighing::ToleranceSettings settings;
  std::int64_t measured = 4'000'000;
  for (auto _ : state) {
    const auto expectation = weighing::expectedBand(items, 12000, 2000, settings);
    auto judgement = weighing::judge(expectation, measured);
    benchmark::DoNotOptimize(judgement);
    measured += 2000;
  }
}
BENCHMARK(BM_ExpectedBandAndJudge)->Arg(1)->Arg(10)->Arg(30);

}  // namespace
