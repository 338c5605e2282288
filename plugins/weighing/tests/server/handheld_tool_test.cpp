// The real pos-weighing-handheld against a pos-server process with the weighing plugin: it enrols
// with a kiosk code, shops and pays, and its exit pass is one the exit lane accepts.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "posserver/api/enrolment_codes.hpp"
#include "weighing_server.hpp"

namespace weighing::test {
namespace {

struct ToolRun {
  int exitCode = -1;
  std::string out;  // standard output
  std::string err;
};

class HandheldTool : public WeighingServerTest {
 protected:
  ToolRun handheld(const std::vector<std::string>& args) {
    std::string command = std::string(POS_WEIGHING_TOOLS_DIR) + "/pos-weighing-handheld --server http://127.0.0.1:" +
                          std::to_string(process_->port()) + " --credential " + (dir_ / "handheld.credential").string();
    for (const auto& arg : args) command += " '" + arg + "'";
    command += " 2> " + (dir_ / "handheld.err").string();
    ToolRun run;
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) return run;
    char buffer[4096];
    while (const auto n = fread(buffer, 1, sizeof buffer, pipe)) run.out.append(buffer, n);
    const int status = pclose(pipe);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.err = postest::readFile(dir_ / "handheld.err");
    return run;
  }
  std::string kioskCode() {
    auto code = posserver::api::makeEnrolmentCode(database(), clock_, {"kiosk", "S001", std::nullopt});
    if (!code) throw std::runtime_error(code.error());
    return code->code;
  }

  std::unique_ptr<postest::ServerProcess> process_;
};

TEST_P(HandheldTool, EnrolsShopsAndPrintsAPassTheExitLaneAccepts) {
  process_ = spawnServer({"--plugins", (dir_ / "plugins").string()});
  const auto enrolled = handheld({"enrol", kioskCode()});
  ASSERT_EQ(enrolled.exitCode, 0) << enrolled.err;
  EXPECT_NE(enrolled.out.find("(kiosk, store S001)"), std::string::npos) << enrolled.out;

  const auto png = dir_ / "pass.png";
  const auto shopped = handheld({"shop", "--item", "6901234567892x2", "--item", "12345670", "--pay", "--qr-png", png.string()});
  ASSERT_EQ(shopped.exitCode, 0) << shopped.err;
  EXPECT_NE(shopped.out.find("total_minor 1999 CNY"), std::string::npos) << shopped.out;
  EXPECT_NE(shopped.out.find("\nORDER W"), std::string::npos) << shopped.out;
  const auto last = shopped.out.rfind("\nQR ");
  ASSERT_NE(last, std::string::npos) << shopped.out;
  const auto qr = shopped.out.substr(last + 4, shopped.out.size() - last - 5);
  EXPECT_EQ(shopped.out.back(), '\n');
  EXPECT_EQ(postest::readFile(png).substr(0, 8), "\x89PNG\r\n\x1a\n");

  const auto verified = call(lane_, "POST", "/exit/verify", R"({"qr":")" + qr + R"("})");
  ASSERT_EQ(verified.status, 200) << verified.body;
  EXPECT_EQ(verified.json()->getObject("order")->getValue<std::int64_t>("total_minor"), 1999);
}

TEST_P(HandheldTool, PrintsTheServersRefusalAndExitsNonZero) {
  process_ = spawnServer({"--plugins", (dir_ / "plugins").string()});
  const auto unenrolled = handheld({"shop", "--item", "12345670"});
  EXPECT_NE(unenrolled.exitCode, 0);
  EXPECT_NE(unenrolled.err.find("enrol first"), std::string::npos) << unenrolled.err;
  ASSERT_EQ(handheld({"enrol", kioskCode()}).exitCode, 0);
  const auto refused = handheld({"shop", "--item", "6901234567893", "--pay"});
  EXPECT_EQ(refused.exitCode, 1);
  EXPECT_NE(refused.err.find("barcode_check_digit: the check digit of 6901234567893 is wrong"), std::string::npos)
      << refused.err;
  EXPECT_EQ(refused.out.find("QR "), std::string::npos);
  const auto spent = handheld({"enrol", "7KQ2-M9XD-4HRT-0BWC"});
  EXPECT_EQ(spent.exitCode, 1);
  EXPECT_NE(spent.err.find("enrolment_code_invalid"), std::string::npos) << spent.err;
}

// The token is only ever in a file of mode 0600, even under umask 000 and over an older credential
// someone could read: whoever had that one open does not get to read the new token through it.
TEST_P(HandheldTool, TheCredentialIsOnlyEverReadableByItsOwner) {
  process_ = spawnServer({"--plugins", (dir_ / "plugins").string()});
  const auto file = dir_ / "handheld.credential";
  std::ofstream(file) << "old-token\n";
  ASSERT_EQ(::chmod(file.c_str(), 0644), 0);
  std::ifstream heldOpen(file);
  const auto old = ::umask(0);
  const auto enrolled = handheld({"enrol", kioskCode()});
  ::umask(old);
  ASSERT_EQ(enrolled.exitCode, 0) << enrolled.err;
  struct stat st {};
  ASSERT_EQ(::stat(file.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  std::string seen;
  std::getline(heldOpen, seen);
  EXPECT_EQ(seen, "old-token");
  EXPECT_NE(postest::readFile(file), "old-token\n");
  for (const auto& entry : std::filesystem::directory_iterator(dir_.path())) {
    EXPECT_EQ(entry.path().filename().string().find("handheld.credential."), std::string::npos) << entry.path();
  }
}

POS_DATABASE_TEST_SUITE(HandheldTool);

}  // namespace
}  // namespace weighing::test
