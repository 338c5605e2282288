#pragma once
// Test doubles for the plugin's device tests: a transport that records what the driver writes
// and plays what the test says arrived, a thread-safe record of the events a device emits, and
// waiting for a condition with a generous deadline (never asserting how long anything takes).
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "possdk/device.hpp"
#include "unit/event_log.hpp"

namespace weightest {

inline bool waitUntil(const std::function<bool()>& condition) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (!condition()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return true;
}

class FakeTransport final : public possdk::Transport {
 public:
  explicit FakeTransport(possdk::DeviceInfo info) : info_(std::move(info)) {}

  const possdk::DeviceInfo& info() const override { return info_; }
  possdk::Status open() override {
    std::lock_guard lock(mutex_);
    open_ = true;
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
    if (!writeError_.empty()) return possdk::Status::fail(writeError_);
    writes_.emplace_back(bytes.begin(), bytes.end());
    return possdk::Status::ok();
  }
  possdk::Result<std::size_t> read(std::span<std::uint8_t> buf, std::chrono::milliseconds timeout) override {
    std::unique_lock lock(mutex_);
    arrived_.wait_for(lock, timeout, [this] { return !inbox_.empty() || !readError_.empty(); });
    if (!readError_.empty()) return possdk::Result<std::size_t>::fail(readError_);
    std::size_t n = 0;
    while (n < buf.size() && !inbox_.empty()) {
      buf[n++] = inbox_.front();
      inbox_.pop_front();
    }
    return n;
  }

  // The device sends these bytes; they become readable.
  void arrive(const std::string& bytes) {
    {
      std::lock_guard lock(mutex_);
      inbox_.insert(inbox_.end(), bytes.begin(), bytes.end());
    }
    arrived_.notify_all();
  }
  void failReads(std::string why) {
    {
      std::lock_guard lock(mutex_);
      readError_ = std::move(why);
    }
    arrived_.notify_all();
  }
  void failWrites(std::string why) {
    std::lock_guard lock(mutex_);
    writeError_ = std::move(why);
  }
  // Each write() the driver made, in order.
  std::vector<std::vector<std::uint8_t>> writes() const {
    std::lock_guard lock(mutex_);
    return writes_;
  }

 private:
  possdk::DeviceInfo info_;
  mutable std::mutex mutex_;
  std::condition_variable arrived_;
  std::deque<std::uint8_t> inbox_;
  std::vector<std::vector<std::uint8_t>> writes_;
  std::string readError_;
  std::string writeError_;
  bool open_ = false;
};

using EventLog = weighing::test::EventLog;

}  // namespace weightest
