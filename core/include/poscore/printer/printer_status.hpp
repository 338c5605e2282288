#pragma once
#include <cstdint>
#include <string>

#include "possdk/status.hpp"

// The answers to DLE EOT n (Epson's ESC/POS reference, "Transmit real-time status"). Every answer
// byte has bit 0 = 0, bit 1 = 1, bit 4 = 1 and bit 7 = 0, so 0x12 is "nothing to report"; a byte
// without that pattern is not a status answer (a printer that echoes, or line noise).
//
//   n = 1, printer status:  bit 3 (0x08) offline; bit 5 (0x20) waiting for online recovery
//                           (bit 2 is the drawer's pin 3 level, not a printer state)
//   n = 2, offline cause:   bit 2 (0x04) cover open; bit 3 (0x08) paper fed by the FEED button;
//                           bit 5 (0x20) printing stopped at paper end; bit 6 (0x40) error
//   n = 4, paper sensor:    bits 2-3 (0x0C) roll paper near its end; bits 5-6 (0x60) paper out
namespace poscore::printer {

struct PrinterStatus {
  bool online = true;
  bool coverOpen = false;
  bool paperNearEnd = false;
  bool paperOut = false;
  bool error = false;  // an error the printer reports itself (cutter jam, head too hot)

  // Whether a job sent now prints: paper near its end still prints.
  bool canPrint() const { return online && !coverOpen && !paperOut && !error; }
  // "ready", "paper near end", or what stops it: "cover open", "out of paper", "offline", "in error".
  std::string describe() const;
  bool operator==(const PrinterStatus&) const = default;
};

// Decodes the three answer bytes. Fails naming the query whose byte lacks the fixed bits.
possdk::Result<PrinterStatus> decodePrinterStatus(std::uint8_t printer, std::uint8_t offlineCause,
                                                  std::uint8_t paperSensor);

}  // namespace poscore::printer
