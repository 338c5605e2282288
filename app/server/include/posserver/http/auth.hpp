#pragma once
#include <string>

#include "posserver/http/api.hpp"

namespace posserver::http {

// Who a bearer token belongs to. Implemented over the devices table (api::DeviceAuthenticator).
class Authenticator {
 public:
  virtual ~Authenticator() = default;
  // The caller for `token` (the text after "Bearer "). Throws ApiError 401 "unauthenticated" for an
  // unknown or malformed token and 401 "device_revoked" for a revoked device.
  virtual Caller authenticate(const std::string& token) = 0;
};

}  // namespace posserver::http
