#pragma once
// pos-server with the weighing plugin's module, on a database of the test's own (SQLite or
// PostgreSQL), a catalog published through the core API, and a handheld, a second handheld and an
// exit lane enrolled over the wire.
#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "rest_fixture.hpp"

namespace weighing::test {

constexpr const char* kTeaCode = "6901234567892";   // EAN-13, sku TEA, 350, 520 g ± 10 g
constexpr const char* kSoapCode = "12345670";       // EAN-8, sku SOAP, 1299, 110 g ± 5 g, EAS
constexpr const char* kRiceCode = "6901234567908";  // sku RICE, sold by weight
constexpr const char* kMount = "/api/v1/plugins/weighing";

class WeighingServerTest : public postest::RestTest {
 protected:
  void SetUp() override;

  // The weighing plugin alone in a folder of the test's own, as pos-server loads it.
  std::filesystem::path pluginFolder();
  // A client of its own for `token` on the running server.
  std::unique_ptr<postest::RestClient> client(const std::string& token) const;
  // POST under the module's mount with an Idempotency-Key.
  postest::Answer post(const std::string& token, const std::string& path, const std::string& body,
                       const std::string& key) const;
  postest::Answer call(const std::string& token, const std::string& method, const std::string& path,
                       const std::string& body = "") const;

  // An order of `handheld_` made, filled with the items, submitted and, with `pay`, paid; its JSON.
  Poco::JSON::Object::Ptr shop(const std::map<std::string, int>& codeQuantities, bool pay = true);
  std::int64_t count(const std::string& table);

  std::string admin_;
  std::string handheld_;
  std::string otherHandheld_;
  std::string lane_;
  int keys_ = 0;
};

}  // namespace weighing::test
