#include "driver/toledo_device.hpp"

#include <array>
#include <charconv>

namespace weighing {

namespace {

constexpr auto kReadSlice = std::chrono::milliseconds(50);
constexpr auto kCommandWait = std::chrono::seconds(5);

possdk::Status readNumber(const std::map<std::string, std::string>& params, const char* key, int low, int high,
                          int& out) {
  const auto it = params.find(key);
  if (it == params.end()) return possdk::Status::ok();
  const auto& text = it->second;
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size() || value < low || value > high) {
    return possdk::Status::fail(std::string("parameter ") + key + " '" + text + "': expected a whole number " +
                                std::to_string(low) + ".." + std::to_string(high));
  }
  out = value;
  return possdk::Status::ok();
}

}  // namespace

possdk::Result<ToledoTiming> toledoTimingOf(const std::map<std::string, std::string>& params) {
  using R = possdk::Result<ToledoTiming>;
  int poll = 200;
  int reply = 500;
  ToledoTiming t;
  if (auto s = readNumber(params, "poll_ms", 20, 60000, poll); !s) return R::fail(s.error());
  if (auto s = readNumber(params, "reply_timeout_ms", 50, 10000, reply); !s) return R::fail(s.error());
  if (auto s = readNumber(params, "missed_replies", 1, 100, t.missedReplies); !s) return R::fail(s.error());
  t.poll = std::chrono::milliseconds(poll);
  t.replyTimeout = std::chrono::milliseconds(reply);
  return t;
}

ToledoDevice::ToledoDevice(std::unique_ptr<possdk::Transport> transport)
    : transport_(std::move(transport)), sevenBit_(toledo::sevenBitPort(transport_->info().params)) {}

ToledoDevice::~ToledoDevice() { close(); }

possdk::Status ToledoDevice::open(possdk::DeviceEventSink sink) {
  close();
  auto timing = toledoTimingOf(info().params);
  if (!timing) return possdk::Status::fail("Toledo scale " + info().id + ": " + timing.error());
  timing_ = timing.value();
  if (auto s = transport_->open(); !s) return s;
  sink_ = std::move(sink);
  last_.reset();
  missed_ = 0;
  offlineTold_ = false;
  online_ = true;
  {
    std::lock_guard lock(mutex_);
    running_ = true;
  }
  poller_ = std::thread([this] { pollLoop(); });
  return possdk::Status::ok();
}

possdk::Status ToledoDevice::enable() {
  enabled_ = true;
  return possdk::Status::ok();
}

void ToledoDevice::disable() { enabled_ = false; }

void ToledoDevice::close() {
  {
    std::lock_guard lock(mutex_);
    running_ = false;
  }
  wake_.notify_all();
  if (poller_.joinable()) poller_.join();
  for (auto& c : commands_) c.done.set_value(possdk::Status::fail("Toledo scale " + info().id + " was closed"));
  commands_.clear();
  if (transport_->isOpen()) transport_->close();
}

possdk::Status ToledoDevice::execute(const std::string& command, const std::string&) {
  char letter = 0;
  if (command == "zero") letter = toledo::kZero;
  if (command == "tare") letter = toledo::kTare;
  const std::string who = "Toledo scale " + info().id;
  if (!letter) return possdk::Status::fail(who + ": unknown command '" + command + "'; it knows: zero, tare");
  if (!online_) return possdk::Status::fail(who + " is offline; check its cable and power");
  std::future<possdk::Status> done;
  {
    std::lock_guard lock(mutex_);
    if (!running_) return possdk::Status::fail(who + " is not open");
    commands_.push_back({letter, {}});
    done = commands_.back().done.get_future();
  }
  wake_.notify_all();
  if (done.wait_for(kCommandWait) != std::future_status::ready) {
    return possdk::Status::fail(who + ": " + command + " got no answer in time; check the cable");
  }
  return done.get();
}

