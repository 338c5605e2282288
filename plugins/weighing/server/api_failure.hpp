#pragma once
// How the module's handlers refuse a request: an ApiFailure carries the server's error body
// (docs/server-api.md, "Errors"); a DbFailure is a database call that failed, answered 500 (the
// server turns it into 503 when the database is unreachable).
#include <Poco/JSON/Object.h>

#include <stdexcept>
#include <string>

#include "possdk/server_module.hpp"

namespace weighing::server {

class ApiFailure : public std::runtime_error {
 public:
  ApiFailure(int status, std::string code, std::string field, const std::string& message)
      : std::runtime_error(message), status_(status), code_(std::move(code)), field_(std::move(field)) {}
  int status() const { return status_; }
  const std::string& code() const { return code_; }
  const std::string& field() const { return field_; }

 private:
  int status_;
  std::string code_;
  std::string field_;
};

class DbFailure : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

possdk::HttpResponse errorAnswer(const ApiFailure& failure);
possdk::HttpResponse jsonAnswer(int status, const Poco::JSON::Object& body);

// Runs a handler, answering its ApiFailure or DbFailure with the error body. Anything else is a bug
// and goes on to the server, which disables the module.
template <typename Work>
possdk::HttpResponse answering(possdk::Logger& log, Work&& work) {
  try {
    return work();
  } catch (const ApiFailure& failure) {
    return errorAnswer(failure);
  } catch (const DbFailure& failure) {
    log.error(std::string("database call failed: ") + failure.what());
    return errorAnswer(ApiFailure(500, "internal", "", "the weighing module could not use the database; retry later"));
  }
}

// A route's handler through answering().
template <possdk::HttpResponse (*Handler)(const possdk::HttpRequest&, possdk::ServerContext&)>
possdk::HttpResponse guarded(const possdk::HttpRequest& request, possdk::ServerContext& ctx) {
  return answering(ctx.log, [&] { return Handler(request, ctx); });
}

}  // namespace weighing::server
