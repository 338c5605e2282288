#pragma once
#include <sodium.h>

#include <string>
#include <string_view>

namespace poscore {

// BLAKE2b-256 (libsodium crypto_generichash) in lower-case hex: the hash of the journal's chain and
// of the server's stored secrets. Fed in pieces, so a caller can frame its own encoding.
class Blake2b256 {
 public:
  Blake2b256();  // throws std::runtime_error when libsodium cannot start
  void add(std::string_view bytes);
  std::string hex();  // once, at the end

 private:
  crypto_generichash_state state_{};
};

// The hash of one text.
std::string blake2bHex(std::string_view text);

}  // namespace poscore
