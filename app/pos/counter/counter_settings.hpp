#pragma once

namespace pos {

// How the counter screen is set up, from the settings file.
struct CounterSettings {
  int currencyDecimals = 2;      // sale.currency_decimals: where keyed digits put the decimal point
  bool customerDisplay = false;  // shell.customer_display: open the customer-facing window
};

}  // namespace pos
