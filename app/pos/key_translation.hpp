#pragma once
#include <optional>
#include <string>

class wxKeyEvent;

namespace pos {

// "F1" .. "F24" for a function key, the names plugin actions use for hotkeys.
std::optional<std::string> functionKeyName(const wxKeyEvent& event);
// The same with Shift allowed: "F3" or "Shift+F3", the names the counter's key map uses.
std::optional<std::string> functionKeyChord(const wxKeyEvent& event);

// The character a key press typed, as the barcode wedge wants it: printable ASCII, '\r' for Enter,
// U+0000 for any other key (it breaks a burst), nullopt for modifier keys alone (Shift comes
// between the keys of an upper-case code and must not break it).
std::optional<char32_t> wedgeCharacter(const wxKeyEvent& event);

}  // namespace pos
