#pragma once
#include <filesystem>
#include <string_view>

#include "poscore/receipt/paper.hpp"
#include "possdk/status.hpp"
#include "receipt_png.hpp"

namespace vprinter {

// The virtual printer's output folder: receipt-0001.png (the paper), receipt-0001.bin (the bytes
// that printed it) and receipt-0001.txt (a text picture), numbered on from the highest number
// already there so that earlier runs are kept.
class ReceiptFiles {
 public:
  ReceiptFiles(std::filesystem::path dir, RenderOptions options);

  // Writes the three files of the next receipt and returns the PNG's path.
  possdk::Result<std::filesystem::path> write(const poscore::receipt::Receipt& receipt, std::string_view rawBytes);
  const std::filesystem::path& dir() const { return dir_; }

 private:
  std::filesystem::path dir_;
  RenderOptions options_;
  int next_ = 1;
};

}  // namespace vprinter
