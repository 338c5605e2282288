#include "poscore/staff/staff_rules.hpp"

#include <algorithm>

#include "poscore/util/utf8.hpp"

namespace poscore::staff {
namespace {

bool allDigits(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string checkStaffId(std::string_view id) {
  if (id.empty() || id.size() > kMaxIdDigits || !allDigits(id)) {
    return "staff id '" + std::string(id) + "' must be 1 to " + std::to_string(kMaxIdDigits) +
           " digits (0-9), as printed on the staff card";
  }
  return {};
}

// The PIN itself is never repeated in a message: messages end up in logs and on screens.
std::string checkPin(std::string_view pin) {
  if (pin.size() < kMinPinDigits || pin.size() > kMaxPinDigits || !allDigits(pin)) {
    return "a PIN must be " + std::to_string(kMinPinDigits) + " to " + std::to_string(kMaxPinDigits) +
           " digits (0-9); the one given has " + std::to_string(pin.size()) + " characters" +
           (allDigits(pin) ? "" : ", not all of them digits");
  }
  return {};
}

std::string checkName(std::string_view name) {
  if (name.find_first_not_of(' ') == std::string_view::npos) return "name is empty; give the name printed on receipts";
  if (name.size() > kMaxNameBytes) {
    return "name is " + std::to_string(name.size()) + " bytes long; at most " + std::to_string(kMaxNameBytes) +
           " fit on a receipt";
  }
  const auto control = std::find_if(name.begin(), name.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7f;
  });
  if (control != name.end()) {
    return "name has a control character at byte " + std::to_string(control - name.begin() + 1) +
           "; use letters, digits, spaces and punctuation only";
  }
  if (!isValidUtf8(name)) return "name is not valid UTF-8 text; type it again or fix the file's encoding";
  return {};
}

}  // namespace poscore::staff
