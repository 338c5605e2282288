#include "receipt_header.hpp"

#include <ctime>

#include "poscore/receipt/sale_receipt.hpp"

namespace poscore::receipt {

void addStoreHeader(ReceiptDoc& doc, const ReceiptSettings& settings) {
  if (!settings.storeName.empty()) doc.text(settings.storeName, {Align::Center, true, false, true});
  if (!settings.storeAddress.empty()) doc.text(settings.storeAddress, {Align::Center});
}

void addBanner(ReceiptDoc& doc, const std::string& text) { doc.text(text, {Align::Center, true, true, true}); }

std::string receiptTime(std::chrono::system_clock::time_point at, const ReceiptSettings& settings) {
  std::time_t t = std::chrono::system_clock::to_time_t(at);
  std::tm parts{};
  if (settings.utcOffsetMinutes) {
    t += static_cast<std::time_t>(*settings.utcOffsetMinutes) * 60;
    gmtime_r(&t, &parts);
  } else {
    localtime_r(&t, &parts);
  }
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S", &parts);
  return text;
}

}  // namespace poscore::receipt
