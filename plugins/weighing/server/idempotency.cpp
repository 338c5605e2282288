#include "server/idempotency.hpp"

#include <sodium.h>

#include <algorithm>
#include <optional>

#include "server/request_body.hpp"
#include "server/sql_access.hpp"

namespace weighing::server {
namespace {

constexpr std::size_t kMaxKeyLength = 255;

void checkKey(const std::string& key) {
  if (key.empty()) {
    throw ApiFailure(400, "missing_header", "Idempotency-Key",
                     "this request carries an Idempotency-Key header, the same on every retry");
  }
  if (key.size() > kMaxKeyLength || !std::all_of(key.begin(), key.end(), isPlainChar)) {
    throw ApiFailure(400, "invalid_header", "Idempotency-Key", "Idempotency-Key must be 1 to 255 of A-Z a-z 0-9 . _ : -");
  }
}

// BLAKE2b-256 of what makes the request: its method, path and body as sent.
std::string requestHash(const possdk::HttpRequest& request) {
  const auto text = request.method + "\n" + request.path + "\n" + request.body;
  unsigned char hash[crypto_generichash_BYTES];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(text.data()), text.size(), nullptr, 0);
  char hex[sizeof hash * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
  return hex;
}

// The answer kept for a key claimed before, which on PostgreSQL has committed by the time the
// conflicting insert returns.
possdk::HttpResponse replay(possdk::Sql& tx, const possdk::HttpRequest& request, const std::string& hash) {
  const auto rows = rowsOf(tx, "SELECT request_hash, status, answer FROM weighing_idempotency_keys "
                               "WHERE device_id = ? AND idempotency_key = ?",
                           {request.deviceId, request.idempotencyKey});
  if (rows.empty()) throw DbFailure("the answer of Idempotency-Key " + request.idempotencyKey + " is gone");
  if (textOf(rows[0][0]) != hash) {
    throw ApiFailure(409, "idempotency_key_reused", "Idempotency-Key",
                     "Idempotency-Key " + request.idempotencyKey +
                         " was used for another request; use a new key for a new request");
  }
  return possdk::HttpResponse{static_cast<int>(intOf(rows[0][1])), textOf(rows[0][2])};
}

}  // namespace

possdk::HttpResponse onceByKey(const possdk::HttpRequest& request, possdk::Sql& db,
                               const std::function<possdk::HttpResponse(possdk::Sql&)>& work) {
  checkKey(request.idempotencyKey);
  const auto hash = requestHash(request);
  possdk::HttpResponse answer;
  inTransaction(db, [&](possdk::Sql& tx) {
    const auto claimed = rowsOf(tx, "INSERT INTO weighing_idempotency_keys (device_id, idempotency_key, request_hash, "
                                    "status, answer) VALUES (?, ?, ?, 0, '') "
                                    "ON CONFLICT (device_id, idempotency_key) DO NOTHING RETURNING status",
                                {request.deviceId, request.idempotencyKey, hash});
    if (claimed.empty()) {
      answer = replay(tx, request, hash);
      return;
    }
    answer = work(tx);
    execOf(tx, "UPDATE weighing_idempotency_keys SET status = ?, answer = ? WHERE device_id = ? AND idempotency_key = ?",
           {std::int64_t{answer.status}, answer.body, request.deviceId, request.idempotencyKey});
  });
  return answer;
}

}  // namespace weighing::server
