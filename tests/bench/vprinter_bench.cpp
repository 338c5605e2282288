// What the virtual printer costs per receipt: decoding a typical receipt's bytes (whole and in
// TCP-sized pieces) and drawing its PNG.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>

#include "poscore/receipt/escpos_decoder.hpp"
#include "receipt_png.hpp"

namespace {

// About a supermarket receipt: a header, 30 item lines with Chinese names, totals, a CODE128
// reference and a QR code, then the cut.
std::string typicalReceipt() {
  std::string r = "\x1b@\x1b" "a\x01\x1d!\x11STORE 42\n\x1d!\x00\x1b" "a\x00";
  for (int i = 0; i < 30; ++i) r += "\x1c&\xb4\xf3\xc3\xd7\x1c.  item " + std::to_string(i) + "          12.50\n";
  r += "\x1b" "E\x01TOTAL                 375.00\n\x1b" "E\x00";
  r += std::string("\x1b" "a\x01\x1dh\x50\x1dw\x02\x1dk\x49\x0e{BSALE-00012345", 21);
  const std::string url = "https://example.invalid/r/00012345";
  r += std::string("\x1d(k", 3) + static_cast<char>(url.size() + 3) + std::string("\x00" "1P0", 4) + url;
  r += std::string("\x1d(k\x03\x00" "1Q0", 8) + std::string("\x1dVA\x00", 4);
  return r;
}

void BM_DecodeReceipt(benchmark::State& state) {
  const std::string bytes = typicalReceipt();
  const auto piece = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    poscore::receipt::EscPosDecoder decoder;
    for (std::size_t at = 0; at < bytes.size(); at += piece) (void)decoder.feed(std::string_view(bytes).substr(at, piece));
    benchmark::DoNotOptimize(decoder.takeCutReceipts());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_DecodeReceipt)->Arg(1)->Arg(1460)->Unit(benchmark::kMicrosecond);

void BM_RenderReceiptPng(benchmark::State& state) {
  poscore::receipt::EscPosDecoder decoder;
  (void)decoder.feed(typicalReceipt());
  const auto receipt = decoder.takeCutReceipts().at(0);
  const auto file = std::filesystem::temp_directory_path() / "pos-bench-receipt.png";
  for (auto _ : state) benchmark::DoNotOptimize(vprinter::writeReceiptPng(receipt.items, file));
  std::filesystem::remove(file);
}
BENCHMARK(BM_RenderReceiptPng)->Unit(benchmark::kMillisecond);

}  // namespace
BENCHMARK_MAIN();
