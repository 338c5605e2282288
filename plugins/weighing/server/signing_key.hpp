#pragma once
// The server's Ed25519 key pair for exit passes: made once per server database by whichever request
// needs it first. Racing first requests each make a pair, one insert wins and all use the stored
// pair. Only the public key ever leaves the server (GET /exit/key).
#include <sodium.h>

#include <array>

#include "possdk/sql.hpp"

namespace weighing::server {

struct SigningKey {
  std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> publicKey{};
  std::array<unsigned char, crypto_sign_SECRETKEYBYTES> secretKey{};
};

SigningKey signingKey(possdk::Sql& db);

}  // namespace weighing::server
