#include "posserver/http/api.hpp"

#include <Poco/JSON/Object.h>

#include <sstream>

#include "poscore/util/utf8.hpp"

namespace posserver::http {

std::string Request::header(const std::string& lowerName) const {
  const auto found = headers.find(lowerName);
  return found == headers.end() ? std::string{} : found->second;
}

ApiError::ApiError(int status, std::string code, std::string field, const std::string& message,
                   std::vector<std::pair<std::string, std::string>> headers)
    : std::runtime_error(message),
      status_(status),
      code_(std::move(code)),
      field_(std::move(field)),
      headers_(std::move(headers)) {}

Response ApiError::toResponse() const {
  Poco::JSON::Object::Ptr error = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
  error->set("status", status_);
  error->set("code", code_);
  // Messages and fields may echo what the client sent; the answer stays valid UTF-8 JSON.
  error->set("field", poscore::utf8Sanitized(field_));
  error->set("message", poscore::utf8Sanitized(what()));
  Poco::JSON::Object body(Poco::JSON_PRESERVE_KEY_ORDER);
  body.set("error", error);
  std::ostringstream text;
  body.stringify(text);

  Response response;
  response.status = status_;
  response.body = text.str();
  response.headers = headers_;
  return response;
}

}  // namespace posserver::http
