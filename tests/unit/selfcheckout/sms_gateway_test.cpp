#include <gtest/gtest.h>

#include <Poco/JSON/Parser.h>
#include <Poco/Net/ServerSocket.h>

#include <fstream>
#include <sstream>

#include "poscore/sms/sms_gateway.hpp"
#include "sms_inbox.hpp"
#include "temp_dir.hpp"

namespace {

using poscore::sms::SmsSettings;

constexpr const char* kToken = "s3cret";

SmsSettings settingsFor(std::uint16_t port, const std::string& token = kToken) {
  return {"http://127.0.0.1:" + std::to_string(port) + "/send", token, std::chrono::seconds(5)};
}

Poco::JSON::Object::Ptr readMessage(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return Poco::JSON::Parser().parse(text.str()).extract<Poco::JSON::Object::Ptr>();
}

struct Inbox {
  postest::TempDir dir;
  smssim::SmsInbox inbox{Poco::Net::SocketAddress("127.0.0.1", 0), dir / "sms", kToken};
};

TEST(SmsGateway, PostsTheMessageAsJsonAndTheSimulatorFilesIt) {
  Inbox sim;
  ASSERT_TRUE(poscore::sms::postSms(settingsFor(sim.inbox.port()), "+8613812345678", "Receipt 1: 2 line(s)"));
  ASSERT_TRUE(poscore::sms::postSms(settingsFor(sim.inbox.port()), "+447700900123", "second"));
  const auto first = readMessage(sim.dir / "sms" / "1.json");
  EXPECT_EQ(first->getValue<std::string>("to"), "+8613812345678");
  EXPECT_EQ(first->getValue<std::string>("text"), "Receipt 1: 2 line(s)");
  EXPECT_EQ(readMessage(sim.dir / "sms" / "2.json")->getValue<std::string>("text"), "second");
}

TEST(SmsGateway, AWrongTokenIsNamed) {
  Inbox sim;
  auto sent = poscore::sms::postSms(settingsFor(sim.inbox.port(), "wrong"), "+8613812345678", "x");
  ASSERT_FALSE(sent);
  EXPECT_NE(sent.error().find("sms.token"), std::string::npos) << sent.error();
  EXPECT_EQ(sim.inbox.received(), 0);
}

TEST(SmsGateway, ARefusedConnectionIsNamed) {
  std::uint16_t port = 0;
  {
    Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
    port = probe.address().port();
  }
  auto sent = poscore::sms::postSms(settingsFor(port), "+8613812345678", "x");
  ASSERT_FALSE(sent);
  EXPECT_NE(sent.error().find("refused"), std::string::npos) << sent.error();
}

TEST(SmsGateway, AnHttpsUrlSpeaksTlsAndNeverFallsBackToPlainText) {
  Inbox sim;  // plain HTTP: the TLS handshake fails
  auto settings = settingsFor(sim.inbox.port());
  settings.url = "https://127.0.0.1:" + std::to_string(sim.inbox.port()) + "/send";
  settings.timeout = std::chrono::seconds(2);
  auto sent = poscore::sms::postSms(settings, "+8613812345678", "x");
  ASSERT_FALSE(sent);
  // Whether the plain server hangs up on the handshake or waits for the rest of a request it cannot
  // parse is its business (and the machine's load): either way the send fails and nothing was sent.
  const bool refused = sent.error().find("could not be reached") != std::string::npos;
  const bool unanswered = sent.error().find("did not answer within 2 s") != std::string::npos;
  EXPECT_TRUE(refused || unanswered) << sent.error();
  EXPECT_EQ(sim.inbox.received(), 0);
}

TEST(SmsGateway, AGatewayThatNeverAnswersTimesOut) {
  Poco::Net::ServerSocket silent(Poco::Net::SocketAddress("127.0.0.1", 0));  // accepts, never answers
  auto settings = settingsFor(silent.address().port());
  settings.timeout = std::chrono::seconds(1);
  auto sent = poscore::sms::postSms(settings, "+8613812345678", "x");
  ASSERT_FALSE(sent);
  EXPECT_NE(sent.error().find("did not answer within 1 s"), std::string::npos) << sent.error();
}

TEST(SmsGateway, TheSimulatorRefusesABodyWithoutText) {
  Inbox sim;
  const auto answer = sim.inbox.accept("Bearer s3cret", R"({"to":"+8613812345678"})");
  EXPECT_EQ(answer.first, 400);
  EXPECT_NE(answer.second.find("text"), std::string::npos);
  EXPECT_EQ(sim.inbox.accept("Bearer s3cret", "not json").first, 400);
}

TEST(SmsGateway, SendingRunsOffTheCallersThreadAndAnswersThroughTheDispatcher) {
  Inbox sim;
  poscore::QueueDispatcher dispatcher;
  std::optional<possdk::Status> outcome;
  {
    poscore::sms::HttpSmsGateway gateway(settingsFor(sim.inbox.port()), dispatcher);
    gateway.send("+8613812345678", "hello", [&](possdk::Status s) { outcome = std::move(s); });
    EXPECT_FALSE(outcome);  // nothing arrives until the UI thread drains
  }  // the destructor waits for the message in flight
  dispatcher.drain();
  EXPECT_FALSE(outcome) << "an outcome that arrives after the gateway is gone is dropped";
  EXPECT_EQ(sim.inbox.received(), 1);
}

TEST(SmsGateway, TheOutcomeArrivesOnDrain) {
  Inbox sim;
  poscore::QueueDispatcher dispatcher;
  poscore::sms::HttpSmsGateway gateway(settingsFor(sim.inbox.port(), "wrong"), dispatcher);
  std::optional<possdk::Status> outcome;
  gateway.send("+8613812345678", "hello", [&](possdk::Status s) { outcome = std::move(s); });
  for (int i = 0; i < 500 && !outcome; ++i) {
    dispatcher.drain();
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ASSERT_TRUE(outcome);
  EXPECT_FALSE(*outcome);
}

TEST(SmsSettings, EachBadKeyIsNamed) {
  postest::TempDir dir;
  auto load = [&](const std::string& json) { return poscore::Config::load(dir.write("pos.json", json)); };
  EXPECT_NE(poscore::sms::smsSettingsFrom(load("{}")).error().find("sms.url"), std::string::npos);
  EXPECT_NE(poscore::sms::smsSettingsFrom(load(R"({"sms":{"url":"ftp://x/"}})")).error().find("http://"), std::string::npos);
  EXPECT_NE(poscore::sms::smsSettingsFrom(load(R"({"sms":{"url":"http://127.0.0.1:1/"}})")).error().find("sms.token"),
            std::string::npos);
  EXPECT_NE(poscore::sms::smsSettingsFrom(load(R"({"sms":{"url":"http://127.0.0.1:1/","token":"t","timeout_seconds":0}})"))
                .error()
                .find("sms.timeout_seconds"),
            std::string::npos);
  auto good = poscore::sms::smsSettingsFrom(load(R"({"sms":{"url":"http://127.0.0.1:1/","token":"t","timeout_seconds":3}})"));
  ASSERT_TRUE(good) << good.error();
  EXPECT_EQ(good.value().timeout, std::chrono::seconds(3));
}

}  // namespace
