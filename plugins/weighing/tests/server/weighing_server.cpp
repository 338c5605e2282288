#include "weighing_server.hpp"

#include <sodium.h>

#include <stdexcept>

namespace weighing::test {

void WeighingServerTest::SetUp() {
  RestTest::SetUp();
  if (IsSkipped()) return;
  ASSERT_GE(sodium_init(), 0);
  posserver::StoreServerSetup setup;
  setup.pluginDirs = {pluginFolder()};
  startServer(std::move(setup));
  admin_ = enrol(port(), "admin");
  handheld_ = enrol(port(), "kiosk", "K01");
  otherHandheld_ = enrol(port(), "kiosk", "K02");
  lane_ = enrol(port(), "lane", "X01");
  const auto published = client(admin_)->post(
      "/api/v1/catalog/changes",
      R"({"upserts":[)"
      R"({"sku":"TEA","barcodes":["6901234567892"],"name_en":"Green tea","name_zh":"绿茶","price":350,"tax_class":"A",)"
      R"("unit":"each","expected_weight_g":520,"weight_spread_g":10,"eas":false},)"
      R"({"sku":"SOAP","barcodes":["12345670"],"name_en":"Soap","name_zh":"肥皂","price":1299,"tax_class":"A",)"
      R"("unit":"each","expected_weight_g":110,"weight_spread_g":5,"eas":true},)"
      R"({"sku":"RICE","barcodes":["6901234567908"],"name_en":"Rice","name_zh":"大米","price":800,"tax_class":"A",)"
      R"("unit":"weight"}]})");
  ASSERT_EQ(published.status, 201) << published.body;
}

std::filesystem::path WeighingServerTest::pluginFolder() {
  const auto built = std::filesystem::path(POS_PLUGIN_DIR) / "weighing";
  const auto folder = dir_ / "plugins" / "weighing";
  std::filesystem::create_directories(folder);
  for (const char* part : {"plugin.json", "libweighing.so"}) std::filesystem::copy_file(built / part, folder / part);
  return dir_ / "plugins";
}

std::unique_ptr<postest::RestClient> WeighingServerTest::client(const std::string& token) const {
  return std::make_unique<postest::RestClient>(server_->port(), token);
}

postest::Answer WeighingServerTest::post(const std::string& token, const std::string& path, const std::string& body,
                                         const std::string& key) const {
  return client(token)->post(kMount + path, body, {{"Idempotency-Key", key}});
}

postest::Answer WeighingServerTest::call(const std::string& token, const std::string& method, const std::string& path,
                                         const std::string& body) const {
  return client(token)->call(method, kMount + path, body);
}

Poco::JSON::Object::Ptr WeighingServerTest::shop(const std::map<std::string, int>& codeQuantities, bool pay) {
  const auto fail = [](const std::string& step, const postest::Answer& a) {
    return std::runtime_error(step + " answered " + std::to_string(a.status) + " " + a.body);
  };
  const auto created = post(handheld_, "/orders", "{}", "shop-" + std::to_string(++keys_));
  if (created.status != 201) throw fail("create", created);
  const auto id = std::to_string(created.json()->getValue<std::int64_t>("id"));
  for (const auto& [code, quantity] : codeQuantities) {
    const auto added = post(handheld_, "/orders/" + id + "/items",
                            R"({"code":")" + code + R"(","quantity":)" + std::to_string(quantity) + "}",
                            "shop-" + std::to_string(++keys_));
    if (added.status != 200) throw fail("add", added);
  }
  auto order = call(handheld_, "POST", "/orders/" + id + "/submit", "{}");
  if (order.status != 200) throw fail("submit", order);
  if (pay) {
    const auto total = order.json()->getValue<std::int64_t>("total_minor");
    order = post(handheld_, "/orders/" + id + "/pay",
                 R"({"method":"scan-to-pay","reference":"WX-1","amount_minor":)" + std::to_string(total) + "}",
                 "shop-" + std::to_string(++keys_));
    if (order.status != 200) throw fail("pay", order);
  }
  return order.json();
}

std::int64_t WeighingServerTest::count(const std::string& table) {
  auto rows = database().query("SELECT COUNT(*) FROM " + table);
  if (!rows) throw std::runtime_error(rows.error());
  return std::get<std::int64_t>(rows.value().at(0).at(0));
}

}  // namespace weighing::test
