#pragma once
// The bare baseline's handler: every request gets one constant JSON body, nothing else is done.
// Shared by pos-bare-server and the HTTP benchmark so both measure the same baseline.
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <limits>
#include <string_view>

namespace posserver::tools {

class ConstantHandler final : public Poco::Net::HTTPRequestHandler {
 public:
  void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override {
    static constexpr std::string_view kBody = R"({"status":"ok"})";
    request.stream().ignore(std::numeric_limits<std::streamsize>::max());
    response.setContentType("application/json");
    response.setContentLength64(static_cast<Poco::Int64>(kBody.size()));
    response.sendBuffer(kBody.data(), kBody.size());
  }
};

class ConstantHandlerFactory final : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override {
    return new ConstantHandler;
  }
};

}  // namespace posserver::tools
