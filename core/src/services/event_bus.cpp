#include "poscore/services/event_bus.hpp"

#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <stdexcept>
#include <vector>

#include "poscore/plugins/plugin_call.hpp"
#include "poscore/services/log.hpp"
#include "topic_names.hpp"

namespace poscore {

// Owned by EventBusCore alone. Subscriptions, facades and queued deliveries hold it weakly, so any
// of them may outlive the bus and then simply do nothing.
struct EventBusCore::Impl : std::enable_shared_from_this<EventBusCore::Impl> {
  using Handler = std::function<void(const possdk::BusMessage&)>;
  using Message = std::shared_ptr<const possdk::BusMessage>;

  struct Subscriber {
    std::string owner;  // the plugin whose code the handler is, empty for the host
    std::string pattern;
    Handler handler;
    std::atomic<bool> active{true};
  };

  class Handle final : public possdk::Subscription {
   public:
    Handle(std::weak_ptr<Impl> bus, std::uint64_t id, std::shared_ptr<Subscriber> subscriber)
        : bus_(std::move(bus)), id_(id), subscriber_(std::move(subscriber)) {}
    // Clearing `active` first stops deliveries already queued, even when the bus is gone.
    ~Handle() override {
      subscriber_->active = false;
      if (auto bus = bus_.lock()) bus->remove(id_);
    }

   private:
    std::weak_ptr<Impl> bus_;
    std::uint64_t id_;
    std::shared_ptr<Subscriber> subscriber_;
  };

  class Facade final : public possdk::EventBus {
   public:
    Facade(std::weak_ptr<Impl> bus, std::string sender) : bus_(std::move(bus)), sender_(std::move(sender)) {}
    void publish(const std::string& topic, const std::string& payloadJson) override {
      if (auto bus = bus_.lock()) {
        bus->publish(sender_, topic, payloadJson);
      } else {
        LogSink::instance().write(possdk::LogLevel::Warning, "event-bus",
                                  "dropped '" + topic + "' from " + sender_ + ": the event bus has shut down");
      }
    }
    // Exceptions never cross into plugin code: a refused subscription is logged and inert.
    std::unique_ptr<possdk::Subscription> subscribe(const std::string& pattern, Handler handler) override {
      try {
        if (auto bus = bus_.lock()) return bus->subscribe(pattern, std::move(handler), sender_);
      } catch (const std::invalid_argument& e) {
        LogSink::instance().write(possdk::LogLevel::Error, sender_, e.what());
      }
      return std::make_unique<possdk::Subscription>();
    }

   private:
    std::weak_ptr<Impl> bus_;
    std::string sender_;
  };

  explicit Impl(Dispatcher& d) : dispatcher(d) {}

  static void checkPattern(const std::string& pattern) {
    if (isValidPattern(pattern)) return;
    throw std::invalid_argument("cannot subscribe to '" + pattern +
                                "': use a topic of dotted a-z, 0-9, '_' and '-' segments (\"scanner.barcode\"), "
                                "a topic followed by \".*\" (\"scanner.*\"), or \"*\" for everything");
  }

  void publish(const std::string& sender, const std::string& topic, const std::string& payloadJson) {
    if (!isValidTopic(topic)) {
      log->error("dropped a message from " + sender + " on topic '" + topic +
                 "': a topic is dotted segments of a-z, 0-9, '_' and '-' (\"scanner.barcode\"); fix the publisher");
      return;
    }
    auto message = std::make_shared<const possdk::BusMessage>(possdk::BusMessage{topic, payloadJson, sender});
    // One posted job per message keeps every subscriber seeing messages in the same order, even
    // when several threads publish at once.
    dispatcher.post([bus = weak_from_this(), receivers = matching(topic), message] {
      if (auto alive = bus.lock()) alive->deliver(receivers, *message);
    });
  }

  std::unique_ptr<possdk::Subscription> subscribe(const std::string& pattern, Handler handler,
                                                  const std::string& owner = {}) {
    checkPattern(pattern);
    if (!handler) throw std::invalid_argument("cannot subscribe to '" + pattern + "' with an empty handler");
    auto subscriber = std::make_shared<Subscriber>();
    subscriber->owner = owner;
    subscriber->pattern = pattern;
    subscriber->handler = std::move(handler);
    std::lock_guard lock(mutex);
    const auto id = nextId++;
    subscribers.emplace(id, subscriber);
    return std::make_unique<Handle>(weak_from_this(), id, std::move(subscriber));
  }

  void remove(std::uint64_t id) {
    std::lock_guard lock(mutex);
    subscribers.erase(id);
  }

  std::vector<std::shared_ptr<Subscriber>> matching(const std::string& topic) {
    std::lock_guard lock(mutex);
    std::vector<std::shared_ptr<Subscriber>> found;
    for (const auto& [id, subscriber] : subscribers) {
      if (patternMatches(subscriber->pattern, topic)) found.push_back(subscriber);
    }
    return found;
  }

  // A handler that throws must not keep the message from the others, nor take down the UI loop.
  void deliver(const std::vector<std::shared_ptr<Subscriber>>& receivers, const possdk::BusMessage& message) {
    for (const auto& subscriber : receivers) {
      if (!subscriber->active) continue;
      auto done = callPlugin(subscriber->owner, "a handler for '" + subscriber->pattern + "' on '" + message.topic + "'",
                             [&] { subscriber->handler(message); });
      if (!done) log->error(done.error());
    }
  }

  Dispatcher& dispatcher;
  std::unique_ptr<possdk::Logger> log = makeLogger("event-bus");
  std::mutex mutex;
  std::uint64_t nextId = 0;
  std::map<std::uint64_t, std::shared_ptr<Subscriber>> subscribers;
};

EventBusCore::EventBusCore(Dispatcher& dispatcher) : impl_(std::make_shared<Impl>(dispatcher)) {}

EventBusCore::~EventBusCore() = default;

void EventBusCore::publish(const std::string& sender, const std::string& topic, const std::string& payloadJson) {
  impl_->publish(sender, topic, payloadJson);
}

std::unique_ptr<possdk::Subscription> EventBusCore::subscribe(const std::string& pattern,
                                                              std::function<void(const possdk::BusMessage&)> handler) {
  return impl_->subscribe(pattern, std::move(handler));
}

std::unique_ptr<possdk::EventBus> EventBusCore::facadeFor(const std::string& sender) {
  return std::make_unique<Impl::Facade>(impl_, sender);
}

}  // namespace poscore
