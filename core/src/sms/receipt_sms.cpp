#include "poscore/sms/receipt_sms.hpp"

#include <algorithm>

namespace poscore::sms {

std::string receiptSms(const sale::Sale& sale, const std::string& storeName, int decimals, const counter::CounterText& text) {
  const auto lines = std::count_if(sale.lines.begin(), sale.lines.end(), [](const sale::SaleLine& l) { return !l.voided; });
  const std::string body = text.say("Receipt {1}: {2} line(s), total {3}. Thank you for shopping with us.",
                                    {sale.receiptNo, std::to_string(lines), formatMoney(sale.totals.due, decimals)});
  return storeName.empty() ? body : storeName + ": " + body;
}

}  // namespace poscore::sms
