#include "poscore/services/outbox.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

#include <stdexcept>

#include "iso_time.hpp"

namespace poscore {
namespace {

constexpr std::size_t kMaxKeyLength = 128;

// Empty when the call may be queued, otherwise which field is wrong and why.
std::string refusal(const std::string& path, const std::string& bodyJson, const std::string& key) {
  if (path.empty() || path.front() != '/') {
    return "path '" + path + "' must start with '/' (it is below the plugin's server module, as in \"/orders\")";
  }
  try {
    Poco::JSON::Parser().parse(bodyJson);
  } catch (const Poco::Exception& e) {
    return "body is not a JSON object or array (" + e.message() + "); send JSON text";
  }
  if (key.empty()) return "idempotency key is empty; give every call a key that stays the same when it is retried";
  if (key.size() > kMaxKeyLength) {
    return "idempotency key is " + std::to_string(key.size()) + " characters long; at most " +
           std::to_string(kMaxKeyLength) + " are allowed";
  }
  return {};
}

class PluginServerClient final : public possdk::ServerClient {
 public:
  PluginServerClient(Outbox& outbox, std::string pluginId) : outbox_(outbox), pluginId_(std::move(pluginId)) {}
  possdk::Result<std::string> enqueue(const std::string& path, const std::string& bodyJson,
                                      const std::string& idempotencyKey) override {
    return outbox_.enqueue(pluginId_, path, bodyJson, idempotencyKey);
  }
  bool online() const override { return outbox_.online(); }

 private:
  Outbox& outbox_;
  std::string pluginId_;
};

}  // namespace

Outbox::Outbox(LaneDb& db, const possdk::Clock& clock) : db_(db), clock_(clock) {}

possdk::Result<std::string> Outbox::enqueue(const std::string& pluginId, const std::string& path,
                                            const std::string& bodyJson, const std::string& idempotencyKey) {
  using Queued = possdk::Result<std::string>;
  if (auto why = refusal(path, bodyJson, idempotencyKey); !why.empty()) {
    return Queued::fail("outbox refused a call from plugin " + pluginId + ": " + why);
  }
  std::string id;
  auto stored = db_.transaction([&](possdk::Sql& sql) {
    // A retried call keeps the row queued first: the key is what makes the server apply it once.
    auto inserted = sql.exec(
        "INSERT INTO outbox(plugin, path, body, idempotency_key, created_at) VALUES(?, ?, ?, ?, ?)"
        " ON CONFLICT(plugin, idempotency_key) DO NOTHING",
        {pluginId, path, bodyJson, idempotencyKey, isoUtc(clock_.now())});
    if (!inserted) return possdk::Status::fail(inserted.error());
    auto found = sql.query("SELECT id FROM outbox WHERE plugin = ? AND idempotency_key = ?", {pluginId, idempotencyKey});
    if (!found) return possdk::Status::fail(found.error());
    id = std::to_string(std::get<std::int64_t>(found.value().at(0).at(0)));
    return possdk::Status::ok();
  });
  if (!stored) return Queued::fail("outbox could not queue a call from plugin " + pluginId + ": " + stored.error());
  return id;
}

std::size_t Outbox::backlog() const {
  auto counted = db_.query("SELECT count(*) FROM outbox WHERE sent_at IS NULL AND rejected_at IS NULL");
  if (!counted) throw std::runtime_error("cannot count the outbox backlog: " + counted.error());
  return static_cast<std::size_t>(std::get<std::int64_t>(counted.value().at(0).at(0)));
}

std::unique_ptr<possdk::ServerClient> Outbox::facadeFor(const std::string& pluginId) {
  return std::make_unique<PluginServerClient>(*this, pluginId);
}

}  // namespace poscore
