#pragma once
#include <ostream>
#include <string>
#include <string_view>

#include "poscore/receipt/escpos_decoder.hpp"
#include "receipt_files.hpp"
#include "status_reply.hpp"

namespace vprinter {

// The printer behind the wire: decodes what it receives, answers DLE EOT status requests from its
// simulated state, and writes each receipt to the output folder when it is cut. Like a real
// printer it keeps its state and unprinted paper from one connection to the next. With paper out
// or offline it still answers status requests but prints nothing: the cut receipts are dropped
// and said so on the log.
class VirtualPrinter {
 public:
  VirtualPrinter(ReceiptFiles& files, PrinterState state, std::ostream& log);

  // Takes the next bytes of the stream and returns the bytes to send back (status replies).
  std::string receive(std::string_view bytes);
  // The end of all input: text or symbols printed after the last cut are written as a receipt of
  // their own (a drawer kick or a feed alone is not).
  void finish();

  int receiptsWritten() const { return written_; }

 private:
  void output(const poscore::receipt::Receipt& receipt);

  ReceiptFiles& files_;
  PrinterState state_;
  std::ostream& log_;
  poscore::receipt::EscPosDecoder decoder_;
  std::string raw_;            // received bytes not yet part of a written receipt
  std::size_t rawOffset_ = 0;  // stream offset of raw_[0]
  int written_ = 0;
};

}  // namespace vprinter
