#pragma once
#include <string>

#include "poscore/counter/counter_text.hpp"
#include "poscore/sale/sale.hpp"

namespace poscore::sms {

// The receipt in short form for an SMS, in the lane's language and without links (carriers block
// messages with links): store, receipt number, total, how many lines were sold.
std::string receiptSms(const sale::Sale& sale, const std::string& storeName, int decimals, const counter::CounterText& text);

}  // namespace poscore::sms
