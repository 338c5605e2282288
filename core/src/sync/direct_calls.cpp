#include "poscore/sync/direct_calls.hpp"

#include <array>
#include <stdexcept>

#include "poscore/services/outbox.hpp"
#include "poscore/sync/server_link.hpp"

namespace poscore::sync {
namespace {

using Reply = possdk::Result<possdk::ServerReply>;

bool isMethod(const std::string& method) {
  static const std::array<std::string, 5> kMethods{"GET", "POST", "PUT", "PATCH", "DELETE"};
  for (const auto& known : kMethods) {
    if (method == known) return true;
  }
  return false;
}

// Empty when the call may be sent, otherwise which argument is wrong and what to pass instead.
std::string refusal(const std::string& method, const std::string& path, const std::string& body,
                    std::chrono::milliseconds timeout, std::chrono::milliseconds maxTimeout) {
  if (!isMethod(method)) return "method '" + method + "' is not one of GET, POST, PUT, PATCH, DELETE";
  if (auto why = pluginPathRefusal(path); !why.empty()) return why;
  if (!body.empty()) {
    if (auto why = pluginBodyRefusal(body); !why.empty()) return why;
  }
  if (timeout.count() <= 0) {
    return "timeout is " + std::to_string(timeout.count()) + " ms; give the server at least 1 ms to answer";
  }
  if (timeout > maxTimeout) {
    return "timeout is " + std::to_string(timeout.count()) + " ms, over the " + std::to_string(maxTimeout.count()) +
           " ms a call may hold a worker; ask for at most that";
  }
  return {};
}

}  // namespace

DirectCalls::DirectCalls(LaneDb& db, Dispatcher& dispatcher, std::optional<SyncSettings> settings, DirectCallLimits limits)
    : dispatcher_(dispatcher), settings_(std::move(settings)), limits_(limits), store_(db) {
  if (limits_.perPlugin == 0 || limits_.perPlugin >= limits_.workers) {
    throw std::invalid_argument("direct server calls need at least one call per plugin and more workers (" +
                                std::to_string(limits_.workers) + ") than calls per plugin (" +
                                std::to_string(limits_.perPlugin) + "), so one plugin cannot hold them all");
  }
  if (limits_.maxTimeout.count() <= 0) throw std::invalid_argument("direct server calls need a longest timeout above 0 ms");
  // A lane without a server answers every call at once: no thread to keep.
  if (!settings_) return;
  for (std::size_t i = 0; i < limits_.workers; ++i) workers_.emplace_back([this] { work(); });
}

DirectCalls::~DirectCalls() {
  std::deque<Call> left;
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    left.swap(queue_);
  }
  wake_.notify_all();
  for (auto& call : left) answer(std::move(call), Reply::fail("the lane is shutting down; the call was not sent"));
  for (auto& worker : workers_) worker.join();
}

void DirectCalls::request(const std::string& pluginId, Alive alive, const std::string& method, const std::string& path,
                          const std::string& bodyJson, std::chrono::milliseconds timeout, Done done) {
  Call call{pluginId, std::move(alive), method, "/api/v1/plugins/" + pluginId + path, bodyJson, timeout, std::move(done)};
  const auto prefix = "plugin " + pluginId + ": " + method + " " + path + ": ";
  if (auto why = refusal(method, path, bodyJson, timeout, limits_.maxTimeout); !why.empty()) {
    answer(std::move(call), Reply::fail(prefix + why));
    return;
  }
  if (!settings_) {
    answer(std::move(call), Reply::fail(prefix + "no store server is configured for this lane (settings section "
                                                 "\"server\"); the call was not sent"));
    return;
  }
  {
    std::lock_guard lock(mutex_);
    auto& open = open_[pluginId];
    if (stopping_ || open >= limits_.perPlugin) {
      const auto why = stopping_ ? std::string("the lane is shutting down")
                                 : std::to_string(open) + " calls are already waiting for the server, the most a plugin " +
                                       "may have; send the next one after an answer";
      dispatcher_.post([done = std::move(call.done), alive = call.alive, why = prefix + why] {
        if (!alive || *alive) done(Reply::fail(why));
      });
      return;
    }
    ++open;
    queue_.push_back(std::move(call));
  }
  wake_.notify_one();
}

void DirectCalls::work() {
  for (;;) {
    Call call;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;
      call = std::move(queue_.front());
      queue_.pop_front();
    }
    // A plugin that has stopped will not read the answer: do not trouble the server.
    auto reply = !call.alive || *call.alive ? send(call) : Reply::fail("the plugin has stopped; the call was not sent");
    {
      std::lock_guard lock(mutex_);
      --open_[call.pluginId];
    }
    answer(std::move(call), std::move(reply));
  }
}

possdk::Result<possdk::ServerReply> DirectCalls::send(const Call& call) {
  const auto prefix = "plugin " + call.pluginId + ": " + call.method + " " + call.target + ": ";
  auto credential = store_.credential();
  if (!credential) return Reply::fail(prefix + "cannot read the lane's credential: " + credential.error());
  if (!credential.value()) {
    return Reply::fail(prefix + "the lane is not enrolled with the store server yet (no credential); "
                                "give it an enrolment code (settings server.enrolment_code or posctl server enrol)");
  }
  ServerLink link(settings_->url, settings_->caFile, call.timeout, limits_.maxReplyBytes);
  link.setToken(credential.value()->token);
  auto sent = link.send(call.method, call.target, call.body);
  if (!sent) return Reply::fail("plugin " + call.pluginId + ": the store server gave no answer: " + sent.error());
  return possdk::ServerReply{sent.value().status, std::move(sent.value().body)};
}

void DirectCalls::answer(Call call, possdk::Result<possdk::ServerReply> reply) {
  // Checked on the UI thread, where the plugin's stop() runs too: once it has returned, no answer
  // reaches the plugin, however late it arrives.
  dispatcher_.post([done = std::move(call.done), alive = std::move(call.alive), reply = std::move(reply)]() mutable {
    if (!alive || *alive) done(std::move(reply));
  });
}

}  // namespace poscore::sync
