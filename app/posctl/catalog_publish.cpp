#include "catalog_publish.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <unistd.h>

#include <iostream>

#include "poscore/catalog/catalog_csv.hpp"
#include "poscore/catalog/catalog_pages.hpp"
#include "poscore/catalog/product_json.hpp"
#include "poscore/services/json_text.hpp"
#include "poscore/sync/server_link.hpp"

namespace posctl {
namespace {

constexpr std::size_t kPerPublish = 1000;  // the server's limit of changes a request

using poscore::jsonText;

// The server's answer as JSON, or its error's message thrown.
Poco::JSON::Object::Ptr expect(const possdk::Result<poscore::sync::ServerReply>& reply, int status, const std::string& what) {
  if (!reply) throw std::runtime_error(what + ": " + reply.error());
  Poco::JSON::Object::Ptr json;
  try {
    json = Poco::JSON::Parser().parse(reply.value().body).extract<Poco::JSON::Object::Ptr>();
  } catch (const std::exception&) {
    throw std::runtime_error(what + ": the server answered " + std::to_string(reply.value().status) + " without JSON");
  }
  if (reply.value().status != status) {
    const auto error = json->getObject("error");
    throw std::runtime_error(what + ": " + std::to_string(reply.value().status) + " " +
                             (error ? error->optValue<std::string>("code", "") + " " + error->optValue<std::string>("field", "") +
                                          ": " + error->optValue<std::string>("message", "")
                                    : reply.value().body));
  }
  return json;
}

// The file read into a catalog of its own in a scratch database, so it is checked whole, with the
// lane's rules, before anything is sent.
struct ScratchCatalog {
  ScratchCatalog(const std::filesystem::path& file, const std::set<std::string>& taxClasses)
      : dir(std::filesystem::temp_directory_path() / ("posctl-publish-" + std::to_string(::getpid()))) {
    std::filesystem::create_directories(dir);
    db = std::make_unique<poscore::LaneDb>(dir / "catalog.db");
    auto opened = poscore::catalog::CatalogStore::open(*db);
    if (!opened) throw std::runtime_error(opened.error());
    store.emplace(opened.value());
    poscore::catalog::ImportOptions options;
    options.taxClasses = taxClasses;
    auto report = poscore::catalog::importCatalogCsvFile(*store, file, options);
    if (!report) throw std::runtime_error(report.error());
    if (!report.value().clean()) {
      std::string issues;
      for (const auto& issue : report.value().issues) issues += "\n  " + poscore::catalog::describe(issue);
      throw std::runtime_error(file.string() + " has " +
                               std::to_string(report.value().issues.size() + report.value().issuesNotListed) +
                               " issues; nothing was published:" + issues);
    }
  }
  ~ScratchCatalog() {
    store.reset();
    db.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
  }
  ScratchCatalog(const ScratchCatalog&) = delete;
  ScratchCatalog& operator=(const ScratchCatalog&) = delete;

  std::filesystem::path dir;
  std::unique_ptr<poscore::LaneDb> db;
  std::optional<poscore::catalog::CatalogStore> store;
};

// The admin credential is for this run only: revoked however the run ends. `revoke()` is the
// success path and throws when the server refuses; after a failure the destructor tries, and
// says so if it could not.
class OneRunCredential {
 public:
  OneRunCredential(poscore::sync::ServerLink& link, std::string deviceId) : link_(link), deviceId_(std::move(deviceId)) {}
  ~OneRunCredential() {
    if (revoked_) return;
    try {
      revoke();
    } catch (const std::exception& e) {
      std::cout << "WARN the publishing credential (device " << deviceId_ << ") is still valid: " << e.what()
                << "; revoke it on the server\n";
    }
  }
  OneRunCredential(const OneRunCredential&) = delete;
  OneRunCredential& operator=(const OneRunCredential&) = delete;

  void revoke() {
    revoked_ = true;
    expect(link_.send("POST", "/api/v1/devices/" + deviceId_ + "/revoke", "{}"), 200, "revoking the publishing credential");
  }

 private:
  poscore::sync::ServerLink& link_;
  std::string deviceId_;
  bool revoked_ = false;
};

}  // namespace

int publishCatalog(const poscore::sync::SyncSettings& settings, const std::set<std::string>& taxClasses,
                   const std::filesystem::path& file, const std::string& adminCode) {
  try {
    ScratchCatalog catalog(file, taxClasses);
    poscore::sync::ServerLink link(settings.url, settings.caFile, settings.timeout);
    Poco::JSON::Object enrol;
    enrol.set("code", adminCode);
    enrol.set("name", "posctl publish-catalog");
    const auto admin = expect(link.send("POST", "/api/v1/enrol", jsonText(enrol)), 201, "enrolling with the admin code");
    if (admin->getValue<std::string>("role") != "admin") {
      throw std::runtime_error("the code enrolled a " + admin->getValue<std::string>("role") + " device; publishing needs an admin code");
    }
    link.setToken(admin->getValue<std::string>("token"));
    OneRunCredential credential(link, admin->getValue<std::string>("device_id"));
    std::size_t published = 0;
    std::int64_t version = 0;
    auto sent = poscore::catalog::forEachProductPage(*catalog.store, kPerPublish, [&](const std::vector<poscore::catalog::Product>& page) {
      Poco::JSON::Array::Ptr upserts = new Poco::JSON::Array;
      for (const auto& product : page) upserts->add(poscore::catalog::productToApiJson(product));
      Poco::JSON::Object body;
      body.set("upserts", upserts);
      const auto answer = expect(link.send("POST", "/api/v1/catalog/changes", jsonText(body)), 201,
                                 "publishing products " + std::to_string(published + 1) + " to " +
                                     std::to_string(published + page.size()));
      published += page.size();
      version = answer->getValue<std::int64_t>("version");
      return possdk::Status::ok();
    });
    if (!sent) throw std::runtime_error(sent.error());
    credential.revoke();
    std::cout << "OK published " << published << " products, catalog version " << version << "\n";
    return 0;
  } catch (const std::exception& e) {
    std::cout << "FAIL " << e.what() << "\n";
    return 1;
  }
}

}  // namespace posctl
