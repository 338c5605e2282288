#pragma once
#include <optional>
#include <string>

#include "poscore/theme/theme.hpp"
#include "shell_text.hpp"

class wxWindow;

namespace pos {

// Asks for a line of text the session needs (a reason, an approval code, a receipt number). An
// empty entry is refused in the dialog; nullopt on Esc.
std::optional<std::string> askText(wxWindow* parent, const std::string& title, const std::string& prompt,
                                   const poscore::theme::Theme& theme, const Translate& tr);

}  // namespace pos
