#pragma once
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

#include "posserver/http/dispatcher.hpp"

namespace Poco {
class ThreadPool;
namespace Net {
class HTTPServer;
class ServerSocket;
}
}  // namespace Poco

namespace posserver::http {

struct TlsOptions {
  std::string certFile;  // PEM; HTTPS when both are set
  std::string keyFile;
};

struct ServiceOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 0;  // 0: any free port, see HttpService::port()
  std::size_t maxBodyBytes = 1 << 20;
  // Poco keeps a thread on a keep-alive connection for as long as it stays open, so the threads
  // bound the lanes, kiosks and desks connected at once; a connection beyond them waits in the
  // queue until another closes (with keep-alive, often until it times out). 64 covers a large
  // store; idle threads cost address space, not CPU.
  int threads = 64;
  int maxQueued = 256;  // accepted connections waiting for a thread
  bool keepAlive = true;
  TlsOptions tls;
  std::chrono::milliseconds stopGrace{10000};  // how long stop() lets requests in flight finish
};

// pos-server's HTTP(S) listener over Poco::Net::HTTPServer. Bodies over maxBodyBytes are refused
// with 413 before the dispatcher sees them: a Content-Length over the limit is answered without
// reading the body, a chunked body is read to at most limit+1 bytes.
class HttpService {
 public:
  HttpService(ServiceOptions options, Dispatcher& dispatcher);
  ~HttpService();
  HttpService(const HttpService&) = delete;
  HttpService& operator=(const HttpService&) = delete;

  // Throws std::runtime_error naming the address (or the certificate) when it cannot listen.
  void start();
  std::uint16_t port() const;
  // Stops accepting, lets the requests in flight finish for up to stopGrace, then closes the rest.
  void stop();

  // For the request handlers: count the requests in flight, which stop() waits for. A request
  // that arrives on a kept-alive connection while stopping is still served, with Connection: close.
  void enter();
  void leave();
  bool stopping() const;

 private:
  ServiceOptions options_;
  Dispatcher& dispatcher_;
  std::unique_ptr<Poco::ThreadPool> pool_;
  std::unique_ptr<Poco::Net::HTTPServer> server_;
  // The listener, shared with server_, which would keep it open (and the kernel completing new
  // connections nobody serves) until it is destroyed; stop() closes it at once.
  std::unique_ptr<Poco::Net::ServerSocket> listener_;
  std::uint16_t port_ = 0;
  mutable std::mutex mutex_;
  std::condition_variable idle_;
  int inFlight_ = 0;
  bool stopping_ = false;
};

}  // namespace posserver::http
