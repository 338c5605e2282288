#include "server/signing_key.hpp"

#include <algorithm>
#include <optional>

#include "server/sql_access.hpp"

namespace weighing::server {
namespace {

std::optional<SigningKey> storedKey(possdk::Sql& db) {
  const auto rows = rowsOf(db, "SELECT public_key, secret_key FROM weighing_signing_key WHERE id = 1");
  if (rows.empty()) return std::nullopt;
  const auto pub = bytesOf(rows[0][0]);
  const auto sec = bytesOf(rows[0][1]);
  SigningKey key;
  if (pub.size() != key.publicKey.size() || sec.size() != key.secretKey.size()) {
    throw DbFailure("the stored exit pass key has the wrong length");
  }
  std::copy(pub.begin(), pub.end(), key.publicKey.begin());
  std::copy(sec.begin(), sec.end(), key.secretKey.begin());
  return key;
}

}  // namespace

SigningKey signingKey(possdk::Sql& db) {
  if (auto key = storedKey(db)) return *key;
  SigningKey made;
  crypto_sign_keypair(made.publicKey.data(), made.secretKey.data());
  execOf(db, "INSERT INTO weighing_signing_key (id, public_key, secret_key) VALUES (1, ?, ?) ON CONFLICT (id) DO NOTHING",
         {std::vector<std::uint8_t>(made.publicKey.begin(), made.publicKey.end()),
          std::vector<std::uint8_t>(made.secretKey.begin(), made.secretKey.end())});
  sodium_memzero(made.secretKey.data(), made.secretKey.size());
  auto key = storedKey(db);
  if (!key) throw DbFailure("the exit pass key was not stored");
  return *key;
}

}  // namespace weighing::server
