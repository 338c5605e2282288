#pragma once
// A transport whose reads play a script (reports, silences, a failure) and whose writes are kept,
// for the device tests.
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "possdk/transport.hpp"
#include "unit/event_log.hpp"

namespace weighing::test {

class ScriptedTransport final : public possdk::Transport {
 public:
  explicit ScriptedTransport(possdk::DeviceInfo info) : info_(std::move(info)) {}

  // The next read returns these bytes.
  void queueRead(std::vector<std::uint8_t> bytes) {
    std::lock_guard lock(mutex_);
    reads_.push_back(Step{std::move(bytes), {}});
    changed_.notify_all();
  }
  // The next read fails with this message (an unplug).
  void queueFailure(std::string message) {
    std::lock_guard lock(mutex_);
    reads_.push_back(Step{{}, std::move(message)});
    changed_.notify_all();
  }
  std::vector<std::vector<std::uint8_t>> written() const {
    std::lock_guard lock(mutex_);
    return written_;
  }
  // Waits until every queued read has been taken.
  bool waitUntilRead(std::chrono::seconds deadline = std::chrono::seconds(20)) {
    std::unique_lock lock(mutex_);
    return taken_.wait_for(lock, deadline, [this] { return reads_.empty(); });
  }
  int opens() const {
    std::lock_guard lock(mutex_);
    return opens_;
  }

  const possdk::DeviceInfo& info() const override { return info_; }
  possdk::Status open() override {
    std::lock_guard lock(mutex_);
    open_ = true;
    ++opens_;
    return possdk::Status::ok();
  }
  void close() override {
    std::lock_guard lock(mutex_);
    open_ = false;
  }
  bool isOpen() const override {
    std::lock_guard lock(mutex_);
    return open_;
  }
  possdk::Status write(std::span<const std::uint8_t> bytes) override {
    std::lock_guard lock(mutex_);
    written_.emplace_back(bytes.begin(), bytes.end());
    return possdk::Status::ok();
  }
  possdk::Result<std::size_t> read(std::span<std::uint8_t> buf, std::chrono::milliseconds timeout) override {
    std::unique_lock lock(mutex_);
    if (!changed_.wait_for(lock, timeout, [this] { return !reads_.empty(); })) return std::size_t{0};
    auto step = std::move(reads_.front());
    reads_.pop_front();
    taken_.notify_all();
    if (step.failure) return possdk::Result<std::size_t>::fail(*step.failure);
    const auto n = std::min(buf.size(), step.bytes.size());
    std::copy_n(step.bytes.begin(), n, buf.begin());
    return n;
  }

 private:
  struct Step {
    std::vector<std::uint8_t> bytes;
    std::optional<std::string> failure;
  };
  possdk::DeviceInfo info_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::condition_variable taken_;
  std::deque<Step> reads_;
  std::vector<std::vector<std::uint8_t>> written_;
  bool open_ = false;
  int opens_ = 0;
};

}  // namespace weighing::test
