#pragma once
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace postest {

// A stand-in for pos-server on 127.0.0.1 (ephemeral port): records every request and answers what
// the test sets per "METHOD /path" (query left out), or 404. An answer can be delayed, to stand
// for a slow server. stop() closes the port (connections refused) and start() opens it again on
// the same port, as a server that went away and came back.
class FakeStoreServer {
 public:
  struct Request {
    std::string method;
    std::string uri;  // path and query
    std::string body;
    std::map<std::string, std::string> headers;
    std::string header(const std::string& name) const {
      auto found = headers.find(name);
      return found == headers.end() ? std::string() : found->second;
    }
  };
  struct Answer {
    int status = 200;
    std::string body = "{}";
    std::map<std::string, std::string> headers;
    std::chrono::milliseconds delay{0};
  };
  using Route = std::function<Answer(const Request&)>;

  explicit FakeStoreServer(Poco::Net::Context::Ptr tls = nullptr)
      : port_(Poco::Net::ServerSocket(Poco::Net::SocketAddress("127.0.0.1", 0)).address().port()), tls_(std::move(tls)) {
    start();
  }
  ~FakeStoreServer() { stop(); }
  FakeStoreServer(const FakeStoreServer&) = delete;
  FakeStoreServer& operator=(const FakeStoreServer&) = delete;

  std::string url() const { return std::string(tls_ ? "https" : "http") + "://127.0.0.1:" + std::to_string(port_); }

  void on(const std::string& methodAndPath, Route route) {
    std::lock_guard lock(mutex_);
    routes_[methodAndPath] = std::move(route);
  }
  void on(const std::string& methodAndPath, int status, std::string body = "{}") {
    on(methodAndPath, [status, body](const Request&) { return Answer{status, body, {}, {}}; });
  }

  std::vector<Request> requests() const {
    std::lock_guard lock(mutex_);
    return requests_;
  }
  std::vector<Request> requestsTo(const std::string& methodAndPath) const {
    std::vector<Request> found;
    for (auto& r : requests()) {
      if (r.method + " " + r.uri.substr(0, r.uri.find('?')) == methodAndPath) found.push_back(r);
    }
    return found;
  }

  void start() {
    if (server_) return;
    Poco::Net::ServerSocket socket = tls_ ? Poco::Net::SecureServerSocket(tls_) : Poco::Net::ServerSocket();
    socket.bind(Poco::Net::SocketAddress("127.0.0.1", port_), true);
    socket.listen();
    auto params = Poco::AutoPtr<Poco::Net::HTTPServerParams>(new Poco::Net::HTTPServerParams);
    params->setKeepAlive(false);
    server_ = std::make_unique<Poco::Net::HTTPServer>(new Factory(*this), socket, params);
    server_->start();
  }
  void stop() {
    if (!server_) return;
    server_->stopAll(true);
    server_.reset();
  }

 private:
  class Handler final : public Poco::Net::HTTPRequestHandler {
   public:
    explicit Handler(FakeStoreServer& server) : server_(server) {}
    void handleRequest(Poco::Net::HTTPServerRequest& in, Poco::Net::HTTPServerResponse& out) override {
      Request request;
      request.method = in.getMethod();
      request.uri = in.getURI();
      for (const auto& [name, value] : in) request.headers[name] = value;
      std::ostringstream body;
      Poco::StreamCopier::copyStream(in.stream(), body);
      request.body = body.str();
      const auto answer = server_.answer(request);
      std::this_thread::sleep_for(answer.delay);
      out.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(answer.status));
      out.setContentType("application/json");
      for (const auto& [name, value] : answer.headers) out.set(name, value);
      out.setContentLength(static_cast<std::streamsize>(answer.body.size()));
      out.send() << answer.body;
    }

   private:
    FakeStoreServer& server_;
  };
  class Factory final : public Poco::Net::HTTPRequestHandlerFactory {
   public:
    explicit Factory(FakeStoreServer& server) : server_(server) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override {
      return new Handler(server_);
    }

   private:
    FakeStoreServer& server_;
  };

  Answer answer(const Request& request) {
    Route route;
    {
      std::lock_guard lock(mutex_);
      requests_.push_back(request);
      auto found = routes_.find(request.method + " " + request.uri.substr(0, request.uri.find('?')));
      if (found == routes_.end()) {
        return {404, R"({"error":{"status":404,"code":"not_found","field":"","message":"no such route"}})", {}, {}};
      }
      route = found->second;
    }
    return route(request);
  }

  std::uint16_t port_;
  Poco::Net::Context::Ptr tls_;
  mutable std::mutex mutex_;
  std::map<std::string, Route> routes_;
  std::vector<Request> requests_;
  std::unique_ptr<Poco::Net::HTTPServer> server_;
};

}  // namespace postest
