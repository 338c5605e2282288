#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>

#include "fake_store_server.hpp"
#include "poscore/sync/server_link.hpp"
#include "temp_dir.hpp"

namespace poscore::sync {
namespace {

using ::testing::HasSubstr;

// A self-signed certificate for 127.0.0.1 made with the openssl tool, as a store's own CA would be.
std::filesystem::path makeCertificate(const postest::TempDir& dir, const std::string& name) {
  const auto base = (dir / name).string();
  const auto command = "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1"
                       " -keyout '" + base + ".key' -out '" + base + ".pem' 2>/dev/null";
  EXPECT_EQ(std::system(command.c_str()), 0) << command;
  return base + ".pem";
}

class ServerLinkTlsTest : public ::testing::Test {
 protected:
  postest::TempDir dir;
  std::filesystem::path cert = makeCertificate(dir, "server");
  postest::FakeStoreServer server{new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, (dir / "server.key").string(),
                                                         cert.string(), "", Poco::Net::Context::VERIFY_NONE)};
};

TEST_F(ServerLinkTlsTest, AServerWhoseCertificateChainsToTheCaIsHeard) {
  server.on("GET /healthz", 200, R"({"status":"ok"})");
  ServerLink link(server.url(), cert, std::chrono::seconds(5));
  auto reply = link.send("GET", "/healthz");
  ASSERT_TRUE(reply) << reply.error();
  EXPECT_EQ(reply.value().status, 200);
  EXPECT_EQ(reply.value().body, R"({"status":"ok"})");
}

TEST_F(ServerLinkTlsTest, AServerTheCaDoesNotVouchForIsNotTalkedTo) {
  server.on("POST /api/v1/sales", 201);
  ServerLink link(server.url(), makeCertificate(dir, "other"), std::chrono::seconds(5));
  auto reply = link.send("POST", "/api/v1/sales", R"({"receipt":"L01-00000001"})");
  ASSERT_FALSE(reply);
  EXPECT_THAT(reply.error(), HasSubstr("https://127.0.0.1"));
  EXPECT_TRUE(server.requests().empty()) << "nothing reached an unverified server";
}

}  // namespace
}  // namespace poscore::sync
