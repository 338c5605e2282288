#pragma once
// The QR an order gets when it is paid (docs/weighing.md): WO1.<base64url(payload JSON)>.
// <base64url(Ed25519 signature of the payload bytes)>, the payload {"order","no","total_minor","paid_at"}.
#include <cstdint>
#include <string>

#include "server/signing_key.hpp"

namespace weighing::server {

struct ExitPass {
  std::int64_t orderId = 0;
  std::string orderNo;
  std::int64_t totalMinor = 0;
  std::string paidAt;
};

std::string signExitPass(const ExitPass& pass, const SigningKey& key);
// 422 qr_malformed (not three parts, not base64url, not the payload's JSON) or 422
// qr_signature_invalid (the signature does not match the payload under the server's key).
ExitPass readExitPass(const std::string& qr, const SigningKey& key);
std::string base64Url(const unsigned char* bytes, std::size_t size);
std::string base64(const unsigned char* bytes, std::size_t size);

}  // namespace weighing::server
