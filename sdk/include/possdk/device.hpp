#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "possdk/status.hpp"
#include "possdk/transport.hpp"

namespace possdk {

// UnifiedPOS device states.
enum class DeviceState { Closed, Idle, Busy, Error };

// UnifiedPOS event classes: Data (a reading), StatusUpdate (power, cover, stable/unstable...), Error.
enum class DeviceEventKind { Data, StatusUpdate, Error };

struct DeviceEvent {
  std::string deviceId;
  DeviceEventKind kind = DeviceEventKind::Data;
  std::string name;     // "weight.stable", "button.pressed", "offline"
  std::string payload;  // JSON text
};

using DeviceEventSink = std::function<void(DeviceEvent)>;

// A device as a driver implements it. The host drives the UnifiedPOS lifecycle
// open -> claim -> enable -> disable -> release -> close; claim arbitration is the host's.
// Events may be emitted from any thread; the host delivers them to the claimant on the UI thread.
class Device {
 public:
  virtual ~Device() = default;
  virtual const DeviceInfo& info() const = 0;
  virtual std::string kind() const = 0;  // "scale", "printer", "msr", "camera", ...
  virtual Status open(DeviceEventSink sink) = 0;
  virtual Status enable() = 0;  // start producing events
  virtual void disable() = 0;
  virtual void close() = 0;
  // Device-specific commands ("zero", "tare", "ring"), arguments as JSON text.
  virtual Status execute(const std::string& command, const std::string& argsJson) = 0;
};

// A protocol driver. It says what it can drive (transport and ids, as data), with a priority to
// break ties, and probes a candidate before the host gives it the device (Odoo IoT's pattern).
class DeviceDriver {
 public:
  virtual ~DeviceDriver() = default;
  virtual std::string name() const = 0;
  virtual int priority() const { return 0; }
  virtual bool matches(const DeviceInfo& info) const = 0;
  // Talks to the opened transport to confirm the device speaks this protocol. Must not claim it.
  virtual bool supported(Transport& transport) = 0;
  virtual std::unique_ptr<Device> create(std::unique_ptr<Transport> transport) = 0;
};

// A claimed device, as its claimant uses it: the lifecycle stays with the host. Destroying the
// handle disables, releases and closes the device.
class DeviceHandle {
 public:
  virtual ~DeviceHandle() = default;
  virtual const DeviceInfo& info() const = 0;
  virtual std::string kind() = 0;
  virtual DeviceState state() const = 0;
  virtual Status execute(const std::string& command, const std::string& argsJson) = 0;
};

// Where the device, its state and its driver are listed for people (status bar, posctl devices).
struct DeviceStatus {
  DeviceInfo info;
  std::string driver;    // empty when no driver matched
  std::string claimant;  // plugin id, empty when free
  DeviceState state = DeviceState::Closed;
  std::string error;
};

class Devices {
 public:
  virtual ~Devices() = default;
  virtual void registerDriver(std::shared_ptr<DeviceDriver> driver) = 0;
  virtual std::vector<DeviceStatus> list() const = 0;
  // Opens, claims and enables; events go to `onEvent` on the UI thread. Fails with a message that
  // names the holder when another plugin has claimed the device.
  virtual Result<std::shared_ptr<DeviceHandle>> claim(const std::string& deviceId,
                                                      std::function<void(const DeviceEvent&)> onEvent) = 0;
};

}  // namespace possdk
