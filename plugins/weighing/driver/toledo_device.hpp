#pragma once
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "driver/scale_reading.hpp"
#include "driver/toledo_protocol.hpp"
#include "possdk/device.hpp"

namespace weighing {

// How the Toledo device talks, from info().params: "poll_ms" (200) between weight requests,
// "reply_timeout_ms" (500) to wait for an answer, "missed_replies" (3) unanswered requests before
// the scale counts as offline.
struct ToledoTiming {
  std::chrono::milliseconds poll{200};
  std::chrono::milliseconds replyTimeout{500};
  int missedReplies = 3;
};
possdk::Result<ToledoTiming> toledoTimingOf(const std::map<std::string, std::string>& params);

// A Mettler Toledo 8217 scale on a serial port. One thread owns the port: it polls W, emits a
// reading whenever it differs from the last one, and sends the zero and tare commands that
// execute() queues. A port that hangs up (cable out, scale off) is closed and reopened every poll
// interval; a scale that stops answering is "offline" until it answers again ("online").
class ToledoDevice final : public possdk::Device {
 public:
  explicit ToledoDevice(std::unique_ptr<possdk::Transport> transport);
  ~ToledoDevice() override;

  const possdk::DeviceInfo& info() const override { return transport_->info(); }
  std::string kind() const override { return "scale"; }
  possdk::Status open(possdk::DeviceEventSink sink) override;
  possdk::Status enable() override;
  void disable() override;
  void close() override;
  // "zero" and "tare" ({}): sent to the scale, answered with its refusal if it did not take it.
  possdk::Status execute(const std::string& command, const std::string& argsJson) override;

 private:
  struct Command {
    char letter;
    std::promise<possdk::Status> done;
  };
  using Reply = possdk::Result<toledo::Frame>;

  void pollLoop();
  bool ensureOpen();
  std::optional<Reply> ask(char letter);  // nullopt: no reply in time
  void onWeightReply(const std::optional<Reply>& reply);
  void goOffline(const std::string& why, bool portFailed);
  void publish(const ScaleReading& reading);
  void waitForNextPoll();

  std::unique_ptr<possdk::Transport> transport_;
  ToledoTiming timing_;
  bool sevenBit_ = false;
  possdk::DeviceEventSink sink_;
  std::atomic<bool> enabled_{false};
  std::atomic<bool> online_{false};
  std::mutex mutex_;  // guards running_, commands_
  std::condition_variable wake_;
  bool running_ = false;
  std::deque<Command> commands_;
  std::thread poller_;
  // poll thread only
  toledo::FrameReader frames_;
  std::optional<ScaleReading> last_;
  int missed_ = 0;
  bool offlineTold_ = false;
};

}  // namespace weighing
