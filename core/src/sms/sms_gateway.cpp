#include "poscore/sms/sms_gateway.hpp"

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/JSON/Object.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/URI.h>

#include <sstream>

namespace poscore::sms {
namespace {

constexpr int kMaxTimeoutSeconds = 120;

std::unique_ptr<Poco::Net::HTTPClientSession> sessionFor(const Poco::URI& uri) {
  if (uri.getScheme() != "https") return std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
  // The gateway's certificate must chain to the system's CAs and name the host: customers' numbers
  // go to no one else.
  Poco::Net::Context::Ptr context =
      new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", "", Poco::Net::Context::VERIFY_RELAXED, 9, true);
  return std::make_unique<Poco::Net::HTTPSClientSession>(uri.getHost(), uri.getPort(), context);
}

}  // namespace

possdk::Result<SmsSettings> smsSettingsFrom(const Config& config) {
  using Out = possdk::Result<SmsSettings>;
  SmsSettings settings;
  settings.url = config.get("sms.url").value_or("");
  if (settings.url.empty()) return Out::fail("setting sms.url is missing; name the SMS gateway's URL to send receipts by SMS");
  try {
    const Poco::URI uri(settings.url);
    if ((uri.getScheme() != "http" && uri.getScheme() != "https") || uri.getHost().empty()) {
      return Out::fail("setting sms.url must be an http:// or https:// URL with a host, not '" + settings.url + "'");
    }
  } catch (const Poco::SyntaxException& e) {
    return Out::fail("setting sms.url is not a URL: " + e.message());
  }
  settings.token = config.get("sms.token").value_or("");
  if (settings.token.empty()) return Out::fail("setting sms.token is missing; the gateway needs its access token");
  if (const auto timeout = config.get("sms.timeout_seconds")) {
    int seconds = 0;
    try {
      std::size_t used = 0;
      seconds = std::stoi(*timeout, &used);
      if (used != timeout->size()) seconds = 0;
    } catch (const std::exception&) {
      seconds = 0;
    }
    if (seconds < 1 || seconds > kMaxTimeoutSeconds) {
      return Out::fail("setting sms.timeout_seconds must be a whole number from 1 to " + std::to_string(kMaxTimeoutSeconds) +
                       ", not '" + *timeout + "'");
    }
    settings.timeout = std::chrono::seconds(seconds);
  }
  return settings;
}

possdk::Status postSms(const SmsSettings& settings, const std::string& to, const std::string& text) {
  using possdk::Status;
  try {
    const Poco::URI uri(settings.url);
    auto session = sessionFor(uri);
    session->setTimeout(Poco::Timespan(settings.timeout.count(), 0));
    Poco::JSON::Object body;
    body.set("to", to);
    body.set("text", text);
    std::ostringstream json;
    body.stringify(json);
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST, uri.getPathAndQuery(), Poco::Net::HTTPMessage::HTTP_1_1);
    request.setContentType("application/json");
    request.set("Authorization", "Bearer " + settings.token);
    request.setContentLength(static_cast<std::streamsize>(json.str().size()));
    session->sendRequest(request) << json.str();
    Poco::Net::HTTPResponse response;
    session->receiveResponse(response);
    const int status = response.getStatus();
    if (status >= 200 && status < 300) return Status::ok();
    if (status == 401 || status == 403) {
      return Status::fail("the SMS gateway refused the lane's token (HTTP " + std::to_string(status) + "); check setting sms.token");
    }
    return Status::fail("the SMS gateway answered HTTP " + std::to_string(status) + " " + response.getReason());
  } catch (const Poco::TimeoutException&) {
    return Status::fail("the SMS gateway did not answer within " + std::to_string(settings.timeout.count()) + " s");
  } catch (const Poco::Net::ConnectionRefusedException&) {
    return Status::fail("the SMS gateway at " + settings.url + " refused the connection; is it running?");
  } catch (const Poco::Exception& e) {
    return Status::fail("the SMS gateway at " + settings.url + " could not be reached: " + e.displayText());
  }
}

HttpSmsGateway::HttpSmsGateway(SmsSettings settings, Dispatcher& dispatcher)
    : settings_(std::move(settings)), dispatcher_(dispatcher) {}

HttpSmsGateway::~HttpSmsGateway() {
  *alive_ = false;
  std::lock_guard lock(mutex_);
  inFlight_.clear();  // joins
}

void HttpSmsGateway::send(const std::string& to, const std::string& text, std::function<void(possdk::Status)> done) {
  std::lock_guard lock(mutex_);
  std::erase_if(inFlight_, [](const Sending& s) { return s.finished->load(); });
  auto finished = std::make_shared<std::atomic<bool>>(false);
  std::jthread thread([this, to, text, done = std::move(done), alive = alive_, finished] {
    auto outcome = postSms(settings_, to, text);
    dispatcher_.post([alive, done, outcome = std::move(outcome)] {
      if (*alive) done(outcome);
    });
    finished->store(true);
  });
  inFlight_.push_back({std::move(finished), std::move(thread)});
}

}  // namespace poscore::sms
