// HTTPS: pos-server with --cert and --key serves an authenticated call to a client that trusts
// only that certificate, and nothing over plain HTTP.
#include <cstdlib>

#include "rest_fixture.hpp"

namespace {
using postest::RestClient;

class HttpsTest : public postest::RestTest {};

TEST_P(HttpsTest, AuthenticatedCallOverHttpsWithASelfSignedCertificate) {
  const auto cert = (dir_ / "cert.pem").string();
  const auto key = (dir_ / "key.pem").string();
  const auto command = "openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 -addext "
                       "subjectAltName=IP:127.0.0.1 -keyout " + key + " -out " + cert + " 2>/dev/null";
  ASSERT_EQ(std::system(command.c_str()), 0);
  auto server = spawnServer({"--cert", cert, "--key", key});
  EXPECT_NE(server->log().find("listening on https://"), std::string::npos) << server->log();

  RestClient secure(server->port(), cert, "");
  const auto token = enrol(secure, "admin");
  secure.setToken(token);
  const auto added = secure.post("/api/v1/stores", R"({"id":"S002","name":"Harbour Road"})");
  EXPECT_EQ(added.status, 201) << added.body;
  const auto stores = secure.get("/api/v1/stores");
  EXPECT_EQ(stores.status, 200);
  EXPECT_NE(stores.body.find("Harbour Road"), std::string::npos) << stores.body;

  RestClient plain(server->port(), token);
  EXPECT_ANY_THROW(plain.get("/api/v1/stores"));
}

POS_DATABASE_TEST_SUITE(HttpsTest);

}  // namespace
