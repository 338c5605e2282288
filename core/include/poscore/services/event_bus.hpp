#pragma once
#include <functional>
#include <memory>
#include <string>

#include "poscore/dispatcher.hpp"
#include "possdk/event_bus.hpp"

namespace poscore {

// The host's event bus. Publishing may happen on any thread; every handler runs through the
// dispatcher (the UI thread), in publication order.
class EventBusCore {
 public:
  explicit EventBusCore(Dispatcher& dispatcher);
  ~EventBusCore();
  void publish(const std::string& sender, const std::string& topic, const std::string& payloadJson);
  std::unique_ptr<possdk::Subscription> subscribe(const std::string& pattern,
                                                  std::function<void(const possdk::BusMessage&)> handler);
  // The EventBus a plugin sees: messages it publishes carry its id as sender.
  std::unique_ptr<possdk::EventBus> facadeFor(const std::string& sender);

 private:
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

}  // namespace poscore
