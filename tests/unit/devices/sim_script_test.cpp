// Simulator scripts: what they say, and errors that name the file and the step.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "poscore/devices/sim_script.hpp"

namespace {

using poscore::Bytes;
using ::testing::HasSubstr;
using ::testing::StartsWith;

Bytes bytes(const std::string& s) { return Bytes(s.begin(), s.end()); }

std::string errorOf(const std::string& json) {
  try {
    poscore::parseSimScript(json, "bell.json");
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(SimScript, ReadsTimedStepsAnswersAndRepeat) {
  const auto script = poscore::parseSimScript(R"({
    "comment": "a bell with one button",
    "repeat": true,
    "steps": [
      {"after_ms": 200, "send": "PRESS\r\n"},
      {"expect": "RING\r\n", "reply": "ACK\r\n"},
      {"after_ms": 0, "send_hex": "02 30 0D"},
      {"expect_hex": "1b40"}
    ]})",
                                              "bell.json");
  EXPECT_TRUE(script.repeat);
  ASSERT_EQ(script.timed.size(), 2u);
  EXPECT_EQ(script.timed[0].after, std::chrono::milliseconds(200));
  EXPECT_EQ(script.timed[0].bytes, bytes("PRESS\r\n"));
  EXPECT_EQ(script.timed[1].bytes, (Bytes{0x02, 0x30, 0x0d}));
  ASSERT_EQ(script.answers.size(), 2u);
  EXPECT_EQ(script.answers[0].expect, bytes("RING\r\n"));
  EXPECT_EQ(script.answers[0].reply, bytes("ACK\r\n"));
  EXPECT_EQ(script.answers[1].expect, (Bytes{0x1b, 0x40}));
  EXPECT_TRUE(script.answers[1].reply.empty());
}

TEST(SimScript, BadStepsNameTheFileAndTheIndex) {
  EXPECT_THAT(errorOf(R"({"steps": [{"after_ms": 1, "send": "a"}, {"after_ms": 5}]})"),
              StartsWith("bell.json: steps[1].send: expected the bytes to send"));
  EXPECT_THAT(errorOf(R"({"steps": [{"after_ms": 1, "send_hex": "1b4"}]})"),
              StartsWith("bell.json: steps[0].send_hex: expected pairs of hex digits"));
  EXPECT_THAT(errorOf(R"({"steps": [{"after_ms": 1, "send_hex": "zz"}]})"),
              StartsWith("bell.json: steps[0].send_hex: expected pairs of hex digits"));
  EXPECT_THAT(errorOf(R"({"steps": [{"after_ms": -4, "send": "a"}]})"),
              StartsWith("bell.json: steps[0].after_ms: expected a delay of 0 ms or more"));
  EXPECT_THAT(errorOf(R"({"steps": [{"after_ms": "soon", "send": "a"}]})"),
              StartsWith("bell.json: steps[0].after_ms: expected a whole number"));
  EXPECT_THAT(errorOf(R"({"steps": [{"send": "a"}]})"),
              StartsWith("bell.json: steps[0]: expected either a timed step"));
  EXPECT_THAT(errorOf(R"({"steps": [{"expect": "a", "after_ms": 3}]})"),
              StartsWith("bell.json: steps[0]: expected either a timed step"));
  EXPECT_THAT(errorOf(R"({"steps": [{"expect": "a", "send": "b"}]})"),
              StartsWith("bell.json: steps[0].send: expected only in timed steps"));
  EXPECT_THAT(errorOf(R"({"steps": [{"expect": "a", "reply": "b", "reply_hex": "00"}]})"),
              StartsWith("bell.json: steps[0].reply: expected either \"reply\" or \"reply_hex\""));
  EXPECT_THAT(errorOf(R"({"steps": [{"expect": "a", "replay": "b"}]})"),
              StartsWith("bell.json: steps[0].replay: unknown key"));
  EXPECT_THAT(errorOf(R"({"steps": [3]})"), StartsWith("bell.json: steps[0]: expected an object"));
}

TEST(SimScript, BadFilesSayWhatIsWrong) {
  EXPECT_THAT(errorOf("{\"steps\": ["), StartsWith("bell.json: not a JSON object"));
  EXPECT_THAT(errorOf("[]"), StartsWith("bell.json: not a JSON object"));
  EXPECT_THAT(errorOf("{}"), StartsWith("bell.json: steps: expected an array of steps"));
  EXPECT_THAT(errorOf(R"({"steps": [], "loop": true})"), StartsWith("bell.json: loop: unknown key"));
  EXPECT_THAT(errorOf(R"({"repeat": true, "steps": [{"after_ms": 0, "send": "x"}]})"),
              StartsWith("bell.json: repeat: expected at least one timed step with \"after_ms\" above 0"));
}

TEST(SimScript, AMissingFileSaysWhereToFixThePath) {
  try {
    poscore::loadSimScript("/nonexistent/sim.json");
    FAIL() << "a missing script must not load";
  } catch (const std::invalid_argument& e) {
    EXPECT_THAT(e.what(), HasSubstr("/nonexistent/sim.json: cannot read the simulator script"));
  }
}

}  // namespace
