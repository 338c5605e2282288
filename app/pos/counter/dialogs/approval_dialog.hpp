#pragma once
#include <optional>
#include <string>

#include "poscore/counter/counter_session.hpp"
#include "poscore/theme/theme.hpp"
#include "shell_text.hpp"

class wxWindow;

namespace pos {

// A supervisor's id and PIN (masked) for `what`; nullopt on Esc. Whether they are right is the
// session's to say, so the dialog only refuses empty fields.
std::optional<poscore::counter::Approval> askApproval(wxWindow* parent, const std::string& what,
                                                      const poscore::theme::Theme& theme, const Translate& tr);

}  // namespace pos
