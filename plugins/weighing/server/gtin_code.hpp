#pragma once
// A code scanned by a handheld (EAN-8, UPC-A, EAN-13 or GTIN-14) as the GTIN-14 key the server's
// catalog publishes it under. The plugin keeps to the SDK, so it has its own GS1 check.
#include <string>

namespace weighing::server {

// 422 invalid_field (not 8, 12, 13 or 14 digits) or 422 barcode_check_digit naming the digit
// expected, both on `field`.
std::string gtin14Of(const std::string& code, const std::string& field);

}  // namespace weighing::server
