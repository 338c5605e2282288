#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/StreamCopier.h>
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <future>
#include <thread>

#include "http_fakes.hpp"
#include "poscore/services/clocks.hpp"
#include "posserver/http/http_service.hpp"
#include "temp_dir.hpp"

using namespace posserver::http;

namespace {

class HttpServiceTest : public ::testing::Test {
 protected:
  HttpServiceTest() {
    add("GET", "/echo", [](const Request& r) {
      Response response;
      response.body = r.path + "|" + (r.query.count("q") ? r.query.at("q") : "") + "|" + r.header("x-probe") + "|" +
                      r.remoteAddress;
      response.contentType = "text/plain";
      return response;
    });
    add("POST", "/echo", [this](const Request& r) {
      ++posts;
      Response response;
      response.body = r.body;
      return response;
    });
    add("GET", "/slow", [this](const Request&) {
      slowEntered.set_value();
      // Finishes only once stop() has begun, so the answer proves stop waited for it.
      while (!service->stopping()) std::this_thread::yield();
      Response response;
      response.body = R"({"slow":"done"})";
      return response;
    });
    add("GET", "/held", [this](const Request&) {
      heldEntered.set_value();
      release.get_future().wait();
      Response response;
      response.body = R"({"held":"done"})";
      return response;
    });
  }

  void add(std::string method, std::string path, Handler handler) {
    RouteSpec spec;
    spec.method = std::move(method);
    spec.path = std::move(path);
    spec.handler = std::move(handler);
    routes.add(std::move(spec));
  }

  void start(ServiceOptions options = {}) {
    options.maxBodyBytes = 1000;
    options.threads = 4;
    service = std::make_unique<HttpService>(options, dispatcher);
    service->start();
  }

  // Sends raw bytes on one connection and reads until the peer closes or `responses` answers came.
  std::string raw(const std::string& bytes, int responses) {
    Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", service->port()));
    socket.setReceiveTimeout(Poco::Timespan(10, 0));
    socket.sendBytes(bytes.data(), static_cast<int>(bytes.size()));
    std::string received;
    char buffer[4096];
    while (true) {
      std::size_t count = 0;
      for (auto at = received.find("HTTP/1.1 "); at != std::string::npos; at = received.find("HTTP/1.1 ", at + 1)) {
        ++count;
      }
      if (static_cast<int>(count) >= responses && received.rfind("}") == received.size() - 1) break;
      const int n = socket.receiveBytes(buffer, sizeof buffer);
      if (n <= 0) break;
      received.append(buffer, static_cast<std::size_t>(n));
    }
    return received;
  }

  poscore::ManualClock clock;
  Routes routes;
  postest::FakeAuthenticator authenticator;
  RateLimiter limiter{clock};
  Metrics metrics;
  postest::CapturingLogger log;
  Dispatcher dispatcher{routes, authenticator, limiter, metrics, clock, log};
  std::unique_ptr<HttpService> service;
  std::atomic<int> posts{0};
  std::promise<void> slowEntered;
  std::promise<void> heldEntered;
  std::promise<void> release;
};

std::string get(Poco::Net::HTTPClientSession& session, const std::string& uri, Poco::Net::HTTPResponse& response,
                const std::string& probe = "") {
  Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, uri, Poco::Net::HTTPMessage::HTTP_1_1);
  if (!probe.empty()) request.set("X-Probe", probe);
  session.sendRequest(request);
  std::string body;
  Poco::StreamCopier::copyToString(session.receiveResponse(response), body);
  return body;
}

}  // namespace

TEST_F(HttpServiceTest, RequestCarriesDecodedPathQueryLowerCaseHeadersAndPeer) {
  start();
  Poco::Net::HTTPClientSession session("127.0.0.1", service->port());
  Poco::Net::HTTPResponse response;
  EXPECT_EQ(get(session, "/echo?q=a%20b%26c", response, "hello"), "/echo|a b&c|hello|127.0.0.1");
  EXPECT_EQ(response.getStatus(), 200);
  EXPECT_EQ(response.getContentType(), "text/plain");
}

TEST_F(HttpServiceTest, UnreadableTargetIs400MalformedRequest) {
  start();
  const auto answer = raw("GET /echo?q=%zz HTTP/1.1\r\nHost: x\r\n\r\n", 1);
  EXPECT_EQ(answer.rfind("HTTP/1.1 400", 0), 0u) << answer;
  EXPECT_NE(answer.find(R"("code":"malformed_request")"), std::string::npos) << answer;
  EXPECT_NE(metrics.render().find(R"(pos_http_errors_total{route="unmatched",code="malformed_request"} 1)"),
            std::string::npos);
}

TEST_F(HttpServiceTest, ContentLengthOverTheLimitIs413WithoutReadingTheBody) {
  start();
  // The body is never sent: an answer can only come if the server did not wait for it.
  const auto answer = raw(
      "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\n\r\n", 1);
  EXPECT_EQ(answer.rfind("HTTP/1.1 413", 0), 0u) << answer;
  EXPECT_NE(answer.find(R"("code":"body_too_large")"), std::string::npos);
  EXPECT_EQ(posts.load(), 0);
  EXPECT_NE(metrics.render().find(R"(code="body_too_large")"), std::string::npos);
}

