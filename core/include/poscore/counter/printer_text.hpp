#pragma once
#include <string>

#include "poscore/counter/counter_text.hpp"
#include "poscore/printer/print_queue.hpp"

namespace poscore::counter {

// The printer as the counter shows it, in the lane's current language. The print queue words its
// state and deliveries in English (PrinterState::summary, Delivery::message) for logs and tools;
// the counter words them again from the fixed condition words and the counts.

// One of the queue's condition words ("ready", "out of paper" ...); a word the counter does not
// know stays as the queue gave it.
std::string printerConditionText(const CounterText& text, const std::string& condition);
// "ready", or "out of paper, 2 receipts queued".
std::string printerStateText(const CounterText& text, const printer::PrinterState& state);

// The slip the cashier is told about when it waits in the queue.
enum class Slip { Receipt, ReceiptOpeningDrawer, NoSale, Report, Reprint };
// "Receipt queued: printer out of paper", and that the drawer stayed shut when it was to open.
std::string queuedSlipText(const CounterText& text, Slip slip, const std::string& condition);

}  // namespace poscore::counter
