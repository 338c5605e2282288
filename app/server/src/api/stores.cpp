// Stores: the chain's shops, named by their own ids ("S001").
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "identifiers.hpp"
#include "json_answer.hpp"
#include "posserver/http/json_body.hpp"
#include "resource_routes.hpp"
#include "sql_rows.hpp"

namespace posserver::api {
namespace {

constexpr const char* kStoreSchema =
    R"({"type":"object","required":["id","name"],"properties":{"id":{"type":"string"},"name":{"type":"string"}}})";

Poco::JSON::Object::Ptr storeJson(const std::string& id, const std::string& name) {
  Poco::JSON::Object::Ptr store = new Poco::JSON::Object;
  store->set("id", id);
  store->set("name", name);
  return store;
}

http::Response createStore(const Services& services, const http::Request& request) {
  const auto body = http::JsonBody::parse(request.body);
  body.allowOnly({"id", "name"});
  const auto id = body.requireString("id", kMaxIdentifierLength);
  checkIdentifier(id, "id");
  const auto name = body.requireString("name", kMaxDisplayNameLength);
  inTransaction(services.database, [&](possdk::Sql& sql) {
    const auto added = execOf(sql, "INSERT INTO stores (id, name, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                              {id, name, unixSeconds(services.clock)});
    if (added == 0) throw http::ApiError(409, "conflict", "id", "store \"" + id + "\" exists already; choose another id");
  });
  return jsonAnswer(201, wrap("store", storeJson(id, name)));
}

http::Response listStores(const Services& services) {
  Poco::JSON::Array::Ptr stores = new Poco::JSON::Array;
  for (const auto& row : rowsOf(services.database, "SELECT id, name FROM stores ORDER BY id")) {
    stores->add(storeJson(textAt(row, 0), textAt(row, 1)));
  }
  Poco::JSON::Object::Ptr answer = new Poco::JSON::Object;
  answer->set("stores", stores);
  return jsonAnswer(200, answer);
}

}  // namespace

void addStoreRoutes(http::Routes& routes, const Services& services) {
  routes.add({"POST", "/api/v1/stores", {"admin"}, "Add a store",
              R"({"type":"object","additionalProperties":false,"required":["id","name"],"properties":{)"
              R"("id":{"type":"string","pattern":"^[A-Za-z0-9_-]{1,32}$"},"name":{"type":"string","maxLength":80}}})",
              std::string(R"({"type":"object","required":["store"],"properties":{"store":)") + kStoreSchema + "}}",
              201, "", [services](const http::Request& request) { return createStore(services, request); }});
  routes.add({"GET", "/api/v1/stores", {"lane", "kiosk", "technician", "admin"}, "List the stores", "",
              std::string(R"({"type":"object","required":["stores"],"properties":{"stores":{"type":"array","items":)") +
                  kStoreSchema + "}}}",
              200, "", [services](const http::Request&) { return listStores(services); }});
}

}  // namespace posserver::api
