#include "poscore/printer/printer_status.hpp"

#include <cstdio>

namespace poscore::printer {

namespace {

constexpr std::uint8_t kFixedMask = 0x93;  // bits 0, 1, 4, 7
constexpr std::uint8_t kFixedBits = 0x12;  // bit 1 and bit 4 set, bits 0 and 7 clear

std::string hex(std::uint8_t b) {
  char text[8];
  std::snprintf(text, sizeof text, "0x%02X", b);
  return text;
}

}  // namespace

std::string PrinterStatus::describe() const {
  if (paperOut) return "out of paper";
  if (coverOpen) return "cover open";
  if (error) return "in error";
  if (!online) return "offline";
  if (paperNearEnd) return "paper near end";
  return "ready";
}

possdk::Result<PrinterStatus> decodePrinterStatus(std::uint8_t printer, std::uint8_t offlineCause,
                                                  std::uint8_t paperSensor) {
  const struct {
    std::uint8_t byte;
    const char* query;
  } answers[] = {{printer, "DLE EOT 1"}, {offlineCause, "DLE EOT 2"}, {paperSensor, "DLE EOT 4"}};
  for (const auto& a : answers) {
    if ((a.byte & kFixedMask) != kFixedBits) {
      return possdk::Result<PrinterStatus>::fail("the printer's answer " + hex(a.byte) + " to " + a.query +
                                                 " is not a status byte; check that it speaks ESC/POS");
    }
  }
  PrinterStatus s;
  s.online = (printer & 0x08) == 0;
  s.coverOpen = (offlineCause & 0x04) != 0;
  s.error = (offlineCause & 0x40) != 0;
  s.paperOut = (paperSensor & 0x60) != 0 || (offlineCause & 0x20) != 0;
  s.paperNearEnd = (paperSensor & 0x0C) != 0;
  return s;
}

}  // namespace poscore::printer
