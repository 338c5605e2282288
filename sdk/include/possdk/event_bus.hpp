#pragma once
#include <functional>
#include <memory>
#include <string>

namespace possdk {

struct BusMessage {
  std::string topic;
  std::string payload;  // JSON text
  std::string sender;   // plugin id, or "host"
};

// Keeps a subscription alive; dropping it unsubscribes.
class Subscription {
 public:
  virtual ~Subscription() = default;
};

// Topics are dotted names ("scanner.barcode"). A subscription to "scanner.*" receives every topic
// under "scanner.". Handlers run on the UI thread, in publication order.
class EventBus {
 public:
  virtual ~EventBus() = default;
  virtual void publish(const std::string& topic, const std::string& payloadJson) = 0;
  virtual std::unique_ptr<Subscription> subscribe(const std::string& pattern,
                                                  std::function<void(const BusMessage&)> handler) = 0;
};

}  // namespace possdk
