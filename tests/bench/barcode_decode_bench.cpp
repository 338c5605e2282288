// How long decode() takes per scan, for the three kinds of code a counter sees.
#include <benchmark/benchmark.h>

#include "poscore/barcode/decode.hpp"

namespace {

void decodeEach(benchmark::State& state, const char* code) {
  const poscore::barcode::DecodeSettings settings;
  for (auto _ : state) {
    auto decoded = poscore::barcode::decode(code, settings);
    benchmark::DoNotOptimize(decoded);
  }
}

BENCHMARK_CAPTURE(decodeEach, ean13, "4006381333931");
BENCHMARK_CAPTURE(decodeEach, variable_measure_with_verifier, "2812341012349");
BENCHMARK_CAPTURE(decodeEach, gs1_128, "]C101095011015300031726123110LOT-7\x1d" "3103001250");
BENCHMARK_CAPTURE(decodeEach, refused_check_digit, "4006381333932");

}  // namespace

BENCHMARK_MAIN();