void ToledoDevice::pollLoop() {
  for (;;) {
    std::optional<Command> command;
    {
      std::lock_guard lock(mutex_);
      if (!running_) return;
      if (!commands_.empty()) {
        command.emplace(std::move(commands_.front()));
        commands_.pop_front();
      }
    }
    if (!ensureOpen()) {
      if (command) command->done.set_value(possdk::Status::fail("Toledo scale " + info().id + " is offline"));
      waitForNextPoll();
      continue;
    }
    if (!command) {
      onWeightReply(ask(toledo::kWeigh));
      waitForNextPoll();
      continue;
    }
    const auto reply = ask(command->letter);
    const std::string what = command->letter == toledo::kZero ? "zero" : "tare";
    if (!reply) {
      command->done.set_value(possdk::Status::fail("Toledo scale " + info().id + ": " + what + " got no answer"));
    } else if (!*reply) {
      command->done.set_value(possdk::Status::fail("Toledo scale " + info().id + ": " + what + ": " + reply->error()));
    } else if (auto refused = toledo::refusalOf(reply->value())) {
      command->done.set_value(possdk::Status::fail("Toledo scale " + info().id + " did not " + what + ": " + *refused));
    } else {
      command->done.set_value(possdk::Status::ok());
    }
  }
}

bool ToledoDevice::ensureOpen() {
  if (transport_->isOpen()) return true;
  if (!transport_->open()) return false;
  missed_ = 0;
  return true;
}

std::optional<ToledoDevice::Reply> ToledoDevice::ask(char letter) {
  frames_.clear();  // a reply cut off by the last timeout is no answer to this one
  const auto bytes = toledo::encodeCommand(letter, sevenBit_);
  if (auto s = transport_->write({reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()}); !s) {
    goOffline(s.error(), true);
    return std::nullopt;
  }
  const auto deadline = std::chrono::steady_clock::now() + timing_.replyTimeout;
  std::array<std::uint8_t, 64> buf{};
  while (std::chrono::steady_clock::now() < deadline) {
    auto n = transport_->read(buf, kReadSlice);
    if (!n) {
      goOffline(n.error(), true);
      return std::nullopt;
    }
    const auto text = toledo::stripParity({reinterpret_cast<const char*>(buf.data()), n.value()});
    auto cut = frames_.add(text);
    for (const auto& body : cut.frames) {
      auto frame = toledo::parseFrame(body);
      // Zero and tare answer with a status; a weight here is a late answer to an earlier W.
      if (letter != toledo::kWeigh && frame && !frame->status) continue;
      return frame;
    }
    if (cut.error) return Reply::fail(*cut.error);
  }
  return std::nullopt;
}

void ToledoDevice::onWeightReply(const std::optional<Reply>& reply) {
  if (!transport_->isOpen()) return;  // went offline while asking
  if (!reply || !*reply) {
    if (++missed_ >= timing_.missedReplies) {
      goOffline(
          reply ? reply->error() : "the scale does not answer; check its cable, power and line settings (9600 7E1)",
          false);
    }
    return;
  }
  missed_ = 0;
  publish(toledo::readingOf(reply->value()));
}

void ToledoDevice::goOffline(const std::string& why, bool portFailed) {
  // A port that failed is closed so the next poll reopens it (the scale or its cable came back).
  if (portFailed && transport_->isOpen()) transport_->close();
  online_ = false;
  if (offlineTold_) return;
  offlineTold_ = true;
  last_.reset();
  ScaleReading offline;
  offline.status = ScaleStatus::Offline;
  offline.detail = why;
  if (sink_) sink_(toEvent(info().id, offline));
}

void ToledoDevice::publish(const ScaleReading& reading) {
  if (offlineTold_) {
    offlineTold_ = false;
    if (sink_) sink_({info().id, possdk::DeviceEventKind::StatusUpdate, "online", "{}"});
  }
  online_ = true;
  // Not remembered while disabled, so enabling delivers the reading of the moment.
  if (!enabled_) return;
  if (last_ && last_->status == reading.status && last_->milligrams == reading.milligrams &&
      last_->detail == reading.detail && last_->net == reading.net) {
    return;
  }
  last_ = reading;
  if (sink_) sink_(toEvent(info().id, reading));
}

void ToledoDevice::waitForNextPoll() {
  std::unique_lock lock(mutex_);
  wake_.wait_for(lock, timing_.poll, [this] { return !running_ || !commands_.empty(); });
}

}  // namespace weighing
