#include "poscore/sync/server_link.hpp"

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/URI.h>

#include <array>
#include <memory>
#include <stdexcept>

namespace poscore::sync {
namespace {

std::unique_ptr<Poco::Net::HTTPClientSession> sessionFor(const Poco::URI& uri, const std::filesystem::path& caFile) {
  if (uri.getScheme() != "https") return std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
  // The server's certificate must chain to the configured CA and name the host: a lane never sends
  // sales to a server it cannot verify.
  Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", caFile.string(),
                                                           Poco::Net::Context::VERIFY_RELAXED, 9, caFile.empty());
  return std::make_unique<Poco::Net::HTTPSClientSession>(uri.getHost(), uri.getPort(), context);
}

// The answer's body, refused once it passes `cap` bytes: a broken or hostile server must not make
// the lane hold an answer of any size. A declared length is not trusted, the bytes read are counted.
std::string readCapped(std::istream& in, std::size_t cap) {
  std::string body;
  std::array<char, 64 * 1024> chunk{};
  while (in.read(chunk.data(), chunk.size()) || in.gcount() > 0) {
    body.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
    if (body.size() > cap) {
      throw std::length_error("the server's answer is longer than the lane takes (" + std::to_string(cap) + " bytes)");
    }
  }
  return body;
}

}  // namespace

ServerLink::ServerLink(std::string baseUrl, std::filesystem::path caFile, std::chrono::milliseconds timeout, std::size_t maxReplyBytes)
    : baseUrl_(std::move(baseUrl)), caFile_(std::move(caFile)), timeout_(timeout), maxReplyBytes_(maxReplyBytes) {}

possdk::Result<ServerReply> ServerLink::send(const std::string& method, const std::string& target, const std::string& body,
                                             const Headers& headers) {
  using Sent = possdk::Result<ServerReply>;
  try {
    const Poco::URI uri(baseUrl_);
    auto session = sessionFor(uri, caFile_);
    session->setTimeout(Poco::Timespan(std::chrono::duration_cast<std::chrono::microseconds>(timeout_).count()));
    Poco::Net::HTTPRequest request(method, target, Poco::Net::HTTPMessage::HTTP_1_1);
    if (!token_.empty()) request.set("Authorization", "Bearer " + token_);
    for (const auto& [name, value] : headers) request.set(name, value);
    if (!body.empty()) {
      request.setContentType("application/json");
      request.setContentLength(static_cast<std::streamsize>(body.size()));
    }
    session->sendRequest(request) << body;
    Poco::Net::HTTPResponse response;
    auto& in = session->receiveResponse(response);
    ServerReply reply;
    reply.status = static_cast<int>(response.getStatus());
    reply.body = readCapped(in, maxReplyBytes_);
    if (response.has("Retry-After")) reply.retryAfter = response.get("Retry-After");
    return reply;
  } catch (const Poco::TimeoutException&) {
    return Sent::fail(method + " " + baseUrl_ + target + ": timed out, no answer within " +
                      std::to_string(timeout_.count()) + " ms");
  } catch (const Poco::Exception& e) {
    return Sent::fail(method + " " + baseUrl_ + target + ": " + e.displayText());
  } catch (const std::exception& e) {
    return Sent::fail(method + " " + baseUrl_ + target + ": " + e.what());
  }
}

}  // namespace poscore::sync
