#include "key_translation.hpp"

#include <wx/event.h>

namespace pos {

std::optional<std::string> functionKeyName(const wxKeyEvent& event) {
  const int code = event.GetKeyCode();
  if (code < WXK_F1 || code > WXK_F24 || event.HasAnyModifiers()) return std::nullopt;
  return "F" + std::to_string(code - WXK_F1 + 1);
}

std::optional<std::string> functionKeyChord(const wxKeyEvent& event) {
  const int code = event.GetKeyCode();
  if (code < WXK_F1 || code > WXK_F24) return std::nullopt;
  const std::string key = "F" + std::to_string(code - WXK_F1 + 1);
  if (event.GetModifiers() == wxMOD_NONE) return key;
  if (event.GetModifiers() == wxMOD_SHIFT) return "Shift+" + key;
  return std::nullopt;
}

std::optional<char32_t> wedgeCharacter(const wxKeyEvent& event) {
  switch (event.GetKeyCode()) {
    case WXK_SHIFT:
    case WXK_CONTROL:
    case WXK_ALT:
    case WXK_CAPITAL:
      return std::nullopt;
    case WXK_RETURN:
    case WXK_NUMPAD_ENTER:
      return U'\r';
    default:
      break;
  }
  // A char hook sees key presses, whose key code is the unshifted upper-case key. On GTK the raw
  // key code is the keysym, which for printable ASCII is the character actually typed ('a', '!').
  const auto raw = event.GetRawKeyCode();
  const bool shortcut = event.ControlDown() || event.AltDown();
  if (raw >= 0x20 && raw < 0x7f && !shortcut) return static_cast<char32_t>(raw);
  return U'\0';
}

}  // namespace pos
