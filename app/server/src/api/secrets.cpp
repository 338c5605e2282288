#include "secrets.hpp"

#include <sodium.h>

#include <array>
#include <stdexcept>

namespace posserver::api {
namespace {

constexpr std::string_view kCrockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t kCodeChars = 16;
constexpr std::size_t kGroup = 4;

void ensureSodium() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

}  // namespace

std::string newDeviceSecret() {
  ensureSodium();
  std::array<unsigned char, 32> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  std::array<char, sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)> text{};
  sodium_bin2base64(text.data(), text.size(), bytes.data(), bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return text.data();
}

bool sameHash(const std::string& a, const std::string& b) {
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string newEnrolmentCode() {
  ensureSodium();
  std::string code;
  for (std::size_t i = 0; i < kCodeChars; ++i) {
    if (i > 0 && i % kGroup == 0) code += '-';
    code += kCrockford[randombytes_uniform(static_cast<std::uint32_t>(kCrockford.size()))];
  }
  return code;
}

std::optional<std::string> canonicalEnrolmentCode(std::string_view typed) {
  std::string code;
  for (char c : typed) {
    if (c == '-' || c == ' ') continue;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c == 'I' || c == 'L') c = '1';
    if (c == 'O') c = '0';
    if (kCrockford.find(c) == std::string_view::npos) return std::nullopt;
    code += c;
  }
  if (code.size() != kCodeChars) return std::nullopt;
  return code;
}

}  // namespace posserver::api