TEST_F(HttpServiceTest, ChunkedBodyUnderTheLimitIsServed) {
  start();
  Poco::Net::HTTPClientSession session("127.0.0.1", service->port());
  Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST, "/echo", Poco::Net::HTTPMessage::HTTP_1_1);
  request.setChunkedTransferEncoding(true);
  request.setContentType("application/json");
  const std::string body = "{\"a\":\"" + std::string(900, 'x') + "\"}";
  session.sendRequest(request) << body;
  Poco::Net::HTTPResponse response;
  std::string answer;
  Poco::StreamCopier::copyToString(session.receiveResponse(response), answer);
  EXPECT_EQ(response.getStatus(), 200);
  EXPECT_EQ(answer, body);
}

TEST_F(HttpServiceTest, ChunkedBodyOverTheLimitIs413) {
  start();
  // 3000 bytes in chunks of 1500, so no Content-Length tells the size in advance.
  const std::string chunk = "5dc\r\n" + std::string(1500, 'x') + "\r\n";
  const auto answer = raw("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n" + chunk + chunk + "0\r\n\r\n", 1);
  EXPECT_EQ(answer.rfind("HTTP/1.1 413", 0), 0u) << answer;
  EXPECT_EQ(posts.load(), 0);
}

TEST_F(HttpServiceTest, KeepAliveServesSeveralRequestsOnOneConnection) {
  start();
  const std::string one = "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
  const auto answer = raw(one + one + one, 3);
  std::size_t count = 0;
  for (auto at = answer.find("HTTP/1.1 200"); at != std::string::npos; at = answer.find("HTTP/1.1 200", at + 1)) ++count;
  EXPECT_EQ(count, 3u) << answer;
  EXPECT_EQ(posts.load(), 3);
}

TEST_F(HttpServiceTest, ServesHttpsWithTheConfiguredCertificate) {
  postest::TempDir dir;
  const auto cert = (dir / "cert.pem").string();
  const auto key = (dir / "key.pem").string();
  const auto command = "openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 -addext "
                       "subjectAltName=IP:127.0.0.1 -keyout " + key + " -out " + cert + " 2>/dev/null";
  ASSERT_EQ(std::system(command.c_str()), 0);
  ServiceOptions options;
  options.tls = {cert, key};
  start(options);

  Poco::Net::Context::Ptr context =
      new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", cert, Poco::Net::Context::VERIFY_STRICT);
  Poco::Net::HTTPSClientSession session("127.0.0.1", service->port(), context);
  Poco::Net::HTTPResponse response;
  EXPECT_EQ(get(session, "/echo?q=tls", response), "/echo|tls||127.0.0.1");
  EXPECT_EQ(response.getStatus(), 200);

  // Plain HTTP to the HTTPS port gets no answer.
  Poco::Net::HTTPClientSession plain("127.0.0.1", service->port());
  plain.setTimeout(Poco::Timespan(5, 0));
  Poco::Net::HTTPResponse refused;
  EXPECT_ANY_THROW(get(plain, "/echo", refused));
}

TEST_F(HttpServiceTest, MissingCertificateFailsToStartWithItsName) {
  ServiceOptions options;
  options.tls = {"/nonexistent/cert.pem", "/nonexistent/key.pem"};
  service = std::make_unique<HttpService>(options, dispatcher);
  try {
    service->start();
    FAIL() << "started without a certificate";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/cert.pem"), std::string::npos) << e.what();
  }
}

TEST_F(HttpServiceTest, GracefulStopFinishesTheRequestInFlightThenRefusesConnections) {
  start();
  const auto port = service->port();
  auto inFlight = std::async(std::launch::async, [port] {
    Poco::Net::HTTPClientSession session("127.0.0.1", port);
    Poco::Net::HTTPResponse response;
    const auto body = get(session, "/slow", response);
    return std::to_string(response.getStatus()) + " " + body;
  });
  slowEntered.get_future().wait();
  service->stop();
  EXPECT_EQ(inFlight.get(), R"(200 {"slow":"done"})");
  EXPECT_THROW(Poco::Net::StreamSocket(Poco::Net::SocketAddress("127.0.0.1", port)), Poco::Net::NetException);
}

TEST_F(HttpServiceTest, StoppingRefusesNewConnectionsWhileTheRequestInFlightIsStillServed) {
  start();
  const auto port = service->port();
  auto inFlight = std::async(std::launch::async, [port] {
    Poco::Net::HTTPClientSession session("127.0.0.1", port);
    Poco::Net::HTTPResponse response;
    const auto body = get(session, "/held", response);
    return std::to_string(response.getStatus()) + " " + body;
  });
  heldEntered.get_future().wait();
  auto stopping = std::async(std::launch::async, [this] { service->stop(); });
  const auto refused = [port] {
    try {
      Poco::Net::StreamSocket probe(Poco::Net::SocketAddress("127.0.0.1", port));
      return false;
    } catch (const Poco::Net::NetException&) {
      return true;
    }
  };
  // Bounded wait for stop() to close the listener; the held request keeps stop() from returning.
  bool wasRefused = false;
  for (int i = 0; i < 500 && !(wasRefused = refused()); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  EXPECT_TRUE(wasRefused) << "a stopping server still completes new connections";
  release.set_value();
  EXPECT_EQ(inFlight.get(), R"(200 {"held":"done"})");
  stopping.get();
}
