#pragma once
#include "poscore/receipt/receipt_doc.hpp"
#include "poscore/receipt/receipt_settings.hpp"

namespace poscore::receipt {

// The store's name (bold, double height) and address, centred, as every slip starts.
void addStoreHeader(ReceiptDoc& doc, const ReceiptSettings& settings);

// A banner such as "REFUND" or "REPRINT": bold, double size, centred.
void addBanner(ReceiptDoc& doc, const std::string& text);

}  // namespace poscore::receipt
