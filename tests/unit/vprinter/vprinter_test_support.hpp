#pragma once
// Helpers for the virtual printer's tests: ESC/POS byte strings written byte by byte, decoding a
// whole stream, and reading a rendered PNG back with zbar.
#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <string>
#include <vector>

#include "poscore/receipt/escpos_decoder.hpp"

namespace vptest {

// Bytes from numbers, so that no "\x1bE" escape swallows the letter after it.
std::string bytes(std::initializer_list<int> values);

// GS ( k for QR function fn (65 = function 165...) with the given parameters.
std::string qrFunction(int fn, const std::string& params);

// All the paper of a stream fed in one piece: cut receipts then what follows the last cut.
std::vector<poscore::receipt::PaperItem> paperOf(const std::string& stream);
std::vector<poscore::receipt::PaperItem> paperOf(poscore::receipt::EscPosDecoder& decoder);

std::vector<std::string> warningsOf(const std::string& stream);

struct ScannedSymbol {
  std::string type;  // zbar's name: "QR-Code", "CODE-128", "EAN-13"...
  std::string data;
  bool operator==(const ScannedSymbol&) const = default;
};

struct PngFacts {
  int width = 0;
  int height = 0;
  std::vector<ScannedSymbol> symbols;
};

// Loads the PNG and scans it with zbar.
PngFacts scanPng(const std::filesystem::path& png);

}  // namespace vptest
