#include "virtual_printer.hpp"

namespace vprinter {

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
  if (!rest.items.empty()) output(rest);
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
