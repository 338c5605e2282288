#include <gtest/gtest.h>

#include <fstream>

#include "posserver/http/server_options.hpp"
#include "temp_dir.hpp"

using posserver::http::parseListenAddress;
using posserver::http::parseServerCommand;
using posserver::http::ServerCommand;

namespace {

possdk::Result<ServerCommand> parse(std::vector<std::string> args) {
  args.insert(args.begin(), "pos-server");
  std::vector<const char*> argv;
  for (const auto& arg : args) argv.push_back(arg.c_str());
  return parseServerCommand(static_cast<int>(argv.size()), argv.data());
}

// The error of a parse that must fail.
std::string errorOf(std::vector<std::string> args) {
  const auto result = parse(std::move(args));
  EXPECT_FALSE(result);
  return result.error();
}

bool mentions(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST(ListenAddress, Ipv4Ipv6AndNames) {
  const auto v4 = parseListenAddress("0.0.0.0:8443");
  ASSERT_TRUE(v4) << v4.error();
  EXPECT_EQ(v4.value().host, "0.0.0.0");
  EXPECT_EQ(v4.value().port, 8443);
  const auto v6 = parseListenAddress("[::1]:8080");
  ASSERT_TRUE(v6) << v6.error();
  EXPECT_EQ(v6.value().host, "::1");
  EXPECT_EQ(v6.value().port, 8080);
  EXPECT_TRUE(parseListenAddress("localhost:0"));
}

TEST(ListenAddress, RefusesWithTheReason) {
  EXPECT_TRUE(mentions(parseListenAddress("8080").error(), "HOST:PORT"));
  EXPECT_TRUE(mentions(parseListenAddress(":8080").error(), "HOST:PORT"));
  EXPECT_TRUE(mentions(parseListenAddress("::1:8080").error(), "brackets"));
  EXPECT_TRUE(mentions(parseListenAddress("[::1]8080").error(), "[ADDRESS]:PORT"));
  EXPECT_TRUE(mentions(parseListenAddress("[nothex]:80").error(), "not an IPv6 address"));
  EXPECT_TRUE(mentions(parseListenAddress("127.0.0.1:65536").error(), "0 to 65535"));
  EXPECT_TRUE(mentions(parseListenAddress("127.0.0.1:http").error(), "0 to 65535"));
  EXPECT_TRUE(mentions(parseListenAddress("127.0.0.1:").error(), "0 to 65535"));
  EXPECT_TRUE(mentions(parseListenAddress("bad host:80").error(), "not a host name"));
}

TEST(ServerCommand, ServeIsTheDefaultWithDocumentedDefaults) {
  const auto command = parse({});
  ASSERT_TRUE(command) << command.error();
  EXPECT_EQ(command.value().kind, ServerCommand::Kind::Serve);
  EXPECT_EQ(command.value().db, "pos-server.db");
  EXPECT_EQ(command.value().serve.listen.host, "127.0.0.1");
  EXPECT_EQ(command.value().serve.listen.port, 8080);
  EXPECT_EQ(command.value().serve.maxBodyBytes, 1u << 20);
  EXPECT_TRUE(command.value().serve.certFile.empty());
}

TEST(ServerCommand, ServeOptions) {
  postest::TempDir dir;
  std::ofstream(dir / "c.pem") << "x";
  std::ofstream(dir / "k.pem") << "x";
  const auto command =
      parse({"--listen", "[::1]:9000", "--db", "postgresql://pos@127.0.0.1/pos", "--plugins", dir.path().string(),
             "--plugins", dir.path().string(), "--cert", (dir / "c.pem").string(), "--key", (dir / "k.pem").string(),
             "--max-body", "4096", "--threads", "8", "--lookup-rate", "12"});
  ASSERT_TRUE(command) << command.error();
  const auto& serve = command.value().serve;
  EXPECT_EQ(serve.listen.host, "::1");
  EXPECT_EQ(serve.listen.port, 9000);
  EXPECT_EQ(command.value().db, "postgresql://pos@127.0.0.1/pos");
  EXPECT_EQ(serve.pluginDirs.size(), 2u);
  EXPECT_EQ(serve.certFile, (dir / "c.pem").string());
  EXPECT_EQ(serve.maxBodyBytes, 4096u);
  EXPECT_EQ(serve.threads, 8);
  EXPECT_EQ(serve.lookupRatePerMinute, 12);
}

TEST(ServerCommand, ServeOptionErrorsNameTheOption) {
  postest::TempDir dir;
  std::ofstream(dir / "c.pem") << "x";
  EXPECT_TRUE(mentions(errorOf({"--listen", "nope"}), "--listen"));
  EXPECT_TRUE(mentions(errorOf({"--threads", "0"}), "--threads"));
  EXPECT_TRUE(mentions(errorOf({"--max-body", "lots"}), "--max-body"));
  EXPECT_TRUE(mentions(errorOf({"--lookup-rate", "-1"}), "--lookup-rate"));
  EXPECT_TRUE(mentions(errorOf({"--cert", (dir / "c.pem").string()}), "--cert and --key go together"));
  EXPECT_TRUE(mentions(errorOf({"--cert", (dir / "missing.pem").string()}), "--cert"));
  EXPECT_TRUE(mentions(errorOf({"--plugins", (dir / "missing").string()}), "--plugins"));
  EXPECT_TRUE(mentions(errorOf({"--db", ""}), "--db"));
  EXPECT_TRUE(mentions(errorOf({"--bogus"}), "--bogus"));
}

TEST(ServerCommand, EnrolCode) {
  const auto command = parse({"enrol-code", "--db", "s.db", "--role", "lane", "--store", "S001", "--lane", "L01"});
  ASSERT_TRUE(command) << command.error();
  EXPECT_EQ(command.value().kind, ServerCommand::Kind::EnrolCode);
  EXPECT_EQ(command.value().db, "s.db");
  EXPECT_EQ(command.value().enrolCode.role, "lane");
  EXPECT_EQ(command.value().enrolCode.store, "S001");
  EXPECT_EQ(command.value().enrolCode.lane, "L01");
  EXPECT_EQ(command.value().enrolCode.ttlMinutes, 1440);
}

TEST(ServerCommand, EnrolCodeErrors) {
  EXPECT_TRUE(mentions(errorOf({"enrol-code", "--store", "S001"}), "--role"));
  EXPECT_TRUE(mentions(errorOf({"enrol-code", "--role", "lane"}), "--store"));
  EXPECT_TRUE(mentions(errorOf({"enrol-code", "--role", "cashier", "--store", "S1"}), "--role"));
  EXPECT_TRUE(mentions(errorOf({"enrol-code", "--role", "admin", "--store", "S1", "--ttl-minutes", "10081"}),
                       "--ttl-minutes"));
  EXPECT_TRUE(mentions(errorOf({"enrol-code", "--role", "admin", "--store", std::string(65, 'S')}), "--store"));
  EXPECT_TRUE(mentions(errorOf({"--threads", "4", "enrol-code", "--role", "admin", "--store", "S1"}),
                       "--threads applies to serving only"));
  EXPECT_TRUE(mentions(errorOf({"enrol-code", "--role", "admin", "--store", "S1", "--threads", "4"}), "--threads"));
}

TEST(ServerCommand, MigrateAndHelp) {
  const auto migrate = parse({"migrate", "--db", "x.db"});
  ASSERT_TRUE(migrate) << migrate.error();
  EXPECT_EQ(migrate.value().kind, ServerCommand::Kind::Migrate);
  EXPECT_EQ(migrate.value().db, "x.db");
  EXPECT_TRUE(mentions(errorOf({"migrate", "--listen", "127.0.0.1:1"}), "--listen"));
  const auto help = parse({"--help"});
  ASSERT_TRUE(help);
  EXPECT_EQ(help.value().kind, ServerCommand::Kind::Help);
  EXPECT_TRUE(mentions(help.value().helpText, "enrol-code"));
}
