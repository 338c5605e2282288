#include "posserver/http/metrics.hpp"

#include <array>
#include <cstdio>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace posserver::http {
namespace {

// Upper bounds of the latency buckets, in nanoseconds, and as Prometheus writes them.
constexpr std::array<std::int64_t, 12> kBoundsNs = {1'000'000,   2'500'000,   5'000'000,     10'000'000,
                                                    25'000'000,  50'000'000,  100'000'000,   250'000'000,
                                                    500'000'000, 1'000'000'000, 2'500'000'000, 10'000'000'000};
constexpr std::array<const char*, 12> kBoundLabels = {"0.001", "0.0025", "0.005", "0.01", "0.025", "0.05",
                                                      "0.1",   "0.25",   "0.5",   "1",    "2.5",   "10"};

std::string escapeLabel(const std::string& value) {
  std::string out;
  for (const char c : value) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '"') {
      out += "\\\"";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out;
}

// {a="1",b="2"} in the given order; "" for no labels.
std::string labelSet(const std::vector<std::pair<std::string, std::string>>& labels) {
  if (labels.empty()) return "";
  std::string out = "{";
  for (const auto& [name, value] : labels) {
    if (out.size() > 1) out += ",";
    out += name + "=\"" + escapeLabel(value) + "\"";
  }
  return out + "}";
}

// The label set with one more label appended before the closing brace.
std::string withLabel(const std::string& set, const std::string& name, const std::string& value) {
  const auto extra = name + "=\"" + escapeLabel(value) + "\"";
  return set.empty() ? "{" + extra + "}" : set.substr(0, set.size() - 1) + "," + extra + "}";
}

std::string seconds(std::int64_t ns) {
  char text[48];
  std::snprintf(text, sizeof text, "%lld.%09lld", static_cast<long long>(ns / 1'000'000'000),
                static_cast<long long>(ns % 1'000'000'000));
  return text;
}

bool isMetricName(const std::string& name) {
  if (name.empty()) return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' ||
                    (i > 0 && c >= '0' && c <= '9');
    if (!ok) return false;
  }
  return true;
}

void header(std::ostringstream& out, const std::string& name, const std::string& help, const char* type) {
  std::string escaped;
  for (const char c : help) escaped += c == '\\' ? std::string("\\\\") : c == '\n' ? std::string("\\n") : std::string(1, c);
  out << "# HELP " << name << " " << escaped << "\n# TYPE " << name << " " << type << "\n";
}

}  // namespace

struct Metrics::Histogram {
  std::array<std::uint64_t, kBoundsNs.size()> buckets{};
  std::int64_t sumNs = 0;
  std::uint64_t count = 0;
};

void Metrics::observeRequest(const std::string& method, const std::string& route, int status,
                             const std::string& errorCode, std::chrono::nanoseconds elapsed) {
  const auto ns = std::max<std::int64_t>(elapsed.count(), 0);
  std::lock_guard lock(mutex_);
  ++requests_[labelSet({{"method", method}, {"route", route}, {"status", std::to_string(status)}})];
  if (!errorCode.empty()) ++errors_[labelSet({{"route", route}, {"code", errorCode}})];
  auto& histogram = latency_[labelSet({{"route", route}})];
  if (!histogram) histogram = std::make_shared<Histogram>();
  for (std::size_t i = 0; i < kBoundsNs.size(); ++i) {
    if (ns <= kBoundsNs[i]) ++histogram->buckets[i];
  }
  histogram->sumNs += ns;
  ++histogram->count;
}

void Metrics::setGauge(const std::string& name, const std::string& help,
                       const std::map<std::string, std::string>& labels, std::int64_t value) {
  if (!isMetricName(name)) throw std::invalid_argument("\"" + name + "\" is not a metric name");
  for (const auto& [label, unused] : labels) {
    if (!isMetricName(label)) throw std::invalid_argument("\"" + label + "\" is not a label name");
  }
  std::lock_guard lock(mutex_);
  auto& gauge = gauges_[name];
  gauge.first = help;
  gauge.second[labelSet({labels.begin(), labels.end()})] = value;
}

std::string Metrics::render() const {
  std::lock_guard lock(mutex_);
  std::ostringstream out;
  header(out, "pos_http_requests_total", "HTTP requests answered, by method, route template and status.", "counter");
  for (const auto& [labels, count] : requests_) out << "pos_http_requests_total" << labels << " " << count << "\n";
  header(out, "pos_http_errors_total", "HTTP error answers, by route template and error code.", "counter");
  for (const auto& [labels, count] : errors_) out << "pos_http_errors_total" << labels << " " << count << "\n";
  header(out, "pos_http_request_duration_seconds", "Time from request to answer, by route template.", "histogram");
  for (const auto& [labels, histogram] : latency_) {
    for (std::size_t i = 0; i < kBoundsNs.size(); ++i) {
      out << "pos_http_request_duration_seconds_bucket" << withLabel(labels, "le", kBoundLabels[i]) << " "
          << histogram->buckets[i] << "\n";
    }
    out << "pos_http_request_duration_seconds_bucket" << withLabel(labels, "le", "+Inf") << " " << histogram->count
        << "\n";
    out << "pos_http_request_duration_seconds_sum" << labels << " " << seconds(histogram->sumNs) << "\n";
    out << "pos_http_request_duration_seconds_count" << labels << " " << histogram->count << "\n";
  }
  for (const auto& [name, gauge] : gauges_) {
    header(out, name, gauge.first, "gauge");
    for (const auto& [labels, value] : gauge.second) out << name << labels << " " << value << "\n";
  }
  return out.str();
}

}  // namespace posserver::http
