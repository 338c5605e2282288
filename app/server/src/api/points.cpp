// Points: an append-only ledger per member and a balance row kept beside it in the same transaction.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Stringifier.h>

#include <algorithm>
#include <cctype>
#include <sstream>

#include "identifiers.hpp"
#include "json_answer.hpp"
#include "posserver/api/core_api.hpp"
#include "posserver/http/json_body.hpp"
#include "query_params.hpp"
#include "resource_routes.hpp"
#include "sql_rows.hpp"
#include "poscore/util/blake2b.hpp"

namespace posserver::api {
namespace {

constexpr std::int64_t kMaxPoints = 1'000'000'000;
constexpr std::size_t kMaxKeyLength = 255;
constexpr std::int64_t kMaxEntriesRead = 500;
constexpr std::int64_t kDefaultEntriesRead = 50;
constexpr const char* kEntryColumns =
    "SELECT id, member_id, kind, points, balance, reference, idempotency_key, created_at, request_hash FROM points_ledger";

struct PointsRequest {
  std::int64_t memberId = 0;
  std::string key;
  std::string kind;
  std::int64_t delta = 0;  // redemptions negative
  std::optional<std::string> reference;
  std::optional<std::string> reason;
  std::string requestHash;
};

// Thrown inside the transaction when a concurrent request with the same key committed first: the
// balance change is rolled back and the request is answered as that key's replay.
struct KeyTakenMeanwhile {};

bool isKey(const std::string& key) {
  return !key.empty() && key.size() <= kMaxKeyLength && std::all_of(key.begin(), key.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == ':' || c == '-';
  });
}

std::string idempotencyKeyOf(const http::Request& request) {
  if (request.headers.find("idempotency-key") == request.headers.end()) {
    throw http::ApiError(400, "missing_header", "Idempotency-Key",
                         "points requests carry an Idempotency-Key header, the same on every retry");
  }
  auto key = request.header("idempotency-key");
  if (!isKey(key)) {
    throw http::ApiError(400, "invalid_header", "Idempotency-Key",
                         "Idempotency-Key must be 1 to " + std::to_string(kMaxKeyLength) + " of A-Z a-z 0-9 . _ : -");
  }
  return key;
}

std::int64_t deltaOf(const http::JsonBody& body, const std::string& kind) {
  if (kind != "adjust") {
    const auto points = body.requireInt("points", 1, kMaxPoints);
    return kind == "redeem" ? -points : points;
  }
  const auto points = body.requireInt("points", -kMaxPoints, kMaxPoints);
  if (points == 0) throw http::ApiError(422, "invalid_field", "points", "an adjustment is a signed number other than 0");
  return points;
}

PointsRequest pointsRequestOf(const http::Request& request) {
  PointsRequest wanted;
  wanted.memberId = rowIdParam(request, "id", "member_not_found");
  wanted.key = idempotencyKeyOf(request);
  const auto body = http::JsonBody::parse(request.body);
  body.allowOnly({"kind", "points", "reference", "reason"});
  wanted.kind = body.requireString("kind", 8);
  if (wanted.kind != "earn" && wanted.kind != "redeem" && wanted.kind != "adjust") {
    throw http::ApiError(422, "invalid_field", "kind", "kind must be earn, redeem or adjust; got \"" + wanted.kind + "\"");
  }
  if (wanted.kind == "adjust" && callerOf(request).role != "admin") {
    throw http::ApiError(403, "forbidden", "kind", "only an admin device may adjust points");
  }
  wanted.delta = deltaOf(body, wanted.kind);
  wanted.reference = body.optionalString("reference", 128);
  wanted.reason = body.optionalString("reason", 200);
  std::ostringstream canonical;
  Poco::JSON::Stringifier::stringify(body.object(), canonical);
  wanted.requestHash = poscore::blake2bHex(std::to_string(wanted.memberId) + "\n" + canonical.str());
  return wanted;
}

Poco::JSON::Object::Ptr entryJson(const possdk::SqlRow& row) {
  Poco::JSON::Object::Ptr entry = new Poco::JSON::Object;
  entry->set("id", static_cast<Poco::Int64>(intAt(row, 0)));
  entry->set("member_id", static_cast<Poco::Int64>(intAt(row, 1)));
  entry->set("kind", textAt(row, 2));
  entry->set("points", static_cast<Poco::Int64>(intAt(row, 3)));
  entry->set("balance", static_cast<Poco::Int64>(intAt(row, 4)));
  entry->set("reference", orJsonNull(optionalTextAt(row, 5)));
  entry->set("idempotency_key", textAt(row, 6));
  entry->set("created_at", isoSeconds(intAt(row, 7)));
  return entry;
}

// The answer for a key used before: the first entry again, or a refusal when it was another request.
http::Response replay(const possdk::SqlRow& earlier, const PointsRequest& wanted) {
  if (textAt(earlier, 8) != wanted.requestHash) {
    throw http::ApiError(409, "idempotency_key_reused", "Idempotency-Key",
                         "Idempotency-Key " + wanted.key + " was used for another request; use a new key for a new request");
  }
  auto answer = jsonAnswer(200, wrap("entry", entryJson(earlier)));
  answer.headers.emplace_back("Idempotent-Replay", "true");
  return answer;
}

void requireMember(possdk::Sql& sql, std::int64_t memberId) {
  if (rowsOf(sql, "SELECT member_id FROM points_balances WHERE member_id = ?", {memberId}).empty()) {
    throw http::ApiError(404, "member_not_found", "id", "there is no member " + std::to_string(memberId));
  }
}

// Balance and entry move together: the conditional update keeps the balance from going below zero
// under any number of concurrent writers (a row lock on PostgreSQL, the write lock on SQLite).
possdk::SqlRow applyEntry(possdk::Sql& sql, const PointsRequest& wanted, const http::Caller& caller, std::int64_t now) {
  requireMember(sql, wanted.memberId);
  const auto balance = rowsOf(sql,
                              "UPDATE points_balances SET balance = balance + ? WHERE member_id = ? AND balance + ? >= 0 "
                              "RETURNING balance",
                              {wanted.delta, wanted.memberId, wanted.delta});
  if (balance.empty()) {
    throw http::ApiError(409, "insufficient_points", "points",
                         "member " + std::to_string(wanted.memberId) + " has fewer than " +
                             std::to_string(-wanted.delta) + " points; nothing was redeemed");
  }
  const auto added = rowsOf(sql,
                            "INSERT INTO points_ledger (member_id, kind, points, balance, reference, reason, idempotency_key, "
                            "request_hash, device_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                            "ON CONFLICT (idempotency_key) DO NOTHING RETURNING id",
                            {wanted.memberId, wanted.kind, wanted.delta, intAt(balance[0], 0), orNull(wanted.reference),
                             orNull(wanted.reason), wanted.key, wanted.requestHash, std::stoll(caller.deviceId), now});
  if (added.empty()) throw KeyTakenMeanwhile{};
  return rowsOf(sql, std::string(kEntryColumns) + " WHERE id = ?", {intAt(added[0], 0)}).at(0);
}

http::Response record(const Services& services, const http::Request& request) {
  const auto wanted = pointsRequestOf(request);
  const auto& caller = callerOf(request);
  const auto byKey = std::string(kEntryColumns) + " WHERE idempotency_key = ?";
  std::optional<http::Response> answer;
  try {
    inTransaction(services.database, [&](possdk::Sql& sql) {
      const auto earlier = rowsOf(sql, byKey, {wanted.key});
      if (!earlier.empty()) {
        answer = replay(earlier[0], wanted);
        return;
      }
      answer = jsonAnswer(201, wrap("entry", entryJson(applyEntry(sql, wanted, caller, unixSeconds(services.clock)))));
    });
  } catch (const KeyTakenMeanwhile&) {
    answer = replay(rowsOf(services.database, byKey, {wanted.key}).at(0), wanted);
  }
  return *answer;
}

http::Response history(const Services& services, const http::Request& request) {
  const auto memberId = rowIdParam(request, "id", "member_not_found");
  allowOnlyQuery(request, {"limit"});
  const auto limit = queryInt(request, "limit", 1, kMaxEntriesRead, kDefaultEntriesRead);
  // One statement, so the balance and the entries come from one snapshot on both databases without
  // a transaction (which on SQLite would take the write lock for a read).
  const auto rows = rowsOf(services.database,
                           "SELECT b.balance, l.id, l.member_id, l.kind, l.points, l.balance, l.reference, "
                           "l.idempotency_key, l.created_at FROM points_balances b "
                           "LEFT JOIN points_ledger l ON l.member_id = b.member_id WHERE b.member_id = ? "
                           "ORDER BY l.id DESC LIMIT ?",
                           {memberId, limit});
  if (rows.empty()) throw http::ApiError(404, "member_not_found", "id", "there is no member " + std::to_string(memberId));
  Poco::JSON::Array::Ptr entries = new Poco::JSON::Array;
  for (const auto& row : rows) {
    if (optionalIntAt(row, 1)) entries->add(entryJson(possdk::SqlRow(row.begin() + 1, row.end())));
  }
  Poco::JSON::Object::Ptr answer = new Poco::JSON::Object;
  answer->set("member_id", static_cast<Poco::Int64>(memberId));
  answer->set("balance", static_cast<Poco::Int64>(intAt(rows[0], 0)));
  answer->set("entries", entries);
  return jsonAnswer(200, answer);
}

constexpr const char* kEntrySchema =
    R"({"type":"object","required":["id","member_id","kind","points","balance","reference","idempotency_key","created_at"],)"
    R"("properties":{"id":{"type":"integer"},"member_id":{"type":"integer"},"kind":{"enum":["earn","redeem","adjust"]},)"
    R"("points":{"type":"integer"},"balance":{"type":"integer","minimum":0},"reference":{"type":["string","null"]},)"
    R"("idempotency_key":{"type":"string"},"created_at":{"type":"string","format":"date-time"}}})";

}  // namespace

