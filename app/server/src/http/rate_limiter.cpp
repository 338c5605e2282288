#include "posserver/http/rate_limiter.hpp"

#include <algorithm>
#include <stdexcept>

#include "posserver/http/api.hpp"

namespace posserver::http {
namespace {

using std::chrono::nanoseconds;

nanoseconds tokenInterval(const BucketConfig& config) {
  return nanoseconds(std::chrono::minutes(1)) / config.refillPerMinute;
}

}  // namespace

RateLimiter::RateLimiter(const possdk::Clock& clock, std::size_t maxKeys)
    : clock_(clock), maxKeys_(std::max<std::size_t>(maxKeys, 1)) {}

void RateLimiter::configure(const std::string& bucket, BucketConfig config) {
  if (config.capacity < 1 || config.refillPerMinute < 1) {
    throw std::invalid_argument("rate limit \"" + bucket + "\": capacity and refill per minute must be at least 1");
  }
  std::lock_guard lock(mutex_);
  buckets_[bucket] = config;
}

bool RateLimiter::configured(const std::string& bucket) const {
  std::lock_guard lock(mutex_);
  return buckets_.count(bucket) != 0;
}

void RateLimiter::take(const std::string& bucket, const std::string& key) {
  std::lock_guard lock(mutex_);
  const auto config = buckets_.find(bucket);
  if (config == buckets_.end()) throw std::logic_error("rate limit \"" + bucket + "\" is not configured");
  const auto now = clock_.monotonic();
  const auto interval = tokenInterval(config->second);
  const auto burst = interval * config->second.capacity;

  const auto slot = fullAt_.find({bucket, key});
  const auto full = slot == fullAt_.end() ? now : std::max(slot->second, now);
  const auto next = full + interval;
  if (next - now > burst) {
    const auto wait = next - burst - now;
    const auto seconds = std::chrono::ceil<std::chrono::seconds>(wait).count();
    throw ApiError(429, "rate_limited", "",
                   "too many requests; try again in " + std::to_string(seconds) + " s",
                   {{"Retry-After", std::to_string(seconds)}});
  }
  if (slot == fullAt_.end()) {
    if (fullAt_.size() >= maxKeys_) evictIdle(now);
    fullAt_.emplace(std::make_pair(bucket, key), next);
  } else {
    slot->second = next;
  }
}

void RateLimiter::evictIdle(std::chrono::steady_clock::time_point now) {
  // A full bucket behaves exactly like no entry at all, so dropping it changes nothing.
  std::erase_if(fullAt_, [&](const auto& entry) { return entry.second <= now; });
  if (fullAt_.size() < maxKeys_) return;
  // Every tracked key is busy: forget the one closest to full, the least loss of limiting.
  const auto nearest = std::min_element(fullAt_.begin(), fullAt_.end(),
                                        [](const auto& a, const auto& b) { return a.second < b.second; });
  fullAt_.erase(nearest);
}

std::size_t RateLimiter::trackedKeys() const {
  std::lock_guard lock(mutex_);
  return fullAt_.size();
}

}  // namespace posserver::http
