#include "server/exit_pass.hpp"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <optional>
#include <vector>

#include "server/api_failure.hpp"
#include "driver/device_json.hpp"

namespace weighing::server {
namespace {

constexpr const char* kPrefix = "WO1.";

std::string encode(const unsigned char* bytes, std::size_t size, int variant) {
  std::string text(sodium_base64_encoded_len(size, variant), '\0');
  sodium_bin2base64(text.data(), text.size(), bytes, size, variant);
  text.resize(text.size() - 1);  // the terminating NUL
  return text;
}

std::optional<std::vector<unsigned char>> decodeUrl(const std::string& text) {
  std::vector<unsigned char> bytes(text.size());
  std::size_t size = 0;
  const char* end = nullptr;
  if (sodium_base642bin(bytes.data(), bytes.size(), text.data(), text.size(), nullptr, &size, &end,
                        sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 ||
      end != text.data() + text.size()) {
    return std::nullopt;
  }
  bytes.resize(size);
  return bytes;
}

ApiFailure malformed(const std::string& why) {
  return ApiFailure(422, "qr_malformed", "qr", "this is not an order QR of this store (" + why + "); scan the order's QR again");
}

ExitPass passFromJson(const std::string& text) {
  try {
    const auto json = Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
    ExitPass pass;
    pass.orderId = json->getValue<std::int64_t>("order");
    pass.orderNo = json->getValue<std::string>("no");
    pass.totalMinor = json->getValue<std::int64_t>("total_minor");
    pass.paidAt = json->getValue<std::string>("paid_at");
    return pass;
  } catch (const std::exception&) {
    throw malformed("its payload is not an order");
  }
}

}  // namespace

std::string base64Url(const unsigned char* bytes, std::size_t size) {
  return encode(bytes, size, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

std::string base64(const unsigned char* bytes, std::size_t size) {
  return encode(bytes, size, sodium_base64_VARIANT_ORIGINAL);
}

std::string signExitPass(const ExitPass& pass, const SigningKey& key) {
  Poco::JSON::Object payload(Poco::JSON_PRESERVE_KEY_ORDER);
  payload.set("order", pass.orderId);
  payload.set("no", pass.orderNo);
  payload.set("total_minor", pass.totalMinor);
  payload.set("paid_at", pass.paidAt);
  const auto text = jsonText(payload);
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  unsigned char signature[crypto_sign_BYTES];
  crypto_sign_detached(signature, nullptr, bytes, text.size(), key.secretKey.data());
  return kPrefix + base64Url(bytes, text.size()) + "." + base64Url(signature, sizeof signature);
}

ExitPass readExitPass(const std::string& qr, const SigningKey& key) {
  if (qr.rfind(kPrefix, 0) != 0) throw malformed("it does not start with WO1.");
  const auto dot = qr.find('.', 4);
  if (dot == std::string::npos || qr.find('.', dot + 1) != std::string::npos) {
    throw malformed("it is not WO1.<payload>.<signature>");
  }
  const auto payload = decodeUrl(qr.substr(4, dot - 4));
  const auto signature = decodeUrl(qr.substr(dot + 1));
  if (!payload || payload->empty() || !signature) throw malformed("a part is not base64url");
  if (signature->size() != crypto_sign_BYTES) throw malformed("the signature is not 64 bytes");
  if (crypto_sign_verify_detached(signature->data(), payload->data(), payload->size(), key.publicKey.data()) != 0) {
    throw ApiFailure(422, "qr_signature_invalid", "qr",
                     "the order QR is not signed by this store's server: it was altered or made elsewhere; call staff");
  }
  return passFromJson(std::string(payload->begin(), payload->end()));
}

}  // namespace weighing::server
