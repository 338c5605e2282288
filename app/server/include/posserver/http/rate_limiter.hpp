#pragma once
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>

#include "possdk/clock.hpp"

namespace posserver::http {

// One bucket's shape: at most `capacity` requests at once, refilled by `refillPerMinute` a minute.
struct BucketConfig {
  std::int64_t capacity = 1;
  std::int64_t refillPerMinute = 60;
};

// Token buckets per (bucket name, key) on the injected clock's monotonic time. Thread-safe.
//
// Each key keeps only the instant its bucket will be full again (the GCRA form of a token
// bucket), so a key whose bucket is full again carries no state and is dropped: memory stays
// bounded by `maxKeys` however many addresses call.
class RateLimiter {
 public:
  explicit RateLimiter(const possdk::Clock& clock, std::size_t maxKeys = 10000);

  // Throws std::invalid_argument for a capacity or refill below 1.
  void configure(const std::string& bucket, BucketConfig config);
  bool configured(const std::string& bucket) const;

  // Takes one token from (bucket, key). Throws ApiError 429 "rate_limited" with a Retry-After
  // header (whole seconds, rounded up) when the bucket is empty, and std::logic_error for a
  // bucket never configured (a route naming a limit nobody set is a bug).
  void take(const std::string& bucket, const std::string& key);

  std::size_t trackedKeys() const;

 private:
  void evictIdle(std::chrono::steady_clock::time_point now);

  const possdk::Clock& clock_;
  std::size_t maxKeys_;
  mutable std::mutex mutex_;
  std::map<std::string, BucketConfig> buckets_;
  // (bucket, key) -> when that bucket will be full again.
  std::map<std::pair<std::string, std::string>, std::chrono::steady_clock::time_point> fullAt_;
};

}  // namespace posserver::http
