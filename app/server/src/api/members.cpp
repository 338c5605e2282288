// Members: registered by card and/or mobile number, looked up by either.
#include <Poco/JSON/Object.h>

#include "identifiers.hpp"
#include "json_answer.hpp"
#include "member_fields.hpp"
#include "posserver/api/core_api.hpp"
#include "posserver/http/json_body.hpp"
#include "query_params.hpp"
#include "resource_routes.hpp"
#include "sql_rows.hpp"

namespace posserver::api {
namespace {

void checkCard(const std::string& card, const std::string& field) {
  if (!isCardNumber(card)) {
    throw http::ApiError(422, "invalid_field", field, field + " must be 6 to 20 digits; got \"" + card + "\"");
  }
}

void checkMobile(const std::string& mobile, const std::string& field) {
  if (!isMobileNumber(mobile)) {
    throw http::ApiError(422, "invalid_field", field,
                         field + " must be a mainland mobile number, 1 and ten more digits (13812345678)");
  }
}

http::Response createMember(const Services& services, const http::Request& request) {
  const auto body = http::JsonBody::parse(request.body);
  body.allowOnly({"card", "mobile", "name"});
  const auto card = body.optionalString("card", 20);
  const auto mobile = body.optionalString("mobile", 11);
  const auto name = body.optionalString("name", kMaxDisplayNameLength);
  if (!card && !mobile) throw http::ApiError(422, "missing_field", "card", "a member needs a card or a mobile number, or both");
  if (card) checkCard(*card, "card");
  if (mobile) checkMobile(*mobile, "mobile");
  Poco::JSON::Object::Ptr member;
  inTransaction(services.database, [&](possdk::Sql& sql) {
    const auto added = rowsOf(sql,
                              "INSERT INTO members (card, mobile, name, created_at) VALUES (?, ?, ?, ?) "
                              "ON CONFLICT DO NOTHING RETURNING id",
                              {orNull(card), orNull(mobile), orNull(name), unixSeconds(services.clock)});
    // Neither the field nor the text says which number is taken: a caller sending both must not learn
    // whether a card or a mobile number belongs to a member (that is what a rate-limited lookup is for).
    if (added.empty()) {
      throw http::ApiError(409, "conflict", card ? "card" : "mobile",
                           "a member with this card or mobile number exists already; look the member up instead");
    }
    const auto id = intAt(added[0], 0);
    execOf(sql, "INSERT INTO points_balances (member_id, balance) VALUES (?, 0)", {id});
    member = memberJson(rowsOf(sql, std::string(kMemberSelect) + " WHERE m.id = ?", {id}).at(0));
  });
  return jsonAnswer(201, wrap("member", member));
}

http::Response lookup(const Services& services, const http::Request& request) {
  allowOnlyQuery(request, {"card", "mobile"});
  const auto card = queryText(request, "card");
  const auto mobile = queryText(request, "mobile");
  if (card.has_value() == mobile.has_value()) {
    throw http::ApiError(422, card ? "invalid_field" : "missing_field", "card", "look a member up by card or by mobile, one of them");
  }
  if (card) checkCard(*card, "card");
  if (mobile) checkMobile(*mobile, "mobile");
  const auto rows = card ? rowsOf(services.database, std::string(kMemberSelect) + " WHERE m.card = ?", {*card})
                         : rowsOf(services.database, std::string(kMemberSelect) + " WHERE m.mobile = ?", {*mobile});
  if (rows.empty()) {
    throw http::ApiError(404, "member_not_found", card ? "card" : "mobile", "no member has this number");
  }
  return jsonAnswer(200, wrap("member", memberJson(rows[0])));
}

}  // namespace

void addMemberRoutes(http::Routes& routes, const Services& services) {
  const auto memberAnswer = std::string(R"({"type":"object","required":["member"],"properties":{"member":)") + kMemberSchema + "}}";
  routes.add({"POST", "/api/v1/members", {"admin", "lane"},
              "Register a member by card and/or mobile number (rate limited per device, with lookups)",
              R"({"type":"object","additionalProperties":false,"anyOf":[{"required":["card"]},{"required":["mobile"]}],)"
              R"("properties":{"card":{"type":"string","pattern":"^[0-9]{6,20}$"},"mobile":{"type":"string","pattern":"^1[0-9]{10}$"},)"
              R"("name":{"type":"string","maxLength":80}}})",
              memberAnswer, 201, kMemberLookupBucket,
              [services](const http::Request& request) { return createMember(services, request); }});
  routes.add({"GET", "/api/v1/members/lookup", {"lane", "kiosk", "admin"},
              "Find a member by ?card= or ?mobile= (rate limited per device)", "", memberAnswer, 200, kMemberLookupBucket,
              [services](const http::Request& request) { return lookup(services, request); }});
}

}  // namespace posserver::api
