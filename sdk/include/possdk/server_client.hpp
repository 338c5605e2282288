#pragma once
#include <string>

#include "possdk/status.hpp"

namespace possdk {

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
};

}  // namespace possdk
