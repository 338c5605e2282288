// Enrolled devices: the list, revocation, and the lanes' heartbeat with their outbox backlog.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "identifiers.hpp"
#include "json_answer.hpp"
#include "posserver/http/json_body.hpp"
#include "resource_routes.hpp"
#include "sql_rows.hpp"

namespace posserver::api {
namespace {

constexpr const char* kDeviceColumns =
    "id, name, role, store_id, lane_id, enrolled_at, revoked_at, last_seen_at, outbox_backlog FROM devices";
constexpr std::int64_t kMaxBacklog = 1'000'000'000;

constexpr const char* kDeviceSchema =
    R"({"type":"object","properties":{"id":{"type":"string"},"name":{"type":"string"},"role":{"type":"string"},)"
    R"("store_id":{"type":"string"},"lane_id":{"type":["string","null"]},"enrolled_at":{"type":"string"},)"
    R"("revoked_at":{"type":["string","null"]},"last_seen_at":{"type":["string","null"]},)"
    R"("outbox_backlog":{"type":["integer","null"]}}})";

Poco::JSON::Object::Ptr deviceJson(const possdk::SqlRow& row) {
  Poco::JSON::Object::Ptr device = new Poco::JSON::Object;
  device->set("id", std::to_string(intAt(row, 0)));
  device->set("name", textAt(row, 1));
  device->set("role", textAt(row, 2));
  device->set("store_id", textAt(row, 3));
  device->set("lane_id", orJsonNull(optionalTextAt(row, 4)));
  device->set("enrolled_at", isoSeconds(intAt(row, 5)));
  device->set("revoked_at", isoOrNull(optionalIntAt(row, 6)));
  device->set("last_seen_at", isoOrNull(optionalIntAt(row, 7)));
  device->set("outbox_backlog", orJsonNull(optionalIntAt(row, 8)));
  return device;
}

http::Response listDevices(const Services& services) {
  Poco::JSON::Array::Ptr devices = new Poco::JSON::Array;
  for (const auto& row : rowsOf(services.database, std::string("SELECT ") + kDeviceColumns + " ORDER BY id")) {
    devices->add(deviceJson(row));
  }
  Poco::JSON::Object::Ptr answer = new Poco::JSON::Object;
  answer->set("devices", devices);
  return jsonAnswer(200, answer);
}

http::Response revoke(const Services& services, const http::Request& request) {
  const auto deviceId = rowIdParam(request, "id", "device_not_found");
  Poco::JSON::Object::Ptr device;
  inTransaction(services.database, [&](possdk::Sql& sql) {
    // Revoking twice keeps the first time: the answer says when the credential stopped working.
    execOf(sql, "UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
           {unixSeconds(services.clock), deviceId});
    const auto rows = rowsOf(sql, std::string("SELECT ") + kDeviceColumns + " WHERE id = ?", {deviceId});
    if (rows.empty()) {
      throw http::ApiError(404, "device_not_found", "id", "there is no device " + std::to_string(deviceId));
    }
    device = deviceJson(rows[0]);
  });
  return jsonAnswer(200, wrap("device", device));
}

http::Response heartbeat(const Services& services, const http::Request& request) {
  const auto& caller = callerOf(request);
  const auto body = http::JsonBody::parse(request.body);
  body.allowOnly({"outbox_backlog", "oldest_pending_at"});
  const auto backlog = body.requireInt("outbox_backlog", 0, kMaxBacklog);
  std::optional<std::int64_t> oldestPending;
  if (const auto text = body.optionalString("oldest_pending_at", 40)) {
    oldestPending = parseIsoSeconds(*text);
    if (!oldestPending) {
      throw http::ApiError(422, "invalid_field", "oldest_pending_at",
                           "oldest_pending_at must be an ISO 8601 UTC time like 2026-11-22T09:30:00Z; got \"" + *text + "\"");
    }
  }
  const auto now = unixSeconds(services.clock);
  inTransaction(services.database, [&](possdk::Sql& sql) {
    execOf(sql, "UPDATE devices SET outbox_backlog = ?, oldest_pending_at = ?, last_seen_at = ? WHERE id = ?",
           {backlog, orNull(oldestPending), now, std::stoll(caller.deviceId)});
  });
  services.metrics.setGauge("pos_outbox_backlog", "Calls waiting in a device's outbox, from its last heartbeat.",
                            {{"device", caller.deviceId}, {"lane", caller.laneId}}, backlog);
  Poco::JSON::Object::Ptr answer = new Poco::JSON::Object;
  answer->set("server_time", isoSeconds(now));
  return jsonAnswer(200, answer);
}

}  // namespace

void addDeviceRoutes(http::Routes& routes, const Services& services) {
  routes.add({"GET", "/api/v1/devices", {"admin", "technician"}, "List the enrolled devices", "",
              std::string(R"({"type":"object","required":["devices"],"properties":{"devices":{"type":"array","items":)") +
                  kDeviceSchema + "}}}",
              200, "", [services](const http::Request&) { return listDevices(services); }});
  routes.add({"POST", "/api/v1/devices/{id}/revoke", {"admin"}, "Revoke a device's credential", "",
              std::string(R"({"type":"object","required":["device"],"properties":{"device":)") + kDeviceSchema + "}}",
              200, "", [services](const http::Request& request) { return revoke(services, request); }});
  routes.add({"POST", "/api/v1/lanes/heartbeat", {"lane", "kiosk"}, "Report the device's outbox backlog",
              R"({"type":"object","additionalProperties":false,"required":["outbox_backlog"],"properties":{)"
              R"("outbox_backlog":{"type":"integer","minimum":0,"maximum":1000000000},)"
              R"("oldest_pending_at":{"type":"string","format":"date-time"}}})",
              R"({"type":"object","required":["server_time"],"properties":{"server_time":{"type":"string","format":"date-time"}}})",
              200, "", [services](const http::Request& request) { return heartbeat(services, request); }});
}

}  // namespace posserver::api
