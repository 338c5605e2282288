#pragma once
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/SocketAddress.h>

#include <atomic>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>

namespace smssim {

// An SMS gateway for the demo and the tests: takes POST {"to","text"} with
// "Authorization: Bearer <token>", writes each message to <dir>/<n>.json (1.json, 2.json, ...; a
// restart continues after the highest number found) and answers 202 {"id":n}. Answers 401 for a
// wrong token, 400 naming the field for a bad body, 405 for another method.
class SmsInbox {
 public:
  // Listens on `address` (port 0: any free port); throws Poco::Exception when it cannot.
  SmsInbox(const Poco::Net::SocketAddress& address, std::filesystem::path dir, std::string token);
  ~SmsInbox();
  SmsInbox(const SmsInbox&) = delete;
  SmsInbox& operator=(const SmsInbox&) = delete;

  std::uint16_t port() const;
  int received() const { return count_.load(); }

  // What the request handler calls: the HTTP status and the answer's JSON body.
  std::pair<int, std::string> accept(const std::string& authorization, const std::string& body);

 private:
  std::filesystem::path dir_;
  std::string token_;
  std::mutex mutex_;
  std::atomic<int> count_{0};
  int next_ = 1;
  std::unique_ptr<Poco::Net::HTTPServer> server_;
};

}  // namespace smssim
