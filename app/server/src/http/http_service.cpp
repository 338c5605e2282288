#include "posserver/http/http_service.hpp"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/ThreadPool.h>
#include <Poco/URI.h>
#include <Poco/String.h>

#include <algorithm>
#include <cctype>
#include <istream>
#include <stdexcept>

namespace posserver::http {
namespace {

ApiError tooLarge(std::size_t limit) {
  return ApiError(413, "body_too_large", "",
                  "the body is over the limit of " + std::to_string(limit) + " bytes; send less");
}

// The request's method, path, query, lower-case headers and peer, without the body.
Request describe(Poco::Net::HTTPServerRequest& in) {
  Request request;
  request.method = in.getMethod();
  request.remoteAddress = in.clientAddress().host().toString();
  for (const auto& [name, value] : in) request.headers[Poco::toLower(name)] = value;
  const Poco::URI uri(in.getURI());
  request.path = uri.getPath();
  for (const auto& [name, value] : uri.getQueryParameters()) request.query[name] = value;
  return request;
}

// Reads at most limit+1 bytes, so a chunked body over the limit is found without reading it all.
std::string readBody(std::istream& stream, std::size_t limit) {
  std::string body;
  char buffer[8192];
  while (body.size() <= limit && stream) {
    const auto want = std::min(sizeof buffer, limit + 1 - body.size());
    stream.read(buffer, static_cast<std::streamsize>(want));
    body.append(buffer, static_cast<std::size_t>(stream.gcount()));
  }
  return body;
}

void send(const Response& response, Poco::Net::HTTPServerResponse& out) {
  out.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(response.status));
  out.setContentType(response.contentType);
  for (const auto& [name, value] : response.headers) out.set(name, value);
  out.setContentLength64(static_cast<Poco::Int64>(response.body.size()));
  // Flushed here, not when Poco drops the response after the handler: stop() may close the
  // connection as soon as the handler has left, and the answer must be on the wire by then.
  auto& stream = out.send();
  stream.write(response.body.data(), static_cast<std::streamsize>(response.body.size()));
  stream.flush();
}

class RequestHandler final : public Poco::Net::HTTPRequestHandler {
 public:
  RequestHandler(HttpService& service, Dispatcher& dispatcher, std::size_t maxBody)
      : service_(service), dispatcher_(dispatcher), maxBody_(maxBody) {}

  void handleRequest(Poco::Net::HTTPServerRequest& in, Poco::Net::HTTPServerResponse& out) override {
    service_.enter();
    try {
      serve(in, out);
    } catch (...) {
      // The peer went away while we wrote; nothing is left to tell it.
    }
    service_.leave();
  }

 private:
  void serve(Poco::Net::HTTPServerRequest& in, Poco::Net::HTTPServerResponse& out) {
    Request request;
    try {
      request = describe(in);
    } catch (const Poco::Exception& e) {
      out.setKeepAlive(false);
      Request unreadable;
      unreadable.method = in.getMethod();
      send(dispatcher_.refuse(unreadable, ApiError(400, "malformed_request", "",
                                                   "the request target cannot be read: " + e.displayText() +
                                                       "; percent-encode it")),
           out);
      return;
    }
    if (in.hasContentLength() && in.getContentLength64() > static_cast<Poco::Int64>(maxBody_)) {
      // The body stays unread, so the connection cannot carry another request.
      out.setKeepAlive(false);
      send(dispatcher_.refuse(request, tooLarge(maxBody_)), out);
      return;
    }
    request.body = readBody(in.stream(), maxBody_);
    if (request.body.size() > maxBody_) {
      out.setKeepAlive(false);
      send(dispatcher_.refuse(request, tooLarge(maxBody_)), out);
      return;
    }
    const auto response = dispatcher_.handle(request);
    if (service_.stopping()) out.setKeepAlive(false);
    send(response, out);
  }

  HttpService& service_;
  Dispatcher& dispatcher_;
  std::size_t maxBody_;
};

class HandlerFactory final : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  HandlerFactory(HttpService& service, Dispatcher& dispatcher, std::size_t maxBody)
      : service_(service), dispatcher_(dispatcher), maxBody_(maxBody) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override {
    return new RequestHandler(service_, dispatcher_, maxBody_);
  }

 private:
  HttpService& service_;
  Dispatcher& dispatcher_;
  std::size_t maxBody_;
};

Poco::Net::ServerSocket listen(const ServiceOptions& options) {
  const Poco::Net::SocketAddress address(options.host, options.port);
  const int backlog = std::max(options.maxQueued, 64);
  if (options.tls.certFile.empty() && options.tls.keyFile.empty()) return Poco::Net::ServerSocket(address, backlog);
  if (options.tls.certFile.empty() || options.tls.keyFile.empty()) {
    throw std::runtime_error("HTTPS needs both a certificate and a key");
  }
  Poco::Net::Context::Ptr context;
  try {
    context = new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, options.tls.keyFile, options.tls.certFile, "",
                                     Poco::Net::Context::VERIFY_NONE);
    context->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
  } catch (const Poco::Exception& e) {
    throw std::runtime_error("the certificate " + options.tls.certFile + " or key " + options.tls.keyFile +
                             " cannot be used: " + e.displayText());
  }
  return Poco::Net::SecureServerSocket(address, backlog, context);
}

}  // namespace

HttpService::HttpService(ServiceOptions options, Dispatcher& dispatcher)
    : options_(std::move(options)), dispatcher_(dispatcher) {}

HttpService::~HttpService() { stop(); }

void HttpService::start() {
  if (server_) throw std::logic_error("the HTTP service is started already");
  if (options_.threads < 1 || options_.maxQueued < 1) throw std::runtime_error("threads and queue must be at least 1");
  try {
    auto socket = listen(options_);
    port_ = socket.address().port();
    listener_ = std::make_unique<Poco::Net::ServerSocket>(socket);
    Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(options_.threads);
    params->setMaxQueued(options_.maxQueued);
    params->setKeepAlive(options_.keepAlive);
    pool_ = std::make_unique<Poco::ThreadPool>(std::min(2, options_.threads), options_.threads);
    server_ = std::make_unique<Poco::Net::HTTPServer>(
        new HandlerFactory(*this, dispatcher_, options_.maxBodyBytes), *pool_, socket, params);
    server_->start();
  } catch (const Poco::Exception& e) {
    server_.reset();
    pool_.reset();
    listener_.reset();
    throw std::runtime_error("cannot listen on " + options_.host + ":" + std::to_string(options_.port) + ": " +
                             e.displayText());
  }
}

std::uint16_t HttpService::port() const { return port_; }

void HttpService::stop() {
  if (!server_) return;
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  server_->stop();  // no new connections are served
  listener_->close();  // nor completed by the kernel: connecting is refused from now on
  {
    std::unique_lock lock(mutex_);
    idle_.wait_for(lock, options_.stopGrace, [this] { return inFlight_ == 0; });
  }
  server_->stopAll(true);  // close idle keep-alive connections and whatever outlived the grace
  pool_->joinAll();
  server_.reset();
  pool_.reset();
  listener_.reset();
}

void HttpService::enter() {
  std::lock_guard lock(mutex_);
  ++inFlight_;
}

void HttpService::leave() {
  std::lock_guard lock(mutex_);
  --inFlight_;
  idle_.notify_all();
}

bool HttpService::stopping() const {
  std::lock_guard lock(mutex_);
  return stopping_;
}

}  // namespace posserver::http
