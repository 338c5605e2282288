#include "device_claim.hpp"

#include "poscore/plugins/plugin_call.hpp"

namespace poscore {

Claim::Claim(std::shared_ptr<DeviceHub> hub, possdk::DeviceInfo info, std::string claimant,
             std::function<void(const possdk::DeviceEvent&)> onEvent)
    : hub_(std::move(hub)), info_(std::move(info)), claimant_(std::move(claimant)), onEvent_(std::move(onEvent)) {}

possdk::DeviceEventSink Claim::sink() {
  return [weak = weak_from_this()](possdk::DeviceEvent event) {
    if (auto self = weak.lock()) self->emit(std::move(event));
  };
}

void Claim::emit(possdk::DeviceEvent event) {
  if (event.deviceId.empty()) event.deviceId = info_.id;
  hub_->noteEvent(this, info_.id, event);
  queue(std::move(event));
}

void Claim::queue(possdk::DeviceEvent event) {
  hub_->post([weak = weak_from_this(), event = std::move(event)] {
    if (auto self = weak.lock()) self->deliver(event);
  });
}

void Claim::deliver(const possdk::DeviceEvent& event) {
  // Once released the claimant may be gone, so events still queued are dropped.
  if (!delivering_) return;
  auto handled = callPlugin(claimant_, "the handler of claimant '" + claimant_ + "' for event '" + event.name + "'",
                               [&] { onEvent_(event); });
  if (!handled) hub_->noteProblem(this, info_.id, handled.error());
}

possdk::Status Claim::start(const DriverChoice& driver, std::unique_ptr<possdk::Transport> transport) {
  std::lock_guard lock(lifecycle_);
  driver_ = describeDriver(driver.name, driver.owner);
  driverOwner_ = driver.owner;
  if (!transport) return possdk::Status::fail(info_.id + ": the host has no transport for this kind of device");
  auto created = callPluginFor(driverOwner_, driver_ + " in create() for '" + info_.id + "'",
                              [&] { return driver.driver->create(std::move(transport)); });
  if (!created) return possdk::Status::fail(created.error() + "; report it to the plugin's vendor");
  if (!created.value()) {
    return possdk::Status::fail(driver_ + " created no device for '" + info_.id +
                                "'; report it to the plugin's vendor");
  }
  device_ = std::move(created.value());
  auto opened = openAndEnable();
  if (!opened) device_.reset();
  return opened;
}

possdk::Status Claim::openAndEnable() {
  auto opened = callPlugin(driverOwner_, driver_ + " in open()", [&] { return device_->open(sink()); });
  if (!opened) return possdk::Status::fail("could not open '" + info_.id + "': " + opened.error());
  auto enabled = callPlugin(driverOwner_, driver_ + " in enable()", [&] { return device_->enable(); });
  if (enabled) return enabled;
  cleanUp("close()", [&] { device_->close(); });
  return possdk::Status::fail("could not enable '" + info_.id + "': " + enabled.error());
}

void Claim::release() {
  std::string problems;
  {
    std::lock_guard lock(lifecycle_);
    if (device_) {
      auto disabled = callPlugin(driverOwner_, driver_ + " in disable()", [&] { device_->disable(); });
      delivering_ = false;
      auto closed = callPlugin(driverOwner_, driver_ + " in close()", [&] { device_->close(); });
      problems = !disabled ? disabled.error() : closed.error();
      device_.reset();
    }
  }
  // Freed only now, so the next claimant never opens a port that is still closing.
  hub_->endClaim(this, info_.id, problems);
}

void Claim::goOffline() {
  {
    std::lock_guard lock(lifecycle_);
    if (!device_) return;
    cleanUp("disable()", [&] { device_->disable(); });
    cleanUp("close()", [&] { device_->close(); });
  }
  queue({info_.id, possdk::DeviceEventKind::Error, "offline", R"({"reason":"the device was disconnected"})"});
}

void Claim::comeBack() {
  possdk::Status reopened = possdk::Status::ok();
  {
    std::lock_guard lock(lifecycle_);
    if (!device_) return;
    reopened = openAndEnable();
  }
  if (!reopened) {
    hub_->noteProblem(this, info_.id, "it came back but " + reopened.error() + "; unplug it and plug it in again");
    return;
  }
  hub_->markOnline(this, info_.id);
  queue({info_.id, possdk::DeviceEventKind::StatusUpdate, "online", "{}"});
}

possdk::Status Claim::call(const std::string& what, const std::function<possdk::Status(possdk::Device&)>& action) {
  std::lock_guard lock(lifecycle_);
  if (!device_) return possdk::Status::fail(info_.id + ": " + what + " after the device was released");
  return callPlugin(driverOwner_, driver_ + " in " + what, [&] { return action(*device_); });
}

possdk::Status Claim::execute(const std::string& command, const std::string& argsJson) {
  hub_->markBusy(this, info_.id, true);
  auto done = call("execute(\"" + command + "\")", [&](possdk::Device& d) { return d.execute(command, argsJson); });
  hub_->markBusy(this, info_.id, false);
  return done;
}

std::string Claim::kind() {
  std::string kind = "unknown";
  // A driver failing here has been noted by call(); "unknown" is the honest answer then.
  (void)call("kind()", [&](possdk::Device& d) {
    kind = d.kind();
    return possdk::Status::ok();
  });
  return kind;
}

// Cleaning up goes on whatever the driver does; what it got wrong shows in the device's status.
void Claim::cleanUp(const std::string& what, const std::function<void()>& step) {
  auto done = callPlugin(driverOwner_, driver_ + " in " + what, step);
  if (!done) hub_->noteProblem(this, info_.id, done.error());
}

}  // namespace poscore
