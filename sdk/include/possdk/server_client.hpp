#pragma once
#include <chrono>
#include <functional>
#include <string>

#include "possdk/status.hpp"

namespace possdk {

// What the server answered: the HTTP status and the body (JSON text).
struct ServerReply {
  int status = 0;
  std::string body;
};

// Calls to the plugin's own server module (mounted at /api/v1/plugins/<id>/). A call is written to
// the lane's outbox first with its idempotency key, then sent, retried until the server has it; a
// lane that is offline keeps working.
class ServerClient {
 public:
  virtual ~ServerClient() = default;
  // Queues a POST to `path` (relative to the module's mount) and returns the outbox entry id.
  // The key is 1 or more of A-Z a-z 0-9 . _ : - and at most 255 - 10 - (length of the plugin id)
  // long: the server receives it as "<lane id>:<plugin id>:<key>". Other keys are refused.
  virtual Result<std::string> enqueue(const std::string& path, const std::string& bodyJson,
                                      const std::string& idempotencyKey) = 0;
  virtual bool online() const = 0;

  // Since ABI 1.3. A call whose answer is needed now (the exit lane fetching a paid order): sent at
  // once on a background thread, never queued, never retried. `done` runs exactly once, on the UI
  // thread: with the server's reply, whatever its status, or a failure saying why no reply came
  // (no server configured, not enrolled, unreachable, no answer within `timeout`). `method` is
  // GET, POST, PUT, PATCH or DELETE; `path` is below the module's mount, as for enqueue; `bodyJson`
  // is sent only when not empty. A write sent this way must carry its own idempotency in the body
  // or path if it may be repeated.
  virtual void request(const std::string& method, const std::string& path, const std::string& bodyJson,
                       std::chrono::milliseconds timeout, std::function<void(Result<ServerReply>)> done) = 0;
};

}  // namespace possdk
