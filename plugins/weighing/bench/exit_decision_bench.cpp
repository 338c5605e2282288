// From a stable weight delivered to the exit lane to its pass or alarm decision (EAS, prompts,
// result and audit included; fakes stand in for devices and server), for baskets of 1, 10 and 30
// lines. The band is worked out when the order arrives, before the bag is put down, so the basket
// size matters only through what the decision itself carries. Figures, not a test: aim < 10 ms.
#include <benchmark/benchmark.h>

#include <chrono>

#include "tests/unit/exit_fakes.hpp"

namespace {

using namespace exit_test;

void exitDecision(benchmark::State& state) {
  const auto lines = static_cast<int>(state.range(0));
  const bool passes = state.range(1) == 1;
  const auto body = orderBody(lines);
  Rig rig;
  rig.lane.start();
  for (auto _ : state) {
    rig.lane.scanned("WO1.payload.signature");
    rig.server.answer(200, body);
    rig.lane.scale(reading(ScaleStatus::Unstable, 900000));

    const auto start = std::chrono::steady_clock::now();
    rig.lane.scale(reading(ScaleStatus::Stable, passes ? 1500000 : 1900000));
    const auto decided = std::chrono::steady_clock::now();
    state.SetIterationTime(std::chrono::duration<double>(decided - start).count());

    if (rig.display.last.stage != (passes ? ExitStage::Passed : ExitStage::Alarm)) {
      state.SkipWithError("the lane did not decide as expected");
      break;
    }
    rig.lane.cancel();
    rig.server.verifies.clear();
    rig.server.results.clear();
    rig.speaker.said.clear();
    rig.audit.records.clear();
    rig.timers.pending.clear();
  }
  state.SetLabel(std::to_string(lines) + (passes ? " lines, pass" : " lines, alarm"));
}

BENCHMARK(exitDecision)
    ->ArgsProduct({{1, 10, 30}, {1, 0}})
    ->UseManualTime()
    ->Iterations(2000)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true)
    ->Unit(benchmark::kMicrosecond);

}  // namespace

