// Enrolment: codes made by an admin (or on the server machine) and spent once by a device for its
// credential.
#include <Poco/JSON/Object.h>

#include "identifiers.hpp"
#include "json_answer.hpp"
#include "posserver/api/core_api.hpp"
#include "posserver/api/enrolment_codes.hpp"
#include "posserver/http/json_body.hpp"
#include "resource_routes.hpp"
#include "secrets.hpp"
#include "sql_rows.hpp"
#include "poscore/util/blake2b.hpp"

namespace posserver::api {
namespace {

[[noreturn]] void refuseCode() {
  throw http::ApiError(403, "enrolment_code_invalid", "code",
                       "the enrolment code is unknown, used already or expired; ask an administrator for a new one");
}

bool hasLane(const std::string& role) { return role == "lane" || role == "kiosk"; }

[[noreturn]] void refuseLaneFor(const std::string& role) {
  throw http::ApiError(422, "invalid_field", "lane_id", "a " + role + " device has no lane; leave lane_id out");
}

void checkCodeRequest(const EnrolmentCodeRequest& request) {
  checkRole(request.role, "role");
  checkIdentifier(request.storeId, "store_id");
  if (request.laneId) checkIdentifier(*request.laneId, "lane_id");
  if (request.laneId && !hasLane(request.role)) refuseLaneFor(request.role);
  if (request.ttlMinutes < 1 || request.ttlMinutes > kMaxEnrolmentTtlMinutes) {
    throw http::ApiError(422, "invalid_field", "ttl_minutes",
                         "ttl_minutes must be from 1 to " + std::to_string(kMaxEnrolmentTtlMinutes) + "; got " +
                             std::to_string(request.ttlMinutes));
  }
}

EnrolmentCode storeCode(db::Database& database, std::int64_t now, const EnrolmentCodeRequest& request) {
  checkCodeRequest(request);
  const auto code = newEnrolmentCode();
  const auto expiresAt = now + request.ttlMinutes * 60;
  execOf(database,
         "INSERT INTO enrolment_codes (code_hash, role, store_id, lane_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
         {poscore::blake2bHex(*canonicalEnrolmentCode(code)), request.role, request.storeId, orNull(request.laneId), now, expiresAt});
  return {code, request.role, request.storeId, request.laneId, isoSeconds(expiresAt)};
}

http::Response createCode(const Services& services, const http::Request& request) {
  const auto body = http::JsonBody::parse(request.body);
  body.allowOnly({"role", "store_id", "lane_id", "ttl_minutes"});
  EnrolmentCodeRequest wanted;
  wanted.role = body.requireString("role", 16);
  wanted.storeId = body.requireString("store_id", kMaxIdentifierLength);
  wanted.laneId = body.optionalString("lane_id", kMaxIdentifierLength);
  wanted.ttlMinutes = body.optionalInt("ttl_minutes", 1, kMaxEnrolmentTtlMinutes).value_or(kDefaultEnrolmentTtlMinutes);
  const auto made = storeCode(services.database, unixSeconds(services.clock), wanted);
  Poco::JSON::Object::Ptr answer = new Poco::JSON::Object;
  answer->set("code", made.code);
  answer->set("role", made.role);
  answer->set("store_id", made.storeId);
  answer->set("lane_id", orJsonNull(made.laneId));
  answer->set("expires_at", made.expiresAt);
  return jsonAnswer(201, answer);
}

// The lane a new device gets: the code's, or the one it asks for when the code names none.
std::optional<std::string> laneFor(const std::string& role, const std::optional<std::string>& ofCode,
                                   const std::optional<std::string>& asked) {
  if (ofCode && asked && *ofCode != *asked) {
    throw http::ApiError(422, "invalid_field", "lane_id",
                         "this code enrols lane \"" + *ofCode + "\", not \"" + *asked + "\"; leave lane_id out");
  }
  auto lane = ofCode ? ofCode : asked;
  if (lane && !hasLane(role)) refuseLaneFor(role);
  if (!lane && role == "lane") {
    throw http::ApiError(422, "missing_field", "lane_id", "a lane enrols with its lane_id (\"L01\"); the code names none");
  }
  return lane;
}

http::Response enrol(const Services& services, const http::Request& request) {
  const auto body = http::JsonBody::parse(request.body);
  body.allowOnly({"code", "name", "lane_id"});
  const auto typed = body.requireString("code", 64);
  const auto name = body.requireString("name", kMaxDisplayNameLength);
  const auto askedLane = body.optionalString("lane_id", kMaxIdentifierLength);
  if (askedLane) checkIdentifier(*askedLane, "lane_id");
  const auto code = canonicalEnrolmentCode(typed);
  if (!code) refuseCode();
  const auto codeHash = poscore::blake2bHex(*code);
  const auto secret = newDeviceSecret();
  const auto now = unixSeconds(services.clock);
  Poco::JSON::Object::Ptr answer = new Poco::JSON::Object;
  inTransaction(services.database, [&](possdk::Sql& sql) {
    // Spending the code is the conditional update: of two devices racing with one code, one wins.
    const auto spent = rowsOf(sql,
                              "UPDATE enrolment_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL AND "
                              "expires_at > ? RETURNING role, store_id, lane_id",
                              {now, codeHash, now});
    if (spent.empty()) refuseCode();
    const auto role = textAt(spent[0], 0);
    const auto storeId = textAt(spent[0], 1);
    const auto lane = laneFor(role, optionalTextAt(spent[0], 2), askedLane);
    const auto created = rowsOf(sql,
                                "INSERT INTO devices (name, role, store_id, lane_id, secret_hash, enrolled_at) "
                                "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                                {name, role, storeId, orNull(lane), poscore::blake2bHex(secret), now});
    const auto deviceId = intAt(created.at(0), 0);
    execOf(sql, "UPDATE enrolment_codes SET device_id = ? WHERE code_hash = ?", {deviceId, codeHash});
    answer->set("device_id", std::to_string(deviceId));
    answer->set("token", std::to_string(deviceId) + "." + secret);
    answer->set("role", role);
    answer->set("store_id", storeId);
    answer->set("lane_id", orJsonNull(lane));
  });
  return jsonAnswer(201, answer);
}

}  // namespace

possdk::Result<EnrolmentCode> makeEnrolmentCode(db::Database& database, const possdk::Clock& clock,
                                                const EnrolmentCodeRequest& request) {
  try {
    return storeCode(database, unixSeconds(clock), request);
  } catch (const http::ApiError& refused) {
    return possdk::Result<EnrolmentCode>::fail(refused.what());
  } catch (const std::runtime_error& failed) {
    return possdk::Result<EnrolmentCode>::fail(std::string("the enrolment code was not stored: ") + failed.what());
  }
}

void addEnrolmentRoutes(http::Routes& routes, const Services& services) {
  routes.add({"POST", "/api/v1/enrol", {}, "Enrol a device with a one-time code; answers its credential",
              R"({"type":"object","additionalProperties":false,"required":["code","name"],"properties":{)"
              R"("code":{"type":"string","maxLength":64},"name":{"type":"string","maxLength":80},)"
              R"("lane_id":{"type":"string","pattern":"^[A-Za-z0-9_-]{1,32}$"}}})",
              R"({"type":"object","required":["device_id","token","role","store_id","lane_id"],"properties":{)"
              R"("device_id":{"type":"string"},"token":{"type":"string"},"role":{"type":"string"},)"
              R"("store_id":{"type":"string"},"lane_id":{"type":["string","null"]}}})",
              201, kEnrolBucket, [services](const http::Request& request) { return enrol(services, request); }});
  routes.add({"POST", "/api/v1/enrolment-codes", {"admin"}, "Make a one-time enrolment code for a device",
              R"({"type":"object","additionalProperties":false,"required":["role","store_id"],"properties":{)"
              R"("role":{"enum":["lane","kiosk","technician","admin"]},)"
              R"("store_id":{"type":"string","pattern":"^[A-Za-z0-9_-]{1,32}$"},)"
              R"("lane_id":{"type":"string","pattern":"^[A-Za-z0-9_-]{1,32}$"},)"
              R"("ttl_minutes":{"type":"integer","minimum":1,"maximum":10080}}})",
              R"({"type":"object","required":["code","role","store_id","lane_id","expires_at"],"properties":{)"
              R"("code":{"type":"string"},"role":{"type":"string"},"store_id":{"type":"string"},)"
              R"("lane_id":{"type":["string","null"]},"expires_at":{"type":"string","format":"date-time"}}})",
              201, "", [services](const http::Request& request) { return createCode(services, request); }});
}

}  // namespace posserver::api
