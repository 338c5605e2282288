#include "sms_inbox.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>

#include <fstream>
#include <sstream>

namespace smssim {
namespace {

constexpr std::streamsize kMaxBody = 16 * 1024;

std::string errorBody(const std::string& message) {
  Poco::JSON::Object body;
  body.set("error", message);
  std::ostringstream out;
  body.stringify(out);
  return out.str();
}

class InboxHandler final : public Poco::Net::HTTPRequestHandler {
 public:
  explicit InboxHandler(SmsInbox& inbox) : inbox_(inbox) {}
  void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override {
    std::pair<int, std::string> answer{405, errorBody("only POST is accepted")};
    if (request.getMethod() == Poco::Net::HTTPRequest::HTTP_POST) {
      std::string body(static_cast<std::size_t>(kMaxBody) + 1, '\0');
      request.stream().read(body.data(), kMaxBody + 1);
      body.resize(static_cast<std::size_t>(request.stream().gcount()));
      answer = body.size() > static_cast<std::size_t>(kMaxBody)
                   ? std::pair{413, errorBody("the body is longer than 16 KiB")}
                   : inbox_.accept(request.get("Authorization", ""), body);
    }
    response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(answer.first));
    response.setContentType("application/json");
    response.sendBuffer(answer.second.data(), answer.second.size());
  }

 private:
  SmsInbox& inbox_;
};

class InboxFactory final : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  explicit InboxFactory(SmsInbox& inbox) : inbox_(inbox) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override {
    return new InboxHandler(inbox_);
  }

 private:
  SmsInbox& inbox_;
};

int highestNumber(const std::filesystem::path& dir) {
  int highest = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".json") continue;
    try {
      std::size_t used = 0;
      const auto stem = entry.path().stem().string();
      const int n = std::stoi(stem, &used);
      if (used == stem.size()) highest = std::max(highest, n);
    } catch (const std::exception&) {
    }
  }
  return highest;
}

}  // namespace

SmsInbox::SmsInbox(const Poco::Net::SocketAddress& address, std::filesystem::path dir, std::string token)
    : dir_(std::move(dir)), token_(std::move(token)) {
  std::filesystem::create_directories(dir_);
  next_ = highestNumber(dir_) + 1;
  auto params = new Poco::Net::HTTPServerParams;
  params->setMaxThreads(2);
  server_ = std::make_unique<Poco::Net::HTTPServer>(new InboxFactory(*this), Poco::Net::ServerSocket(address), params);
  server_->start();
}

SmsInbox::~SmsInbox() { server_->stopAll(true); }

std::uint16_t SmsInbox::port() const { return server_->port(); }

std::pair<int, std::string> SmsInbox::accept(const std::string& authorization, const std::string& body) {
  if (authorization != "Bearer " + token_) {
    return {401, errorBody("the Authorization header must be 'Bearer <token>' with the gateway's token")};
  }
  Poco::JSON::Object::Ptr message;
  try {
    message = Poco::JSON::Parser().parse(body).extract<Poco::JSON::Object::Ptr>();
  } catch (const Poco::Exception& e) {
    return {400, errorBody("the body is not a JSON object: " + e.displayText())};
  }
  if (!message) return {400, errorBody("the body must be a JSON object")};
  for (const char* field : {"to", "text"}) {
    if (!message->has(field) || !message->get(field).isString() || message->getValue<std::string>(field).empty()) {
      return {400, errorBody(std::string("field \"") + field + "\" must be non-empty text")};
    }
  }
  std::lock_guard lock(mutex_);
  const int id = next_;
  const auto file = dir_ / (std::to_string(id) + ".json");
  const auto partial = dir_ / (std::to_string(id) + ".json.part");
  {
    std::ofstream out(partial, std::ios::binary);
    out << body;
    if (!out.flush()) return {500, errorBody("cannot write " + partial.string())};
  }
  // Renamed into place whole: a reader never sees half a message.
  std::filesystem::rename(partial, file);
  ++next_;
  ++count_;
  return {202, "{\"id\":" + std::to_string(id) + "}"};
}

}  // namespace smssim
