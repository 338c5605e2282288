#pragma once
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "possdk/status.hpp"

namespace poscore::sync {

// What the server answered: any HTTP status counts as an answer, the caller judges it.
struct ServerReply {
  int status = 0;
  std::string body;
  std::optional<std::string> retryAfter;  // the Retry-After header, as sent
};

// The longest answer the lane reads: a catalog page of 500 products is well under 1 MiB.
inline constexpr std::size_t kMaxReplyBytes = 8 * 1024 * 1024;

using Headers = std::vector<std::pair<std::string, std::string>>;

// One HTTP(S) request at a time to the store server, with the lane's bearer token once it has one.
// A failure is a transport failure (no connection, timeout, TLS refused): the server was not heard.
class ServerLink {
 public:
  // `baseUrl` as SyncSettings::url; for https, `caFile` holds the CA the server's certificate must
  // chain to (empty: the system's CAs). An answer longer than `maxReplyBytes` is a failure.
  ServerLink(std::string baseUrl, std::filesystem::path caFile, std::chrono::milliseconds timeout,
             std::size_t maxReplyBytes = kMaxReplyBytes);

  void setToken(std::string token) { token_ = std::move(token); }
  const std::string& baseUrl() const { return baseUrl_; }

  // `target` is the path and query below the base address ("/api/v1/sales"). A non-empty body
  // goes as application/json.
  possdk::Result<ServerReply> send(const std::string& method, const std::string& target, const std::string& body = {},
                                   const Headers& headers = {});

 private:
  std::string baseUrl_;
  std::filesystem::path caFile_;
  std::chrono::milliseconds timeout_;
  std::size_t maxReplyBytes_;
  std::string token_;
};

}  // namespace poscore::sync
