// The bagging check's decision on a stable reading, in a sale of 30 bagged lines, alternating
// between a weight at rest and one with an unexpected item.
#include <benchmark/benchmark.h>

#include <chrono>

#include "src/bagging/bagging_check.hpp"

namespace {

class StillClock final : public possdk::Clock {
 public:
  std::chrono::system_clock::time_point now() const override { return {}; }
  std::chrono::steady_clock::time_point monotonic() const override { return {}; }
};

class English final : public possdk::Translator {
 public:
  std::string tr(const std::string& msgid) const override { return msgid; }
  std::string language() const override { return "en"; }
  void onLanguageChanged(std::function<void()>) override {}
};

void BM_BaggingDecisionOnStableReading(benchmark::State& state) {
  StillClock clock;
  English translator;
  weighing::BaggingCheck check(clock, translator, weighing::BaggingSettings{});
  (void)check.onReading({weighing::ScaleStatus::Zero, 0, 2000, ""});
  std::int64_t bag = 0;
  for (std::int64_t line = 1; line <= 30; ++line) {
    weighing::LineAdded added;
    added.saleId = "S";
    added.lineNo = line;
    added.sku = "sku-" + std::to_string(line);
    added.expectedGrams = 100 + 10 * line;
    added.spreadGrams = 2;
    (void)check.onEvent(added);
    bag += added.expectedGrams * 1000;
    (void)check.onReading({weighing::ScaleStatus::Stable, bag, 2000, ""});
  }
  bool extra = false;
  for (auto _ : state) {
    auto payload = check.onReading({weighing::ScaleStatus::Stable, extra ? bag + 200000 : bag, 2000, ""});
    benchmark::DoNotOptimize(payload);
    extra = !extra;
  }
  if (check.state() != weighing::BaggingState::UnexpectedItem && check.state() != weighing::BaggingState::Ok) {
    state.SkipWithError("the sale did not reach a settled state");
  }
}
BENCHMARK(BM_BaggingDecisionOnStableReading);

}  // namespace
