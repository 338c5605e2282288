#pragma once
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace posserver::http {

// Counters, a latency histogram and gauges, rendered in the Prometheus text format (0.0.4).
// Thread-safe; every request thread records into it.
class Metrics {
 public:
  // `route` is the route template (never the raw path, so member ids do not become labels).
  void observeRequest(const std::string& method, const std::string& route, int status,
                      const std::string& errorCode, std::chrono::nanoseconds elapsed);
  // A gauge sample; the same name+labels replaces the previous value.
  void setGauge(const std::string& name, const std::string& help,
                const std::map<std::string, std::string>& labels, std::int64_t value);
  std::string render() const;

 private:
  struct Histogram;
  mutable std::mutex mutex_;
  std::map<std::string, std::uint64_t> requests_;  // rendered label set -> count
  std::map<std::string, std::uint64_t> errors_;
  std::map<std::string, std::shared_ptr<Histogram>> latency_;
  std::map<std::string, std::pair<std::string, std::map<std::string, std::int64_t>>> gauges_;
};

}  // namespace posserver::http
