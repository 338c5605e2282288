#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "counter/keyed_entry.hpp"
#include "poscore/theme/theme.hpp"
#include "shell_text.hpp"

class wxWindow;

namespace pos {

// A preset the cashier can take with one key instead of keying it: "Exact", "50.00".
struct QuickValue {
  std::string label;
  std::int64_t value = 0;
};

struct KeyedEntryRequest {
  std::string title;
  std::string prompt;
  EntryKind kind = EntryKind::Amount;
  int decimals = 2;
  std::vector<QuickValue> quick;  // on F1, F2, ... inside the dialog
};

// Asks for one figure keyed as digits (keyed_entry.hpp); what it stands for, or nullopt on Esc.
std::optional<std::int64_t> askKeyed(wxWindow* parent, const KeyedEntryRequest& request,
                                     const poscore::theme::Theme& theme, const Translate& tr);

}  // namespace pos
