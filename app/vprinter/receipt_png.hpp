#pragma once
#include <filesystem>
#include <vector>

#include "poscore/receipt/paper.hpp"
#include "possdk/status.hpp"

namespace vprinter {

constexpr int kPaper80mmDots = 576;  // 72 mm printable on 80 mm paper at 203 dpi
constexpr int kPaper58mmDots = 384;
constexpr int kCellWidthDots = 12;  // ESC/POS font A is 12x24 dots: 48 columns on 80 mm paper

struct RenderOptions {
  int widthDots = kPaper80mmDots;
};

// Draws the paper of one receipt as a PNG `widthDots` wide, one PNG pixel per printer dot: text
// in 12x24-dot character cells (Chinese characters two cells) in WenQuanYi Micro Hei Mono, bold
// and the 1-8x sizes; barcodes as bars with their digits where GS H put them; QR codes by
// libqrencode; a dashed line where the paper was cut. Drawer kicks leave no mark on paper.
possdk::Status writeReceiptPng(const std::vector<poscore::receipt::PaperItem>& items,
                               const std::filesystem::path& file, const RenderOptions& options = {});

}  // namespace vprinter
