// Sales uploaded by lanes, kept as sent; idempotent by (store, lane, receipt): lane ids are a store's own,
// so S002's L01 is another lane than S001's.
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Stringifier.h>

#include <algorithm>
#include <cctype>
#include <sstream>

#include "identifiers.hpp"
#include "json_answer.hpp"
#include "poscore/money/money.hpp"
#include "posserver/http/json_body.hpp"
#include "resource_routes.hpp"
#include "sql_rows.hpp"
#include "poscore/util/blake2b.hpp"

namespace posserver::api {
namespace {

constexpr std::size_t kMaxReceiptLength = 64;

struct SaleUpload {
  std::string laneId;
  std::string receipt;
  std::string kind;
  std::int64_t completedAt = 0;
  std::string currency;
  std::int64_t total = 0;
  std::string contentHash;
};

[[noreturn]] void invalid(const std::string& field, const std::string& why) {
  throw http::ApiError(422, "invalid_field", field, field + " " + why);
}

bool isReceipt(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '/' || c == '.';
  });
}

bool isCurrency(const std::string& text) {
  return text.size() == 3 && std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// The content a resend is compared by: the parsed body written back with its keys in one order, so
// the same sale sent with other spacing is still the same sale.
std::string contentHashOf(const http::JsonBody& body) {
  std::ostringstream canonical;
  Poco::JSON::Stringifier::stringify(body.object(), canonical);
  return poscore::blake2bHex(canonical.str());
}

SaleUpload uploadOf(const http::JsonBody& body) {
  body.allowOnly({"lane_id", "receipt", "kind", "completed_at", "currency", "total", "sale"});
  SaleUpload sale;
  sale.laneId = body.requireString("lane_id", kMaxIdentifierLength);
  checkIdentifier(sale.laneId, "lane_id");
  sale.receipt = body.requireString("receipt", kMaxReceiptLength);
  if (!isReceipt(sale.receipt)) invalid("receipt", "must be letters, digits and - _ / .; got \"" + sale.receipt + "\"");
  sale.kind = body.requireString("kind", 8);
  if (sale.kind != "sale" && sale.kind != "return") invalid("kind", "must be \"sale\" or \"return\"; got \"" + sale.kind + "\"");
  const auto completed = body.requireString("completed_at", 40);
  const auto seconds = parseIsoSeconds(completed);
  if (!seconds) invalid("completed_at", "must be an ISO 8601 UTC time like 2026-11-22T09:30:00Z; got \"" + completed + "\"");
  sale.completedAt = *seconds;
  sale.currency = body.requireString("currency", 3);
  if (!isCurrency(sale.currency)) invalid("currency", "must be an ISO 4217 code like CNY; got \"" + sale.currency + "\"");
  sale.total = body.requireInt("total", -poscore::kMaxAmountMinor, poscore::kMaxAmountMinor);
  body.requireObject("sale");
  sale.contentHash = contentHashOf(body);
  return sale;
}

http::Response upload(const Services& services, const http::Request& request) {
  const auto& caller = callerOf(request);
  const auto body = http::JsonBody::parse(request.body);
  const auto sale = uploadOf(body);
  checkOwnLane(caller, sale.laneId, "lane_id");
  bool stored = false;
  inTransaction(services.database, [&](possdk::Sql& sql) {
    stored = execOf(sql,
                    "INSERT INTO sales (lane_id, receipt, store_id, device_id, kind, completed_at, currency, total, "
                    "content_hash, body, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    {sale.laneId, sale.receipt, caller.storeId, std::stoll(caller.deviceId), sale.kind, sale.completedAt,
                     sale.currency, sale.total, sale.contentHash, request.body, unixSeconds(services.clock)}) > 0;
    if (stored) return;
    const auto earlier = rowsOf(sql, "SELECT content_hash FROM sales WHERE store_id = ? AND lane_id = ? AND receipt = ?",
                                {caller.storeId, sale.laneId, sale.receipt});
    if (earlier.empty() || textAt(earlier[0], 0) != sale.contentHash) {
      throw http::ApiError(409, "conflict", "receipt",
                           "lane " + sale.laneId + " of store " + caller.storeId + " sent receipt " + sale.receipt +
                               " before with other content; a receipt number is used once");
    }
  });
  Poco::JSON::Object::Ptr answer = new Poco::JSON::Object;
  answer->set("status", stored ? "stored" : "duplicate");
  return jsonAnswer(stored ? 201 : 200, answer);
}

}  // namespace

void addSaleRoutes(http::Routes& routes, const Services& services) {
  routes.add({"POST", "/api/v1/sales", {"lane"}, "Upload a completed sale or return (idempotent by store, lane and receipt)",
              R"({"type":"object","additionalProperties":false,)"
              R"("required":["lane_id","receipt","kind","completed_at","currency","total","sale"],"properties":{)"
              R"("lane_id":{"type":"string","pattern":"^[A-Za-z0-9_-]{1,32}$"},)"
              R"("receipt":{"type":"string","pattern":"^[A-Za-z0-9_./-]{1,64}$"},"kind":{"enum":["sale","return"]},)"
              R"("completed_at":{"type":"string","format":"date-time"},"currency":{"type":"string","pattern":"^[A-Z]{3}$"},)"
              R"("total":{"type":"integer","minimum":-1000000000,"maximum":1000000000},"sale":{"type":"object"}}})",
              R"({"type":"object","required":["status"],"properties":{"status":{"enum":["stored","duplicate"]}}})",
              201, "", [services](const http::Request& request) { return upload(services, request); }});
}

}  // namespace posserver::api
