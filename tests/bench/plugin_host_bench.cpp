// What the plugin host costs per plugin: the checks made before any plugin code runs, and a whole
// lane start (database, plugins to running, device scan) with the bundled plugins.
#include <benchmark/benchmark.h>

#include "lane_fixture.hpp"
#include "poscore/plugins/binary_check.hpp"

namespace {

const std::filesystem::path kHello = std::filesystem::path(POS_PLUGIN_DIR) / "hello";

void BM_ValidateOnePlugin(benchmark::State& state) {
  for (auto _ : state) {
    auto m = poscore::readManifest(kHello);
    auto abi = poscore::checkAbi(m.value());
    auto bin = poscore::checkBinary(m.value());
    benchmark::DoNotOptimize(bin);
  }
}
BENCHMARK(BM_ValidateOnePlugin)->Unit(benchmark::kMicrosecond);

void BM_LaneStartWithBundledPlugins(benchmark::State& state) {
  for (auto _ : state) {
    state.PauseTiming();
    postest::LaneFixture lane;
    for (const auto& entry : std::filesystem::directory_iterator(POS_PLUGIN_DIR)) {
      if (std::filesystem::exists(entry.path() / "plugin.json")) lane.addPlugin(entry.path().filename().string(), POS_PLUGIN_DIR);
    }
    lane.writeConfig(R"({"devices": {"usb": false}})");
    state.ResumeTiming();
    auto rt = lane.start();
    benchmark::DoNotOptimize(rt.get());
    state.PauseTiming();
    rt.reset();
    state.ResumeTiming();
  }
}
BENCHMARK(BM_LaneStartWithBundledPlugins)->Unit(benchmark::kMillisecond)->Iterations(10);

}  // namespace

BENCHMARK_MAIN();
