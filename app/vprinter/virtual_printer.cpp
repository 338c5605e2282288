#include "virtual_printer.hpp"

#include <algorithm>

namespace vprinter {

namespace {

// Whether the paper carries anything to read: a drawer kick or a blank feed left after the last
// cut is not a receipt.
bool hasPrint(const poscore::receipt::Receipt& receipt) {
  namespace pr = poscore::receipt;
  return std::any_of(receipt.items.begin(), receipt.items.end(), [](const pr::PaperItem& item) {
    if (const auto* line = std::get_if<pr::TextLine>(&item)) return !line->runs.empty();
    return std::holds_alternative<pr::Barcode>(item) || std::holds_alternative<pr::QrCode>(item);
  });
}

}  // namespace

VirtualPrinter::VirtualPrinter(ReceiptFiles& files, PrinterState state, std::ostream& log)
    : files_(files), state_(state), log_(log) {}

std::string VirtualPrinter::receive(std::string_view bytes) {
  raw_.append(bytes);
  std::string replies;
  for (const auto& request : decoder_.feed(bytes)) {
    if (auto reply = statusReply(request.n, state_)) replies += static_cast<char>(*reply);
  }
  for (const auto& warning : decoder_.takeWarnings()) log_ << "pos-virtual-printer: " << warning.message << "\n";
  for (const auto& receipt : decoder_.takeCutReceipts()) output(receipt);
  return replies;
}

void VirtualPrinter::finish() {
  decoder_.finish();
  for (const auto& warning : decoder_.takeWarnings()) log_ << "pos-virtual-printer: " << warning.message << "\n";
  auto rest = decoder_.takeCurrent();
  if (hasPrint(rest)) output(rest);
}

void VirtualPrinter::output(const poscore::receipt::Receipt& receipt) {
  const std::size_t begin = receipt.beginOffset - rawOffset_;
  const std::string_view bytes = std::string_view(raw_).substr(begin, receipt.endOffset - receipt.beginOffset);
  if (state_.paperOut || state_.offline) {
    log_ << "pos-virtual-printer: " << (state_.paperOut ? "paper out" : "offline") << ": a receipt of "
         << bytes.size() << " bytes was not printed\n";
  } else if (auto png = files_.write(receipt, bytes)) {
    ++written_;
    log_ << "pos-virtual-printer: printed " << png.value().string() << "\n";
  } else {
    log_ << "pos-virtual-printer: " << png.error() << "\n";
  }
  raw_.erase(0, begin + bytes.size());
  rawOffset_ = receipt.endOffset;
}

}  // namespace vprinter
