#include "status_reply.hpp"

namespace vprinter {

namespace {
constexpr std::uint8_t kFixed = 0x12;  // bits 1 and 4
}  // namespace

std::optional<std::uint8_t> statusReply(int n, const PrinterState& state) {
  std::uint8_t reply = kFixed;
  switch (n) {
    case 1:
      if (state.paperOut || state.offline) reply |= 0x08;
      return reply;
    case 2:
      if (state.offline) reply |= 0x04;
      if (state.paperOut) reply |= 0x20;
      return reply;
    case 3: return reply;
    case 4:
      if (state.paperOut) reply |= 0x0C | 0x60;
      return reply;
    default: return std::nullopt;
  }
}

}  // namespace vprinter
