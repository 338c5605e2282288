#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "poscore/theme/theme.hpp"
#include "shell_text.hpp"

class wxWindow;

namespace pos {

// Picks one of `items` with the arrow keys and Enter, or with its number key (1-9); nullopt on
// Esc.
std::optional<std::size_t> askChoice(wxWindow* parent, const std::string& title, const std::vector<std::string>& items,
                                     const poscore::theme::Theme& theme, const Translate& tr);

// Asks the cashier to confirm `question`: Enter is yes, Esc is no.
bool askConfirm(wxWindow* parent, const std::string& title, const std::string& question,
                const poscore::theme::Theme& theme, const Translate& tr);

}  // namespace pos
