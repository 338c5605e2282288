#include "poscore/util/blake2b.hpp"

#include <array>
#include <stdexcept>

namespace poscore {

Blake2b256::Blake2b256() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised; nothing can be hashed");
  crypto_generichash_init(&state_, nullptr, 0, crypto_generichash_BYTES);
}

void Blake2b256::add(std::string_view bytes) {
  crypto_generichash_update(&state_, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

std::string Blake2b256::hex() {
  std::array<unsigned char, crypto_generichash_BYTES> digest{};
  crypto_generichash_final(&state_, digest.data(), digest.size());
  std::array<char, crypto_generichash_BYTES * 2 + 1> text{};
  sodium_bin2hex(text.data(), text.size(), digest.data(), digest.size());
  return std::string(text.data());
}

std::string blake2bHex(std::string_view text) {
  Blake2b256 hash;
  hash.add(text);
  return hash.hex();
}

}  // namespace poscore
