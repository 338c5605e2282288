// Receipt figures: laying a sale out and encoding it for ESC/POS, per receipt.
#include <benchmark/benchmark.h>

#include "poscore/printer/escpos_encoder.hpp"
#include "poscore/printer/gb18030.hpp"
#include "poscore/receipt/sale_receipt.hpp"
#include "sample_sales.hpp"

namespace {

using poscore::receipt::ReceiptLanguages;

void BM_LayoutSaleReceipt(benchmark::State& state) {
  const auto sale = receipttest::mixedSale();
  const auto settings = receipttest::settings(42, ReceiptLanguages::Both);
  for (auto _ : state) benchmark::DoNotOptimize(poscore::receipt::layoutSaleReceipt(sale, settings));
}
BENCHMARK(BM_LayoutSaleReceipt);

void BM_LayoutAndEncodeSaleReceipt(benchmark::State& state) {
  const auto sale = receipttest::mixedSale();
  const auto settings = receipttest::settings(42, ReceiptLanguages::Both);
  std::size_t bytes = 0;
  for (auto _ : state) {
    auto doc = poscore::receipt::layoutSaleReceipt(sale, settings);
    auto encoded = poscore::printer::encodeReceipt(doc.value());
    bytes = encoded.value().size();
    benchmark::DoNotOptimize(encoded);
  }
  state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_LayoutAndEncodeSaleReceipt);

void BM_Gb18030ProductName(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(poscore::printer::toGb18030("有机全脂牛奶 1L"));
}
BENCHMARK(BM_Gb18030ProductName);

}  // namespace

BENCHMARK_MAIN();