void addPointsRoutes(http::Routes& routes, const Services& services) {
  routes.add({"POST", "/api/v1/members/{id}/points", {"lane", "kiosk", "admin"},
              "Earn, redeem or (admin) adjust a member's points; header Idempotency-Key",
              R"({"type":"object","additionalProperties":false,"required":["kind","points"],"properties":{)"
              R"("kind":{"enum":["earn","redeem","adjust"]},"points":{"type":"integer","minimum":-1000000000,"maximum":1000000000},)"
              R"("reference":{"type":"string","maxLength":128},"reason":{"type":"string","maxLength":200}}})",
              std::string(R"({"type":"object","required":["entry"],"properties":{"entry":)") + kEntrySchema + "}}", 201, "",
              [services](const http::Request& request) { return record(services, request); }});
  routes.add({"GET", "/api/v1/members/{id}/points", {"lane", "kiosk", "admin"},
              "A member's balance and latest ledger entries, newest first (rate limited per device, with lookups)", "",
              std::string(R"({"type":"object","required":["member_id","balance","entries"],"properties":{)"
                          R"("member_id":{"type":"integer"},"balance":{"type":"integer"},"entries":{"type":"array","items":)") +
                  kEntrySchema + "}}}",
              200, kMemberLookupBucket, [services](const http::Request& request) { return history(services, request); }});
}

}  // namespace posserver::api
