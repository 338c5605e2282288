#include "receipt_files.hpp"

#include <cstdio>
#include <fstream>
#include <regex>

#include "receipt_text.hpp"

namespace vprinter {

namespace {

int highestNumber(const std::filesystem::path& dir) {
  static const std::regex name(R"(receipt-(\d{4,})\.png)");
  int highest = 0;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    std::smatch m;
    const std::string file = entry.path().filename().string();
    if (std::regex_match(file, m, name)) highest = std::max(highest, std::stoi(m[1].str()));
  }
  return highest;
}

possdk::Status writeFile(const std::filesystem::path& file, std::string_view bytes) {
  std::ofstream out(file, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) return possdk::Status::fail("cannot write " + file.string() + "; check that the folder is writable");
  return possdk::Status::ok();
}

}  // namespace

ReceiptFiles::ReceiptFiles(std::filesystem::path dir, RenderOptions options)
    : dir_(std::move(dir)), options_(options), next_(highestNumber(dir_) + 1) {}

possdk::Result<std::filesystem::path> ReceiptFiles::write(const poscore::receipt::Receipt& receipt,
                                                          std::string_view rawBytes) {
  using R = possdk::Result<std::filesystem::path>;
  char stem[32];
  std::snprintf(stem, sizeof stem, "receipt-%04d", next_);
  const auto base = dir_ / stem;
  auto png = base;
  png += ".png";
  if (auto st = writeReceiptPng(receipt.items, png, options_); !st) return R::fail(st.error());
  auto bin = base;
  bin += ".bin";
  if (auto st = writeFile(bin, rawBytes); !st) return R::fail(st.error());
  auto txt = base;
  txt += ".txt";
  if (auto st = writeFile(txt, receiptText(receipt.items, options_.widthDots / kCellWidthDots)); !st) return R::fail(st.error());
  ++next_;
  return png;
}

}  // namespace vprinter
