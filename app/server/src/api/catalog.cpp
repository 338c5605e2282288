// The catalog as versioned changes: an admin publishes, lanes read what came after their version.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <limits>
#include <sstream>

#include "json_answer.hpp"
#include "posserver/http/json_body.hpp"
#include "poscore/catalog/product_json.hpp"
#include "poscore/catalog/product_rules.hpp"
#include "product_json.hpp"
#include "query_params.hpp"
#include "resource_routes.hpp"
#include "sql_rows.hpp"

namespace posserver::api {
namespace {

constexpr std::size_t kMaxChangesPerPublish = 1000;
constexpr std::int64_t kMaxReadLimit = 1000;
constexpr std::int64_t kDefaultReadLimit = 500;

struct Change {
  std::string op;
  std::string sku;
  std::string field;                   // where it came from: "upserts[3]", "deletes[0]"
  std::optional<std::string> product;  // JSON text, for an upsert
  std::vector<std::string> barcodes;
};

// A 422 naming the field, in the words of poscore's product reader.
poscore::catalog::Product productOf(const http::JsonBody& upsert) {
  auto where = upsert.nameOf("");
  if (!where.empty() && where.back() == '.') where.pop_back();
  poscore::catalog::ProductJsonRefusal refusal;
  auto product = poscore::catalog::productFromApiJson(*upsert.object(), where, &refusal);
  if (product) return std::move(product.value());
  using Kind = poscore::catalog::ProductJsonRefusal::Kind;
  const auto code = refusal.kind == Kind::Missing ? "missing_field" : refusal.kind == Kind::Unknown ? "unknown_field" : "invalid_field";
  throw http::ApiError(422, code, refusal.field, product.error());
}

// Upserts first, in their order, then deletes, in theirs (docs/server-api.md): a sku in both ends deleted.
std::vector<Change> changesOf(const http::JsonBody& body) {
  body.allowOnly({"upserts", "deletes"});
  std::vector<Change> changes;
  const auto upserts = body.optionalObjects("upserts", kMaxChangesPerPublish);
  for (std::size_t i = 0; i < upserts.size(); ++i) {
    const auto product = productOf(upserts[i]);
    std::ostringstream text;
    Poco::JSON::Stringifier::stringify(poscore::catalog::productToApiJson(product), text);
    changes.push_back({"upsert", product.sku, "upserts[" + std::to_string(i) + "]", text.str(), product.barcodes});
  }
  const auto deletes = body.optionalStrings("deletes", kMaxChangesPerPublish, poscore::catalog::kMaxSkuLength);
  for (std::size_t i = 0; i < deletes.size(); ++i) {
    changes.push_back({"delete", deletes[i], "deletes[" + std::to_string(i) + "]", std::nullopt, {}});
  }
  if (changes.empty() || changes.size() > kMaxChangesPerPublish) {
    throw http::ApiError(422, changes.empty() ? "missing_field" : "invalid_field", "upserts",
                         "a publish carries 1 to " + std::to_string(kMaxChangesPerPublish) +
                             " upserts and deletes together; got " + std::to_string(changes.size()));
  }
  return changes;
}

// Moves the current catalog by one change; refuses what would leave it inconsistent.
void applyToCurrent(possdk::Sql& sql, const Change& change, std::int64_t version) {
  execOf(sql, "DELETE FROM catalog_barcodes WHERE sku = ?", {change.sku});
  if (change.op == "delete") {
    if (execOf(sql, "DELETE FROM catalog_products WHERE sku = ?", {change.sku}) == 0) {
      throw http::ApiError(422, "invalid_field", change.field,
                           change.field + " deletes sku \"" + change.sku + "\", which the catalog does not hold");
    }
    return;
  }
  execOf(sql,
         "INSERT INTO catalog_products (sku, product, version) VALUES (?, ?, ?) "
         "ON CONFLICT (sku) DO UPDATE SET product = excluded.product, version = excluded.version",
         {change.sku, *change.product, version});
  for (std::size_t i = 0; i < change.barcodes.size(); ++i) {
    const auto& barcode = change.barcodes[i];
    if (execOf(sql, "INSERT INTO catalog_barcodes (barcode, sku) VALUES (?, ?) ON CONFLICT DO NOTHING", {barcode, change.sku}) == 0) {
      const auto holder = rowsOf(sql, "SELECT sku FROM catalog_barcodes WHERE barcode = ?", {barcode});
      const auto field = change.field + ".barcodes[" + std::to_string(i) + "]";
      throw http::ApiError(409, "conflict", field,
                           field + " " + barcode + " belongs to sku \"" + (holder.empty() ? "?" : textAt(holder[0], 0)) +
                               "\"; take it off that product in the same publish first");
    }
  }
}

http::Response publish(const Services& services, const http::Request& request) {
  const auto changes = changesOf(http::JsonBody::parse(request.body));
  const auto count = static_cast<std::int64_t>(changes.size());
  const auto now = unixSeconds(services.clock);
  std::int64_t last = 0;
  inTransaction(services.database, [&](possdk::Sql& sql) {
    // The head row first: on PostgreSQL this locks it, so publishers commit in version order and a
    // reader never sees version N+1 while N is still uncommitted (SQLite serialises writers anyway).
    last = intAt(rowsOf(sql, "UPDATE catalog_head SET version = version + ? WHERE id = 1 RETURNING version", {count}).at(0), 0);
    auto version = last - count;
    for (const auto& change : changes) {
      execOf(sql, "INSERT INTO catalog_changes (version, op, sku, product, created_at) VALUES (?, ?, ?, ?, ?)",
             {++version, change.op, change.sku, orNull(change.product), now});
      applyToCurrent(sql, change, version);
    }
  });
  Poco::JSON::Object::Ptr answer = new Poco::JSON::Object;
  answer->set("version", static_cast<Poco::Int64>(last));
  answer->set("changes", static_cast<Poco::Int64>(count));
  return jsonAnswer(201, answer);
}

Poco::JSON::Object::Ptr changeJson(const possdk::SqlRow& row) {
  Poco::JSON::Object::Ptr change = new Poco::JSON::Object;
  change->set("version", static_cast<Poco::Int64>(intAt(row, 0)));
  change->set("op", textAt(row, 1));
  change->set("sku", textAt(row, 2));
  if (const auto product = optionalTextAt(row, 3)) {
    change->set("product", Poco::JSON::Parser().parse(*product).extract<Poco::JSON::Object::Ptr>());
  }
  return change;
}

http::Response readChanges(const Services& services, const http::Request& request) {
  allowOnlyQuery(request, {"since", "limit"});
  const auto since = queryInt(request, "since", 0, std::numeric_limits<std::int64_t>::max(), 0);
  const auto limit = queryInt(request, "limit", 1, kMaxReadLimit, kDefaultReadLimit);
  Poco::JSON::Array::Ptr changes = new Poco::JSON::Array;
  std::int64_t nextSince = since;
  // The head first and no change above it: publishers commit in version order, so every change at
  // or below a committed head is committed too. No transaction is needed for that, and lanes polling
  // do not queue behind SQLite's write lock.
  auto& database = services.database;
  const auto latest = intAt(rowsOf(database, "SELECT version FROM catalog_head WHERE id = 1").at(0), 0);
  for (const auto& row : rowsOf(database,
                                "SELECT version, op, sku, product FROM catalog_changes WHERE version > ? AND version <= ? "
                                "ORDER BY version LIMIT ?",
                                {since, latest, limit})) {
    changes->add(changeJson(row));
    nextSince = intAt(row, 0);
  }
  Poco::JSON::Object::Ptr answer = new Poco::JSON::Object;
  answer->set("changes", changes);
  answer->set("next_since", static_cast<Poco::Int64>(nextSince));
  answer->set("latest", static_cast<Poco::Int64>(latest));
  answer->set("more", nextSince < latest);
  return jsonAnswer(200, answer);
}

}  // namespace

void addCatalogRoutes(http::Routes& routes, const Services& services) {
  routes.add({"POST", "/api/v1/catalog/changes", {"admin"}, "Publish catalog changes as the next versions, all or nothing",
              std::string(R"({"type":"object","additionalProperties":false,"properties":{"upserts":{"type":"array","maxItems":1000,"items":)") +
                  kProductSchema + R"(},"deletes":{"type":"array","maxItems":1000,"items":{"type":"string","maxLength":40}}}})",
              R"({"type":"object","required":["version","changes"],"properties":{"version":{"type":"integer"},"changes":{"type":"integer"}}})",
              201, "", [services](const http::Request& request) { return publish(services, request); }});
  routes.add({"GET", "/api/v1/catalog/changes", {"lane", "kiosk", "technician", "admin"},
              "Catalog changes after version `since`, oldest first", "",
              std::string(R"({"type":"object","required":["changes","next_since","latest","more"],"properties":{)"
                          R"("changes":{"type":"array","items":{"type":"object","required":["version","op","sku"],"properties":{)"
                          R"("version":{"type":"integer"},"op":{"enum":["upsert","delete"]},"sku":{"type":"string"},"product":)") +
                  kProductSchema +
                  R"(}}},"next_since":{"type":"integer"},"latest":{"type":"integer"},"more":{"type":"boolean"}}})",
              200, "", [services](const http::Request& request) { return readChanges(services, request); }});
}

}  // namespace posserver::api
