#pragma once
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>

#include "possdk/audit.hpp"
#include "possdk/event_bus.hpp"
#include "possdk/server_client.hpp"
#include "possdk/status.hpp"
#include "src/exit/exit_result.hpp"
#include "src/tolerance/tolerance_model.hpp"

// What the exit lane needs from the world, as small interfaces: the plugin adapts them to the Host
// (host_ports.hpp), tests and benchmarks hand in fakes. No SDK singleton is reached from the lane.
namespace weighing::exit {

class ExitServer {
 public:
  virtual ~ExitServer() = default;
  // POST /exit/verify {"qr"}; `done` runs once, on the UI thread, with the reply or why none came.
  virtual void verify(const std::string& qr, std::function<void(possdk::Result<possdk::ServerReply>)> done) = 0;
  // Through the outbox, so the verdict reaches the server even when it is away right now.
  virtual possdk::Status sendResult(const ExitResult& result) = 0;
};

class Eas {
 public:
  virtual ~Eas() = default;
  virtual possdk::Status deactivate() = 0;
};

class Speaker {
 public:
  virtual ~Speaker() = default;
  // lang: "zh" or "en".
  virtual void say(const std::string& text, const std::string& lang) = 0;
};

class Timers {
 public:
  virtual ~Timers() = default;
  // Runs `work` once after `delay`; dropping the handle first cancels it.
  virtual std::unique_ptr<possdk::Subscription> after(std::chrono::milliseconds delay, std::function<void()> work) = 0;
};

class Supervisors {
 public:
  virtual ~Supervisors() = default;
  // The supervisor's name, or why not (in the lane's language).
  virtual possdk::Result<std::string> approve(const std::string& staffId, const std::string& pin) = 0;
};

// The expected band of a basket and the verdict on a weight (the tolerance model in the plugin).
class BasketJudge {
 public:
  virtual ~BasketJudge() = default;
  virtual Expectation expect(std::span<const ItemWeight> items) = 0;
  virtual Judgement judge(const Expectation& expectation, std::int64_t measuredMg) = 0;
  // What the lane's empty bag weighs: a pass posts the weight less this as the basket's net weight.
  virtual std::int64_t bagTareMg() const = 0;
};

struct ExitView;

class ExitDisplay {
 public:
  virtual ~ExitDisplay() = default;
  virtual void show(const ExitView& view) = 0;
};

struct ExitPorts {
  ExitServer& server;
  Eas& eas;
  Speaker& speaker;
  Timers& timers;
  Supervisors& supervisors;
  possdk::Audit& audit;
  BasketJudge& judge;
  ExitDisplay& display;
};

}  // namespace weighing::exit
