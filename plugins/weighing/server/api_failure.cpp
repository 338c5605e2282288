#include "server/api_failure.hpp"
#include "driver/device_json.hpp"


namespace weighing::server {

possdk::HttpResponse jsonAnswer(int status, const Poco::JSON::Object& body) {
  return possdk::HttpResponse{status, jsonText(body)};
}

possdk::HttpResponse errorAnswer(const ApiFailure& failure) {
  Poco::JSON::Object error(Poco::JSON_PRESERVE_KEY_ORDER);
  error.set("status", failure.status());
  error.set("code", failure.code());
  error.set("field", failure.field());
  error.set("message", std::string(failure.what()));
  Poco::JSON::Object body;
  body.set("error", error);
  return jsonAnswer(failure.status(), body);
}

}  // namespace weighing::server
