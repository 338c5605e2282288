#pragma once
#include <condition_variable>
#include <deque>
#include <mutex>

#include "poscore/devices/sim_script.hpp"
#include "possdk/transport.hpp"

namespace poscore {

// A device played from a script (info.path, see docs/devices.md). Opening loads the script and
// starts its clock; timed emissions become readable when due, and bytes the host writes are
// matched against the standing answers. No thread: reads advance the script.
class SimTransport final : public possdk::Transport {
 public:
  explicit SimTransport(possdk::DeviceInfo info);

  const possdk::DeviceInfo& info() const override { return info_; }
  possdk::Status open() override;
  void close() override;
  bool isOpen() const override;
  possdk::Status write(std::span<const std::uint8_t> bytes) override;
  possdk::Result<std::size_t> read(std::span<std::uint8_t> buf, std::chrono::milliseconds timeout) override;

  // What the host wrote that no answer consumed, oldest first (kept so tests can check it).
  Bytes unmatched() const;

 private:
  using Clock = std::chrono::steady_clock;
  void releaseDue(Clock::time_point now);
  void answerWrites();
  std::size_t take(std::span<std::uint8_t> buf);

  possdk::DeviceInfo info_;
  mutable std::mutex mutex_;
  std::condition_variable arrived_;
  SimScript script_;
  bool open_ = false;
  std::size_t next_ = 0;  // next timed step
  Clock::time_point nextDue_;
  std::deque<std::uint8_t> inbox_;  // sent by the device, not read yet
  Bytes written_;                   // written by the host, not answered
};

}  // namespace poscore
