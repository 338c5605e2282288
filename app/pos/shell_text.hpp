#pragma once
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include <wx/control.h>
#include <wx/string.h>

namespace pos {

// How every part of the shell looks up the words it shows (the host catalog's tr), so the renderer
// and panels stay independent of the Runtime.
using Translate = std::function<std::string(const std::string&)>;

// Fills "{name}" placeholders of a translated pattern, so translators can move them around.
std::string fill(std::string pattern, std::initializer_list<std::pair<std::string_view, std::string>> values);

// Catalogs and plugins hand the shell UTF-8; wx wants to be told.
inline wxString u8(const std::string& text) { return wxString::FromUTF8(text.data(), text.size()); }
inline std::string fromWx(const wxString& text) { return std::string(text.utf8_str()); }
// Text from plugins, data or catalogs as a control's label: wx reads "&" as a mnemonic marker and
// hides it, so "M&M's" would show as "MM's" unless it is escaped.
inline wxString labelOf(const std::string& text) { return wxControl::EscapeMnemonics(u8(text)); }

}  // namespace pos
