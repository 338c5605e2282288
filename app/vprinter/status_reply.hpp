#pragma once
#include <cstdint>
#include <optional>

namespace vprinter {

// The state the virtual printer pretends to be in.
struct PrinterState {
  bool paperOut = false;  // roll paper ended: the printer stops and goes offline
  bool offline = false;   // cover open: offline without a paper problem
};

// The status byte a printer sends back for DLE EOT n (Epson TM series). Every reply has bit 1
// and bit 4 set and bits 0 and 7 clear, which is how a host tells it apart from ASB or data.
//  n=1 printer status:  bit 3 = offline (paper out or cover open)
//  n=2 offline cause:   bit 2 = cover open, bit 5 = stopped by paper end
//  n=3 error cause:     no errors are simulated (0x12)
//  n=4 paper sensor:    bits 2-3 = paper near end, bits 5-6 = paper end (both set when out)
// Returns nothing for another n, which a printer does not answer either.
std::optional<std::uint8_t> statusReply(int n, const PrinterState& state);

}  // namespace vprinter
