#pragma once
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <string>
#include <utility>
#include <vector>

// An HTTP answer as the server tests see it, whether it came through the dispatcher in process or
// over a socket.
namespace postest {

struct Answer {
  int status = 0;
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;

  // The header's value, or "" when absent. Names compare without case, as HTTP's do.
  std::string header(const std::string& name) const {
    const auto lower = [](std::string text) {
      for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return text;
    };
    for (const auto& [key, value] : headers) {
      if (lower(key) == lower(name)) return value;
    }
    return "";
  }
  Poco::JSON::Object::Ptr json() const { return Poco::JSON::Parser().parse(body).extract<Poco::JSON::Object::Ptr>(); }
  std::string errorCode() const { return errorPart("code"); }    // error.code of an error body
  std::string errorField() const { return errorPart("field"); }  // error.field of an error body

 private:
  std::string errorPart(const std::string& part) const {
    try {
      return json()->getObject("error")->getValue<std::string>(part);
    } catch (const std::exception&) {
      return "<no error body>";
    }
  }
};

}  // namespace postest
