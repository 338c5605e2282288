#pragma once
#include <chrono>
#include <memory>

#include "possdk/host.hpp"
#include "src/exit/exit_ports.hpp"

// The exit lane's ports on the SDK's Host: the plugin's server module, claimed devices (any of
// which but the scale may be missing), the UI-thread timer, supervisor approval and the screen.
namespace weighing::exit {

class HostExitServer final : public ExitServer {
 public:
  HostExitServer(possdk::ServerClient& client, std::chrono::milliseconds timeout) : client_(client), timeout_(timeout) {}
  void verify(const std::string& qr, std::function<void(possdk::Result<possdk::ServerReply>)> done) override;
  possdk::Status sendResult(const ExitResult& result) override;

 private:
  possdk::ServerClient& client_;
  std::chrono::milliseconds timeout_;
};

// A null handle (no deactivator configured or claimed) fails every deactivation, so the lane says so.
class DeviceEas final : public Eas {
 public:
  explicit DeviceEas(std::shared_ptr<possdk::DeviceHandle> handle) : handle_(std::move(handle)) {}
  possdk::Status deactivate() override;

 private:
  std::shared_ptr<possdk::DeviceHandle> handle_;
};

// A null handle stays silent; a failed prompt is logged, the screen carries the same words.
class DeviceSpeaker final : public Speaker {
 public:
  DeviceSpeaker(std::shared_ptr<possdk::DeviceHandle> handle, possdk::Logger& log)
      : handle_(std::move(handle)), log_(log) {}
  void say(const std::string& text, const std::string& lang) override;

 private:
  std::shared_ptr<possdk::DeviceHandle> handle_;
  possdk::Logger& log_;
};

class HostTimers final : public Timers {
 public:
  explicit HostTimers(possdk::Host& host) : host_(host) {}
  std::unique_ptr<possdk::Subscription> after(std::chrono::milliseconds delay, std::function<void()> work) override {
    return host_.schedule(delay, std::move(work));
  }

 private:
  possdk::Host& host_;
};

class HostSupervisors final : public Supervisors {
 public:
  explicit HostSupervisors(possdk::Host& host) : host_(host) {}
  possdk::Result<std::string> approve(const std::string& staffId, const std::string& pin) override {
    return host_.approveSupervisor(staffId, pin);
  }

 private:
  possdk::Host& host_;
};

class ScreenDisplay final : public ExitDisplay {
 public:
  ScreenDisplay(possdk::Ui& ui, const possdk::Translator& i18n) : ui_(ui), i18n_(i18n) {}
  void show(const ExitView& view) override;

 private:
  possdk::Ui& ui_;
  const possdk::Translator& i18n_;
};

}  // namespace weighing::exit
