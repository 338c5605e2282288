#include "poscore/sync/enrolment.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <sstream>

namespace poscore::sync {
namespace {

constexpr int kCreated = 201;
constexpr std::size_t kMaxQuoted = 300;

std::string enrolBody(const std::string& code, const std::string& name, const std::string& laneId) {
  Poco::JSON::Object body(Poco::JSON_PRESERVE_KEY_ORDER);
  body.set("code", code);
  body.set("name", name);
  body.set("lane_id", laneId);
  std::ostringstream out;
  Poco::JSON::Stringifier::condense(body, out);
  return out.str();
}

// The credential from a 201 answer; fails naming the field the server left out.
possdk::Result<Credential> credentialFrom(const std::string& body, const std::string& enrolledAt) {
  try {
    auto object = Poco::JSON::Parser().parse(body).extract<Poco::JSON::Object::Ptr>();
    Credential c;
    for (auto [field, into] : {std::pair{"device_id", &c.deviceId}, std::pair{"token", &c.token}, std::pair{"role", &c.role},
                               std::pair{"store_id", &c.storeId}}) {
      if (!object->has(field) || !object->get(field).isString()) {
        return possdk::Result<Credential>::fail(std::string("the enrolment answer has no text field \"") + field + "\"");
      }
      *into = object->getValue<std::string>(field);
    }
    c.laneId = object->optValue<std::string>("lane_id", "");
    c.enrolledAt = enrolledAt;
    if (c.token.empty()) return possdk::Result<Credential>::fail("the enrolment answer's token is empty");
    return c;
  } catch (const Poco::Exception& e) {
    return possdk::Result<Credential>::fail("the enrolment answer is not the expected JSON object: " + e.displayText());
  }
}

// The API's {"error": {...}} object, or null when the body is not one (a proxy's page, say).
Poco::JSON::Object::Ptr errorObjectOf(const std::string& body) {
  try {
    return Poco::JSON::Parser().parse(body).extract<Poco::JSON::Object::Ptr>()->getObject("error");
  } catch (const Poco::Exception&) {
    return nullptr;
  }
}

std::string textAt(const Poco::JSON::Object& error, const std::string& key) {
  return error.has(key) && error.get(key).isString() ? error.getValue<std::string>(key) : std::string();
}

}  // namespace

std::string serverError(int status, const std::string& body) {
  if (auto error = errorObjectOf(body)) {
    auto text = "HTTP " + std::to_string(status) + " " + textAt(*error, "code");
    if (auto field = textAt(*error, "field"); !field.empty()) text += " (" + field + ")";
    return text + ": " + textAt(*error, "message");
  }
  // Not the API's error body: quote it as it came.
  return "HTTP " + std::to_string(status) + ": " + body.substr(0, kMaxQuoted);
}

std::string serverErrorCode(const std::string& body) {
  auto error = errorObjectOf(body);
  return error ? textAt(*error, "code") : std::string();
}

EnrolResult enrol(ServerLink& link, SyncStore& store, const std::string& code, const std::string& name,
                  const std::string& laneId, const std::string& enrolledAt) {
  auto reply = link.send("POST", "/api/v1/enrol", enrolBody(code, name, laneId));
  if (!reply) {
    return {EnrolOutcome::Unreachable, "cannot reach the server to enrol (" + reply.error() + "); the lane retries later"};
  }
  const auto status = reply.value().status;
  if (status == kCreated) {
    auto credential = credentialFrom(reply.value().body, enrolledAt);
    if (!credential) return {EnrolOutcome::Unreachable, "enrolment answered but " + credential.error() + "; check the server's version"};
    if (auto saved = store.saveCredential(credential.value()); !saved) {
      return {EnrolOutcome::Unreachable, "enrolled, but the credential could not be kept: " + saved.error()};
    }
    link.setToken(credential.value().token);
    return {EnrolOutcome::Enrolled, "enrolled as device " + credential.value().deviceId + " of store " + credential.value().storeId};
  }
  const auto why = serverError(status, reply.value().body);
  if (status >= 500 || status == 408 || status == 429) {
    return {EnrolOutcome::Unreachable, "the server could not enrol the lane now (" + why + "); the lane retries later"};
  }
  const auto message = "the server refused enrolment code " + code + " (" + why +
                       "); ask for a new code and run: posctl server enrol CODE";
  if (auto kept = store.saveRefusedCode(code, why); !kept) return {EnrolOutcome::Refused, message + "; " + kept.error()};
  return {EnrolOutcome::Refused, message};
}

}  // namespace poscore::sync
