#pragma once
#include <string>

#include "poscore/receipt/receipt_settings.hpp"

// The fixed words of a receipt in both receipt languages. They sit here rather than in the UI
// catalogs because a receipt may print both languages at once, whatever the screen shows.
namespace poscore::receipt {

struct Words {
  const char* en;
  const char* zh;
};

namespace words {
inline constexpr Words kReceipt{"Receipt", "单号"};
inline constexpr Words kDate{"Date", "日期"};
inline constexpr Words kCashier{"Cashier", "收银员"};
inline constexpr Words kDiscount{"Discount", "折扣"};
inline constexpr Words kSaleDiscount{"Sale discount", "整单折扣"};
inline constexpr Words kSubtotal{"Subtotal", "小计"};
inline constexpr Words kIncluded{"incl.", "含"};
inline constexpr Words kTotal{"TOTAL", "合计"};
inline constexpr Words kRefundTotal{"REFUND TOTAL", "退款合计"};
inline constexpr Words kRounding{"Rounding", "抹零"};
inline constexpr Words kDue{"Due", "应付"};
inline constexpr Words kCash{"Cash", "现金"};
inline constexpr Words kCard{"Card", "银行卡"};
inline constexpr Words kApproval{"Approval", "授权号"};
inline constexpr Words kChange{"Change", "找零"};
inline constexpr Words kRefund{"REFUND", "退货"};
inline constexpr Words kOriginalReceipt{"Original receipt", "原单号"};
inline constexpr Words kReprint{"REPRINT", "重印"};
inline constexpr Words kNoSale{"NO SALE", "开钱箱"};
inline constexpr Words kReason{"Reason", "原因"};
}  // namespace words

// The text in the receipt's language(s): "Subtotal", "小计", or "Subtotal 小计".
inline std::string say(const Words& w, ReceiptLanguages languages) {
  switch (languages) {
    case ReceiptLanguages::English: return w.en;
    case ReceiptLanguages::Chinese: return w.zh;
    case ReceiptLanguages::Both: return std::string(w.en) + " " + w.zh;
  }
  return w.en;
}

}  // namespace poscore::receipt
