#pragma once
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "poscore/dispatcher.hpp"
#include "poscore/services/config.hpp"
#include "possdk/status.hpp"

namespace poscore::sms {

// Settings "sms": {"url": "http://127.0.0.1:8025/send", "token": "...", "timeout_seconds": 10}.
struct SmsSettings {
  std::string url;
  std::string token;
  std::chrono::seconds timeout{10};
};

// Nullopt-like failure when "sms.url" is absent (the lane sends no SMS); otherwise the settings or
// what is wrong with them, naming the key.
possdk::Result<SmsSettings> smsSettingsFrom(const Config& config);

// Sends one message; `done` runs on the UI thread with the outcome.
class SmsSender {
 public:
  virtual ~SmsSender() = default;
  virtual void send(const std::string& to, const std::string& text, std::function<void(possdk::Status)> done) = 0;
};

// POSTs {"to","text"} as JSON to the gateway with "Authorization: Bearer <token>" and waits at
// most the timeout. Blocking: call it off the UI thread. Any 2xx is accepted; every other outcome
// is a failure naming what happened (refused connection, timeout, rejected token, HTTP status).
possdk::Status postSms(const SmsSettings& settings, const std::string& to, const std::string& text);

// The lane's SMS gateway: each message is posted on a thread of its own and the outcome comes back
// through the dispatcher. The destructor waits for messages still in flight (at most the timeout).
class HttpSmsGateway final : public SmsSender {
 public:
  HttpSmsGateway(SmsSettings settings, Dispatcher& dispatcher);
  ~HttpSmsGateway() override;
  void send(const std::string& to, const std::string& text, std::function<void(possdk::Status)> done) override;

 private:
  SmsSettings settings_;
  Dispatcher& dispatcher_;
  // Cleared by the destructor: outcomes posted afterwards are dropped, not delivered to a listener
  // that is gone.
  std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
  struct Sending {
    std::shared_ptr<std::atomic<bool>> finished;
    std::jthread thread;
  };
  std::mutex mutex_;
  std::vector<Sending> inFlight_;
};

}  // namespace poscore::sms
