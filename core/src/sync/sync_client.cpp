#include "poscore/sync/sync_client.hpp"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Stringifier.h>

#include <random>
#include <sstream>
#include <stdexcept>

#include "poscore/services/iso_time.hpp"
#include "poscore/services/log.hpp"
#include "poscore/sync/catalog_changes.hpp"

namespace poscore::sync {
namespace {

constexpr const char* kTag = "sync";

catalog::CatalogStore openCatalog(LaneDb& db) {
  auto store = catalog::CatalogStore::open(db);
  if (!store) throw std::runtime_error(store.error());
  return store.value();
}

std::function<std::uint64_t()> defaultRandom() {
  auto engine = std::make_shared<std::mt19937_64>(std::random_device{}());
  return [engine] { return (*engine)(); };
}

bool isSuccess(int status) { return status >= 200 && status < 300; }
// The server may take the same request later: it timed out, was rate limited or failed inside.
bool isRetryable(int status) { return status == 408 || status == 429 || status >= 500; }
// The server asks the lane to hold back: rate limited, or unavailable for a while (maintenance).
bool isHoldBack(int status) { return status == 429 || status == 503; }
// A plugin's module may be missing on this server for now (404 not_found; 503 plugin_disabled when
// it is switched off): the server may get it later, so the plugin's calls wait rather than go aside.
bool isRetryable(const OutboxEntry& entry, const ServerReply& r) {
  if (r.status == 404 && entry.plugin != kCoreSender) return serverErrorCode(r.body) == "not_found";
  return isRetryable(r.status);
}

std::string heartbeatBody(std::size_t backlog, const std::optional<std::string>& oldest) {
  Poco::JSON::Object body(Poco::JSON_PRESERVE_KEY_ORDER);
  body.set("outbox_backlog", static_cast<Poco::UInt64>(backlog));
  if (oldest) body.set("oldest_pending_at", *oldest);
  std::ostringstream out;
  Poco::JSON::Stringifier::condense(body, out);
  return out.str();
}

template <typename T>
T must(possdk::Result<T> result) {
  if (!result) throw std::runtime_error(result.error());
  return std::move(result.value());
}

}  // namespace

SyncClient::SyncClient(LaneDb& db, Outbox& outbox, const possdk::Clock& clock, SyncSettings settings,
                       std::set<std::string> taxClasses, SyncClientOptions options)
    : db_(db),
      outbox_(outbox),
      clock_(clock),
      settings_(std::move(settings)),
      taxClasses_(std::move(taxClasses)),
      options_(std::move(options)),
      store_(db),
      catalog_(openCatalog(db)),
      queue_(db),
      link_(settings_.url, settings_.caFile, settings_.timeout) {
  if (!options_.random) options_.random = defaultRandom();
  // A sale queues its upload inside its own transaction; the round this wakes waits for the lane
  // database, so it sees the upload once the sale has committed (or nothing, if it rolled back).
  outbox_.onQueued([this] { wake(); });
  const auto credential = must(store_.credential());
  std::lock_guard lock(statusMutex_);
  status_.enrolled = credential.has_value();
  status_.backlog = outbox_.backlog();
  status_.rejected = must(queue_.rejectedCount());
  status_.catalogVersion = must(store_.catalogVersion());
}

SyncClient::~SyncClient() {
  outbox_.onQueued(nullptr);
  stop();
}

void SyncClient::fail(const std::string& why) {
  if (roundError_.empty()) roundError_ = why;
}

EnrolResult SyncClient::enrolWith(const std::string& code) {
  std::lock_guard round(roundMutex_);
  auto result = enrol(link_, store_, code, settings_.laneName, settings_.laneId, isoUtc(clock_.now()));
  std::lock_guard lock(statusMutex_);
  status_.enrolled = result.outcome == EnrolOutcome::Enrolled;
  status_.online = result.outcome != EnrolOutcome::Unreachable;
  status_.lastError = status_.enrolled ? "" : result.message;
  outbox_.setOnline(status_.online);
  return result;
}

bool SyncClient::ensureCredential() {
  if (auto credential = must(store_.credential())) {
    link_.setToken(credential->token);
    return true;
  }
  const auto& code = settings_.enrolmentCode;
  if (code.empty()) {
    fail("the lane is not enrolled: set server.enrolment_code in the settings or run: posctl server enrol CODE");
    return false;
  }
  if (auto refused = must(store_.refusedCode()); refused && *refused == code) {
    fail("the server refused enrolment code " + code + "; ask for a new code and run: posctl server enrol CODE");
    return false;
  }
  auto result = enrol(link_, store_, code, settings_.laneName, settings_.laneId, isoUtc(clock_.now()));
  LogSink::instance().write(result.outcome == EnrolOutcome::Enrolled ? possdk::LogLevel::Info : possdk::LogLevel::Error,
                            kTag, result.message);
  if (result.outcome != EnrolOutcome::Enrolled) fail(result.message);
  return result.outcome == EnrolOutcome::Enrolled;
}

bool SyncClient::heartbeat() {
  auto reply = link_.send("POST", "/api/v1/lanes/heartbeat", heartbeatBody(outbox_.backlog(), must(queue_.oldestPendingAt())));
  if (!reply) {
    fail("the server is unreachable: " + reply.error());
    return false;
  }
  const auto& r = reply.value();
  if (r.status == 401 || r.status == 403) {
    fail("the server refused the lane's credential (" + serverError(r.status, r.body) + "); enrol again: posctl server enrol CODE");
  } else if (!isSuccess(r.status)) {
    fail("the server is not working (" + serverError(r.status, r.body) + ")");
  }
  return isSuccess(r.status);
}

void SyncClient::retryLater(const OutboxEntry& entry, std::chrono::milliseconds wait, const std::string& why) {
  auto marked = queue_.markRetry(entry.id, clock_.now() + wait, why);
  if (!marked) throw std::runtime_error(marked.error());
}

SyncClient::Next SyncClient::sendOne(const OutboxEntry& entry, RoundReport& report) {
  const auto target = targetOf(entry);
  auto reply = link_.send("POST", target, entry.body, {{"Idempotency-Key", idempotencyHeaderOf(settings_.laneId, entry)}});
  const auto backoff = backoffDelay(entry.attempts + 1, options_.random(), options_.backoff);
  if (!reply) {
    retryLater(entry, backoff, reply.error());
    ++report.retried;
    fail("the server went away while sending: " + reply.error());
    return Next::StopRound;
  }
  const auto& r = reply.value();
  if (isSuccess(r.status)) {
    if (auto marked = queue_.markSent(entry.id, clock_.now()); !marked) throw std::runtime_error(marked.error());
    ++report.sent;
    return Next::Continue;
  }
  const auto why = "POST " + target + ": " + serverError(r.status, r.body);
  if (r.status == 401 || isRetryable(entry, r)) {
    // 401: the credential is not the entry's fault; it goes once the lane is enrolled again.
    auto wait = backoff;
    const bool holdBack = isHoldBack(r.status) && r.retryAfter;
    if (holdBack) wait = parseRetryAfter(*r.retryAfter, clock_.now()).value_or(backoff);
    retryLater(entry, wait, why);
    ++report.retried;
    fail(why);
    // A lane told to hold back (429, or 503 with Retry-After) or unauthorised stops for this round.
    // Otherwise another sender may fare better, but nothing of this sender's may overtake the entry
    // (a redeem before its earn).
    return r.status == 429 || r.status == 401 || holdBack ? Next::StopRound : Next::HoldSender;
  }
  if (auto marked = queue_.markRejected(entry.id, clock_.now(), why); !marked) throw std::runtime_error(marked.error());
  LogSink::instance().write(possdk::LogLevel::Error, kTag, "set aside outbox entry " + std::to_string(entry.id) + ": " + why);
  ++report.rejected;
  fail("the server refused outbox entry " + std::to_string(entry.id) + " (" + why + "); see posctl server outbox --rejected");
  return Next::Continue;
}

void SyncClient::sendDue(RoundReport& report) {
  const auto due = must(queue_.due(clock_.now(), options_.batch));
  std::set<std::string> held;  // senders whose first entry must go before anything behind it
  for (const auto& entry : due) {
    if (held.count(entry.plugin)) continue;
    const auto next = sendOne(entry, report);
    if (next == Next::StopRound) return;
    if (next == Next::HoldSender) held.insert(entry.plugin);
  }
  report.more = report.more || due.size() == options_.batch;
}

void SyncClient::pullCatalog(RoundReport& report) {
  for (std::size_t n = 0; n < options_.catalogPagesPerRound; ++n) {
    const auto since = must(store_.catalogVersion());
    const auto target = "/api/v1/catalog/changes?since=" + std::to_string(since) + "&limit=" + std::to_string(options_.catalogPageSize);
    auto reply = link_.send("GET", target);
    if (!reply) return fail("the server went away while reading catalog changes: " + reply.error());
    if (!isSuccess(reply.value().status)) return fail("GET " + target + ": " + serverError(reply.value().status, reply.value().body));
    auto page = applyCatalogPage(catalog_, reply.value().body, taxClasses_);
    if (!page) return fail(page.error());
    report.catalogChanges += page.value().upserted + page.value().removed;
    for (const auto& skipped : page.value().skipped) {
      LogSink::instance().write(possdk::LogLevel::Warning, kTag, "catalog change skipped: " + skipped);
      roundSkipped_.push_back(skipped);
    }
    if (!page.value().more) return;
  }
  report.more = true;
}

void SyncClient::finishRound(bool reached, bool clean) {
  const auto backlog = outbox_.backlog();
  const auto rejected = must(queue_.rejectedCount());
  const auto version = must(store_.catalogVersion());
  const auto enrolled = must(store_.credential()).has_value();
  std::lock_guard lock(statusMutex_);
  if (status_.online != reached) {
    LogSink::instance().write(reached ? possdk::LogLevel::Info : possdk::LogLevel::Warning, kTag,
                              reached ? "online: the server answers" : "offline: " + roundError_);
  }
  status_.online = reached;
  status_.enrolled = enrolled;
  status_.backlog = backlog;
  status_.rejected = rejected;
  status_.catalogVersion = version;
  status_.lastError = roundError_;
  status_.catalogSkipped = roundSkipped_;
  if (clean) status_.lastSuccess = clock_.now();
  outbox_.setOnline(reached);
}

RoundReport SyncClient::runOnce() {
  std::lock_guard round(roundMutex_);
  roundError_.clear();
  roundSkipped_.clear();
  RoundReport report;
  try {
    if (ensureCredential() && heartbeat()) {
      report.reached = true;
      sendDue(report);
      pullCatalog(report);
    }
  } catch (const std::exception& e) {
    fail(std::string("the lane database failed during sync: ") + e.what());
  }
  finishRound(report.reached, report.reached && roundError_.empty());
  return report;
}

void SyncClient::start() {
  std::lock_guard lock(wakeMutex_);
  if (thread_.joinable()) return;
  stopping_ = false;
  thread_ = std::thread([this] { run(); });
}

void SyncClient::stop() {
  {
    std::lock_guard lock(wakeMutex_);
    stopping_ = true;
  }
  wakeUp_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void SyncClient::wake() {
  {
    std::lock_guard lock(wakeMutex_);
    woken_ = true;
  }
  wakeUp_.notify_all();
}

void SyncClient::run() {
  for (;;) {
    const auto report = runOnce();
    std::unique_lock lock(wakeMutex_);
    // A round that left work goes again at once; otherwise wait for the poll interval or a wake().
    if (!report.more) wakeUp_.wait_for(lock, settings_.poll, [this] { return stopping_ || woken_; });
    woken_ = false;
    if (stopping_) return;
  }
}

SyncStatus SyncClient::status() const {
  std::lock_guard lock(statusMutex_);
  return status_;
}

}  // namespace poscore::sync
