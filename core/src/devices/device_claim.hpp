#pragma once
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "poscore/devices/device_hub.hpp"

namespace poscore {

// One claimant's hold on one device: runs the device's lifecycle and carries its events to
// the claimant through the dispatcher. Lifecycle calls are serialized; events may come from
// any thread.
class Claim : public std::enable_shared_from_this<Claim> {
 public:
  Claim(std::shared_ptr<DeviceHub> hub, possdk::DeviceInfo info, std::string claimant,
        std::function<void(const possdk::DeviceEvent&)> onEvent);

  // create -> open -> enable. On failure nothing stays open.
  possdk::Status start(const DriverChoice& driver, std::unique_ptr<possdk::Transport> transport);
  // disable -> release (no more events) -> close, then the device is free for others.
  void release();
  // The device vanished: disable and close it, tell the claimant "offline".
  void goOffline();
  // It is back: open and enable it again, tell the claimant "online".
  void comeBack();

  // Runs a call on the device unless it is released, with plugin exceptions caught.
  possdk::Status execute(const std::string& command, const std::string& argsJson);
  std::string kind();
  const possdk::DeviceInfo& info() const { return info_; }
  possdk::DeviceState state() const { return hub_->stateOf(info_.id); }

 private:
  possdk::DeviceEventSink sink();
  void emit(possdk::DeviceEvent event);  // any thread
  void queue(possdk::DeviceEvent event);
  void deliver(const possdk::DeviceEvent& event);  // UI thread
  possdk::Status openAndEnable();
  void cleanUp(const std::string& what, const std::function<void()>& step);
  possdk::Status call(const std::string& what, const std::function<possdk::Status(possdk::Device&)>& action);

  std::shared_ptr<DeviceHub> hub_;
  possdk::DeviceInfo info_;
  std::string claimant_;
  std::function<void(const possdk::DeviceEvent&)> onEvent_;
  std::string driver_;  // "driver 'x' of plugin 'y'", for messages
  std::string driverOwner_;
  std::mutex lifecycle_;
  std::unique_ptr<possdk::Device> device_;
  std::atomic<bool> delivering_{true};
};

// What the claimant holds: commands go through the claim, so they are serialized with hotplug,
// mark the device Busy while they run, and cannot throw into the host. Destroying it disables,
// releases and closes the device.
class ClaimHandle final : public possdk::DeviceHandle {
 public:
  explicit ClaimHandle(std::shared_ptr<Claim> claim) : claim_(std::move(claim)) {}
  ~ClaimHandle() override { claim_->release(); }
  ClaimHandle(const ClaimHandle&) = delete;
  ClaimHandle& operator=(const ClaimHandle&) = delete;
  const possdk::DeviceInfo& info() const override { return claim_->info(); }
  std::string kind() override { return claim_->kind(); }
  possdk::DeviceState state() const override { return claim_->state(); }
  possdk::Status execute(const std::string& command, const std::string& argsJson) override {
    return claim_->execute(command, argsJson);
  }

 private:
  std::shared_ptr<Claim> claim_;
};

}  // namespace poscore
