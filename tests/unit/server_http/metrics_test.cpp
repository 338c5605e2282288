#include <gtest/gtest.h>

#include "posserver/http/metrics.hpp"

using posserver::http::Metrics;
using std::chrono::milliseconds;

namespace {

bool hasLine(const std::string& text, const std::string& line) {
  return ("\n" + text).find("\n" + line + "\n") != std::string::npos;
}

}  // namespace

TEST(Metrics, CountsRequestsAndErrorsWithHelpAndType) {
  Metrics metrics;
  metrics.observeRequest("GET", "/api/v1/members/{id}/points", 200, "", milliseconds(3));
  metrics.observeRequest("GET", "/api/v1/members/{id}/points", 200, "", milliseconds(4));
  metrics.observeRequest("POST", "/api/v1/sales", 422, "invalid_field", milliseconds(1));
  const auto text = metrics.render();
  EXPECT_TRUE(hasLine(text, "# TYPE pos_http_requests_total counter")) << text;
  EXPECT_TRUE(hasLine(text, "# HELP pos_http_requests_total HTTP requests answered, by method, route template and status."));
  EXPECT_TRUE(hasLine(text, R"(pos_http_requests_total{method="GET",route="/api/v1/members/{id}/points",status="200"} 2)"));
  EXPECT_TRUE(hasLine(text, R"(pos_http_errors_total{route="/api/v1/sales",code="invalid_field"} 1)"));
  EXPECT_TRUE(hasLine(text, "# TYPE pos_http_errors_total counter"));
}

TEST(Metrics, HistogramBucketsAreCumulativeInSeconds) {
  Metrics metrics;
  metrics.observeRequest("GET", "/r", 200, "", milliseconds(3));
  metrics.observeRequest("GET", "/r", 200, "", milliseconds(40));
  metrics.observeRequest("GET", "/r", 200, "", milliseconds(20000));
  const auto text = metrics.render();
  EXPECT_TRUE(hasLine(text, "# TYPE pos_http_request_duration_seconds histogram"));
  EXPECT_TRUE(hasLine(text, R"(pos_http_request_duration_seconds_bucket{route="/r",le="0.0025"} 0)")) << text;
  EXPECT_TRUE(hasLine(text, R"(pos_http_request_duration_seconds_bucket{route="/r",le="0.005"} 1)"));
  EXPECT_TRUE(hasLine(text, R"(pos_http_request_duration_seconds_bucket{route="/r",le="0.05"} 2)"));
  EXPECT_TRUE(hasLine(text, R"(pos_http_request_duration_seconds_bucket{route="/r",le="10"} 2)"));
  EXPECT_TRUE(hasLine(text, R"(pos_http_request_duration_seconds_bucket{route="/r",le="+Inf"} 3)"));
  EXPECT_TRUE(hasLine(text, R"(pos_http_request_duration_seconds_sum{route="/r"} 20.043000000)"));
  EXPECT_TRUE(hasLine(text, R"(pos_http_request_duration_seconds_count{route="/r"} 3)"));
}

TEST(Metrics, LabelValuesAreEscaped) {
  Metrics metrics;
  metrics.setGauge("pos_outbox_backlog", "Entries a lane has not sent yet.", {{"lane", "L\"1\\\n"}}, 7);
  EXPECT_TRUE(hasLine(metrics.render(), R"(pos_outbox_backlog{lane="L\"1\\\n"} 7)")) << metrics.render();
}

TEST(Metrics, GaugesReplaceTheirSampleAndRefuseBadNames) {
  Metrics metrics;
  metrics.setGauge("pos_outbox_backlog", "Entries a lane has not sent yet.", {{"device", "d1"}, {"lane", "L01"}}, 5);
  metrics.setGauge("pos_outbox_backlog", "Entries a lane has not sent yet.", {{"device", "d1"}, {"lane", "L01"}}, 2);
  metrics.setGauge("pos_database_up", "1 when the database answers.", {}, 1);
  const auto text = metrics.render();
  EXPECT_TRUE(hasLine(text, "# TYPE pos_outbox_backlog gauge"));
  EXPECT_TRUE(hasLine(text, R"(pos_outbox_backlog{device="d1",lane="L01"} 2)")) << text;
  EXPECT_EQ(text.find("} 5\n"), std::string::npos);
  EXPECT_TRUE(hasLine(text, "pos_database_up 1"));
  EXPECT_THROW(metrics.setGauge("bad name", "", {}, 1), std::invalid_argument);
  EXPECT_THROW(metrics.setGauge("ok", "", {{"bad-label", "x"}}, 1), std::invalid_argument);
}
