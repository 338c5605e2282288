#pragma once
#include <optional>
#include <string>
#include <vector>

#include "shell_text.hpp"

namespace pos {

// Everything the cashier can do at the counter besides scanning, each on its own key.
enum class CounterCommand {
  SignOnOff,
  Quantity,
  VoidLine,
  PriceOverride,
  LineDiscount,
  SaleDiscount,
  TenderCash,
  TenderCard,
  OtherTender,
  Suspend,
  Resume,
  CancelSale,
  NoSale,
  Return,
  ReprintLast,
  XReport,
  ZReport,
  Language,
};

struct CounterKey {
  std::string key;  // "F2", "Shift+F4": the names functionKeyChord gives
  CounterCommand command;
};

// The counter's key map (docs/counter.md). The busiest actions sit on plain F1-F8, the rest on
// Shift with the same keys; F9-F11 stay free for plugin actions and F12 opens the Plugins screen.
const std::vector<CounterKey>& counterKeyMap();
std::optional<CounterCommand> counterCommandFor(const std::string& key);
std::string counterKeyOf(CounterCommand command);
// The command's name on its key cap, in the current language.
std::string counterCommandLabel(CounterCommand command, const Translate& tr);

}  // namespace pos
