#pragma once
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/StreamCopier.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include "answer.hpp"

// A client for pos-server over a real socket, one kept-alive connection per client (not shared
// between threads). Poco reconnects by itself when the server closed the connection.
namespace postest {

class RestClient {
 public:
  explicit RestClient(std::uint16_t port, std::string token = "")
      : session_(std::make_unique<Poco::Net::HTTPClientSession>("127.0.0.1", port)), token_(std::move(token)) {
    configure();
  }
  // HTTPS, trusting only `caFile` (the server's self-signed certificate).
  RestClient(std::uint16_t port, const std::string& caFile, std::string token)
      : token_(std::move(token)) {
    Poco::Net::Context::Ptr context =
        new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", caFile, Poco::Net::Context::VERIFY_STRICT);
    session_ = std::make_unique<Poco::Net::HTTPSClientSession>("127.0.0.1", port, context);
    configure();
  }

  void setToken(std::string token) { token_ = std::move(token); }

  Answer call(const std::string& method, const std::string& target, const std::string& body = "",
              const std::map<std::string, std::string>& headers = {}) {
    Poco::Net::HTTPRequest request(method, target, Poco::Net::HTTPMessage::HTTP_1_1);
    if (!token_.empty()) request.set("Authorization", "Bearer " + token_);
    if (!body.empty()) {
      request.setContentType("application/json");
      request.setContentLength(static_cast<std::streamsize>(body.size()));
    }
    for (const auto& [name, value] : headers) request.set(name, value);
    session_->sendRequest(request) << body;
    Poco::Net::HTTPResponse response;
    Answer answer;
    Poco::StreamCopier::copyToString(session_->receiveResponse(response), answer.body);
    answer.status = static_cast<int>(response.getStatus());
    for (const auto& [name, value] : response) answer.headers.emplace_back(name, value);
    return answer;
  }
  Answer get(const std::string& target) { return call("GET", target); }
  Answer post(const std::string& target, const std::string& body, const std::map<std::string, std::string>& headers = {}) {
    return call("POST", target, body, headers);
  }

 private:
  void configure() {
    session_->setKeepAlive(true);
    session_->setTimeout(Poco::Timespan(60, 0));
  }

  std::unique_ptr<Poco::Net::HTTPClientSession> session_;
  std::string token_;
};

}  // namespace postest
