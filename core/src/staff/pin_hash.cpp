#include "poscore/staff/pin_hash.hpp"

#include <sodium.h>

namespace poscore::staff {
namespace {

bool sodiumReady() {
  static const bool ready = sodium_init() >= 0;
  return ready;
}

}  // namespace

possdk::Result<std::string> hashPin(std::string_view pin) {
  if (!sodiumReady()) return possdk::Result<std::string>::fail("libsodium could not start; the PIN was not stored");
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    return possdk::Result<std::string>::fail(
        "hashing the PIN needs " + std::to_string(crypto_pwhash_MEMLIMIT_INTERACTIVE / (1024 * 1024)) +
        " MiB of memory, which the lane could not get; close other programs and try again");
  }
  return std::string(out);
}

bool verifyPin(const std::string& hash, std::string_view pin) {
  return sodiumReady() && crypto_pwhash_str_verify(hash.c_str(), pin.data(), pin.size()) == 0;
}

bool pinHashNeedsRehash(const std::string& hash) {
  // -1 (not a hash this libsodium knows) also asks for a new one.
  return crypto_pwhash_str_needs_rehash(hash.c_str(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

}  // namespace poscore::staff
