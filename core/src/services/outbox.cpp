#include "poscore/services/outbox.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

#include <stdexcept>

#include "poscore/services/iso_time.hpp"
#include "poscore/sale/receipt_numbers.hpp"

namespace poscore {
namespace {

bool isKeyCharacter(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == ':' ||
         c == '-';
}

// The key goes to the server as "<lane id>:<sender>:<key>", which must fit kMaxIdempotencyHeaderLength
// for the longest lane id, so a key accepted on one lane is accepted on every lane.
std::size_t maxKeyLength(const std::string& sender) {
  const auto prefix = sale::kMaxLaneIdLength + 1 + sender.size() + 1;
  return prefix < kMaxIdempotencyHeaderLength ? kMaxIdempotencyHeaderLength - prefix : 0;
}

std::string keyRefusal(const std::string& sender, const std::string& key) {
  if (key.empty()) return "idempotency key is empty; give every call a key that stays the same when it is retried";
  for (std::size_t i = 0; i < key.size(); ++i) {
    if (!isKeyCharacter(key[i])) {
      const auto code = static_cast<unsigned>(static_cast<unsigned char>(key[i]));
      const auto shown = code >= 0x20 && code < 0x7f ? "'" + std::string(1, key[i]) + "'" : "byte " + std::to_string(code);
      return "idempotency key '" + key + "' has " + shown + " at position " + std::to_string(i + 1) +
             "; use only letters A-Z a-z, digits 0-9 and . _ : -";
    }
  }
  if (const auto max = maxKeyLength(sender); key.size() > max) {
    return "idempotency key is " + std::to_string(key.size()) + " characters long; at most " + std::to_string(max) +
           " are allowed, so that \"<lane id>:" + sender + ":<key>\" fits the server's " +
           std::to_string(kMaxIdempotencyHeaderLength) + "-character Idempotency-Key";
  }
  return {};
}

// Empty when the call may be queued, otherwise which field is wrong and why.
std::string refusal(const std::string& sender, const std::string& path, const std::string& bodyJson, const std::string& key) {
  if (auto why = pluginPathRefusal(path); !why.empty()) return why;
  if (auto why = pluginBodyRefusal(bodyJson); !why.empty()) return why;
  return keyRefusal(sender, key);
}

class PluginServerClient final : public possdk::ServerClient {
 public:
  PluginServerClient(Outbox& outbox, std::string pluginId, DirectRequest direct)
      : outbox_(outbox), pluginId_(std::move(pluginId)), direct_(std::move(direct)) {
    if (!direct_) throw std::invalid_argument("the server client of plugin " + pluginId_ + " needs a way to send direct calls");
  }
  possdk::Result<std::string> enqueue(const std::string& path, const std::string& bodyJson,
                                      const std::string& idempotencyKey) override {
    return outbox_.enqueue(pluginId_, path, bodyJson, idempotencyKey);
  }
  bool online() const override { return outbox_.online(); }
  void request(const std::string& method, const std::string& path, const std::string& bodyJson,
               std::chrono::milliseconds timeout, std::function<void(possdk::Result<possdk::ServerReply>)> done) override {
    direct_(method, path, bodyJson, timeout, std::move(done));
  }

 private:
  Outbox& outbox_;
  std::string pluginId_;
  DirectRequest direct_;
};

}  // namespace

std::string pluginPathRefusal(const std::string& path) {
  if (path.empty() || path.front() != '/') {
    return "path '" + path + "' must start with '/' (it is below the plugin's server module, as in \"/orders\")";
  }
  for (std::size_t i = 0; i < path.size(); ++i) {
    const auto code = static_cast<unsigned>(static_cast<unsigned char>(path[i]));
    if (code <= 0x20 || code == 0x7f) {
      return "path has byte " + std::to_string(code) + " at position " + std::to_string(i + 1) +
             "; percent-encode spaces and control characters (%20)";
    }
  }
  return {};
}

std::string pluginBodyRefusal(const std::string& bodyJson) {
  try {
    Poco::JSON::Parser().parse(bodyJson);
  } catch (const Poco::Exception& e) {
    return "body is not a JSON object or array (" + e.message() + "); send JSON text";
  }
  return {};
}

Outbox::Outbox(LaneDb& db, const possdk::Clock& clock) : db_(db), clock_(clock) {}

possdk::Result<std::string> Outbox::enqueue(const std::string& pluginId, const std::string& path,
                                            const std::string& bodyJson, const std::string& idempotencyKey) {
  using Queued = possdk::Result<std::string>;
  if (auto why = refusal(pluginId, path, bodyJson, idempotencyKey); !why.empty()) {
    return Queued::fail("outbox refused a call from plugin " + pluginId + ": " + why);
  }
  std::string id;
  bool added = false;
  auto stored = db_.transaction([&](possdk::Sql& sql) {
    // A retried call keeps the row queued first: the key is what makes the server apply it once.
    auto inserted = sql.exec(
        "INSERT INTO outbox(plugin, path, body, idempotency_key, created_at) VALUES(?, ?, ?, ?, ?)"
        " ON CONFLICT(plugin, idempotency_key) DO NOTHING",
        {pluginId, path, bodyJson, idempotencyKey, isoUtc(clock_.now())});
    if (!inserted) return possdk::Status::fail(inserted.error());
    added = inserted.value() > 0;
    auto found = sql.query("SELECT id FROM outbox WHERE plugin = ? AND idempotency_key = ?", {pluginId, idempotencyKey});
    if (!found) return possdk::Status::fail(found.error());
    id = std::to_string(std::get<std::int64_t>(found.value().at(0).at(0)));
    return possdk::Status::ok();
  });
  if (!stored) return Queued::fail("outbox could not queue a call from plugin " + pluginId + ": " + stored.error());
  if (added) notifyQueued();
  return id;
}

void Outbox::onQueued(std::function<void()> listener) {
  std::lock_guard lock(listenerMutex_);
  listener_ = std::move(listener);
}

void Outbox::notifyQueued() {
  std::lock_guard lock(listenerMutex_);
  if (listener_) listener_();
}

std::size_t Outbox::backlog() const {
  auto counted = db_.query("SELECT count(*) FROM outbox WHERE sent_at IS NULL AND rejected_at IS NULL");
  if (!counted) throw std::runtime_error("cannot count the outbox backlog: " + counted.error());
  return static_cast<std::size_t>(std::get<std::int64_t>(counted.value().at(0).at(0)));
}

std::unique_ptr<possdk::ServerClient> Outbox::facadeFor(const std::string& pluginId, DirectRequest direct) {
  return std::make_unique<PluginServerClient>(*this, pluginId, std::move(direct));
}

}  // namespace poscore
