#include "driver/eas_deactivator_device.hpp"

#include "driver/device_json.hpp"
#include "driver/lcus_relay_protocol.hpp"

namespace weighing {

namespace {
constexpr std::int64_t kLongestPulseMs = 10000;  // the highest max_pulse_ms a setting may give
}

possdk::Result<RelayParams> relayParams(const possdk::DeviceInfo& info) {
  RelayParams params;
  auto channel = integerParam(info, "channel", params.channel, lcus::kMinChannel, lcus::kMaxChannel);
  if (!channel) return possdk::Result<RelayParams>::fail(channel.error());
  auto maxMs = integerParam(info, "max_pulse_ms", params.maxMs, params.minMs, kLongestPulseMs);
  if (!maxMs) return possdk::Result<RelayParams>::fail(maxMs.error());
  auto defaultMs = integerParam(info, "pulse_ms", params.defaultMs, params.minMs, maxMs.value());
  if (!defaultMs) return possdk::Result<RelayParams>::fail(defaultMs.error());
  params.channel = channel.value();
  params.maxMs = maxMs.value();
  params.defaultMs = defaultMs.value();
  return params;
}

EasDeactivatorDevice::EasDeactivatorDevice(std::unique_ptr<possdk::Transport> transport, Hold hold)
    : transport_(std::move(transport)), hold_(std::move(hold)) {}

EasDeactivatorDevice::~EasDeactivatorDevice() { close(); }

possdk::Status EasDeactivatorDevice::open(possdk::DeviceEventSink sink) {
  auto params = relayParams(info());
  if (!params) return possdk::Status::fail(params.error());
  params_ = params.value();
  sink_ = std::move(sink);
  if (!transport_->isOpen()) {
    if (auto s = transport_->open(); !s) return s;
  }
  if (auto s = setRelay(false); !s) return s;
  worker_.start();
  return possdk::Status::ok();
}

void EasDeactivatorDevice::close() {
  worker_.stop();  // a pulse under way ends early and opens the relay before this returns
  if (transport_->isOpen()) transport_->close();
}

possdk::Status EasDeactivatorDevice::execute(const std::string& command, const std::string& argsJson) {
  const std::string device = "EAS deactivator " + info().id;
  if (command != "deactivate") {
    return possdk::Status::fail(device + ": unknown command '" + command + "'; it knows: deactivate");
  }
  auto args = commandArgs(device, command, argsJson);
  if (!args) return possdk::Status::fail(args.error());
  std::int64_t ms = params_.defaultMs;
  if (args.value()->has("ms")) {
    const auto value = args.value()->get("ms");
    if (!value.isInteger()) {
      return possdk::Status::fail(device + " deactivate: \"ms\" must be a whole number of milliseconds, got '" +
                                  value.toString() + "'");
    }
    ms = value.convert<std::int64_t>();
  }
  if (ms < params_.minMs || ms > params_.maxMs) {
    return possdk::Status::fail(device + " deactivate: \"ms\" is " + std::to_string(ms) + ", expected " +
                                std::to_string(params_.minMs) + ".." + std::to_string(params_.maxMs) +
                                " (params.max_pulse_ms sets the upper bound)");
  }
  if (!worker_.post([this, ms] { pulse(std::chrono::milliseconds(ms)); })) {
    return possdk::Status::fail(device + ": not open; claim the device before deactivating");
  }
  return possdk::Status::ok();
}

possdk::Status EasDeactivatorDevice::setRelay(bool closed) {
  const auto bytes = lcus::frame(static_cast<std::uint8_t>(params_.channel), closed);
  std::lock_guard lock(writeMutex_);
  return transport_->write(bytes);
}

void EasDeactivatorDevice::pulse(std::chrono::milliseconds ms) {
  if (auto s = setRelay(true); !s) {
    Poco::JSON::Object payload;
    payload.set("message", s.error());
    emit(possdk::DeviceEventKind::Error, "eas.relay_failed", jsonText(payload));
    return;
  }
  bool held = true;
  if (hold_) {
    hold_(ms);
  } else {
    held = worker_.waitFor(ms);
  }
  // Opening the relay matters more than anything else here: a pad left on heats up.
  const auto opened = setRelay(false);
  Poco::JSON::Object payload;
  if (!opened) {
    payload.set("message", opened.error());
    emit(possdk::DeviceEventKind::Error, "eas.relay_failed", jsonText(payload));
    return;
  }
  if (!held) return;  // closing cut the pulse short; nobody is listening any more
  payload.set("ms", static_cast<Poco::Int64>(ms.count()));
  emit(possdk::DeviceEventKind::StatusUpdate, "eas.deactivated", jsonText(payload));
}

void EasDeactivatorDevice::emit(possdk::DeviceEventKind kind, const std::string& name, const std::string& payload) {
  if (sink_) sink_({info().id, kind, name, payload});
}

}  // namespace weighing
