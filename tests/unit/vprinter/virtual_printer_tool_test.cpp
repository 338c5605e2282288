// pos-virtual-printer as a process: over TCP on 127.0.0.1, and from a file.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <Poco/Net/StreamSocket.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>

#include <chrono>
#include <memory>
#include <regex>
#include <thread>

#include "temp_dir.hpp"
#include "vprinter_test_support.hpp"

namespace {

using vptest::bytes;
using vptest::qrFunction;
using vptest::scanPng;

const std::string kTool = std::string(POS_BINARY_DIR) + "/bin/pos-virtual-printer";
constexpr auto kDeadline = std::chrono::seconds(20);

bool waitForFile(const std::filesystem::path& file) {
  const auto until = std::chrono::steady_clock::now() + kDeadline;
  while (!std::filesystem::exists(file)) {
    if (std::chrono::steady_clock::now() > until) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return true;
}

// The tool listening on an ephemeral loopback port; stopped with SIGINT, or killed if the test
// ends early.
class ListeningPrinter {
 public:
  explicit ListeningPrinter(std::vector<std::string> args) {
    args.insert(args.begin(), {"--listen", "127.0.0.1:0"});
    handle_ = std::make_unique<Poco::ProcessHandle>(Poco::Process::launch(kTool, args, nullptr, &out_, nullptr));
    Poco::PipeInputStream stdoutStream(out_);
    std::string line;
    std::getline(stdoutStream, line);
    std::smatch m;
    if (std::regex_search(line, m, std::regex(R"(listening on 127\.0\.0\.1:(\d+))"))) port_ = std::stoi(m[1].str());
  }
  ~ListeningPrinter() {
    if (handle_ && Poco::Process::isRunning(*handle_)) {
      Poco::Process::kill(*handle_);
      handle_->wait();
    }
  }
  ListeningPrinter(const ListeningPrinter&) = delete;
  ListeningPrinter& operator=(const ListeningPrinter&) = delete;

  int port() const { return port_; }
  int stop() {
    Poco::Process::requestTermination(handle_->id());
    return handle_->wait();
  }

 private:
  Poco::Pipe out_;
  std::unique_ptr<Poco::ProcessHandle> handle_;
  int port_ = 0;
};

// Sends `stream` and returns the first `replies` bytes the printer sends back.
std::string exchange(int port, const std::string& stream, std::size_t replies) {
  Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(port)));
  socket.setReceiveTimeout(Poco::Timespan(20, 0));
  socket.sendBytes(stream.data(), static_cast<int>(stream.size()));
  std::string got;
  char buf[16];
  while (got.size() < replies) {
    const int n = socket.receiveBytes(buf, sizeof buf);
    if (n <= 0) break;
    got.append(buf, static_cast<std::size_t>(n));
  }
  return got;
}

std::string receipt(const std::string& reference) {
  const std::string data = "{B" + reference;
  return bytes({0x1B, '@', 0x1B, 'a', 1}) + "SHOP\n" + bytes({0x1D, 'k', 73, static_cast<int>(data.size())}) + data +
         qrFunction(80, "0" + reference) + qrFunction(81, "0") + bytes({0x1D, 'V', 66, 0});
}

TEST(VirtualPrinterTool, PrintsEachCutReceiptFromTcpAndAnswersStatus) {
  postest::TempDir out;
  ListeningPrinter printer({"--out", out.path().string()});
  ASSERT_GT(printer.port(), 0);
  EXPECT_EQ(exchange(printer.port(), receipt("R-1") + bytes({0x10, 0x04, 1}), 1), bytes({0x12}));
  // A second connection, as the next sale would open.
  EXPECT_EQ(exchange(printer.port(), receipt("R-2") + bytes({0x10, 0x04, 4}), 1), bytes({0x12}));
  ASSERT_TRUE(waitForFile(out / "receipt-0002.png"));
  EXPECT_EQ(printer.stop(), 0);

  const auto first = scanPng(out / "receipt-0001.png");
  EXPECT_EQ(first.width, 576);
  EXPECT_THAT(first.symbols, ::testing::Contains(::testing::Field(&vptest::ScannedSymbol::data, "R-1")));
  // A receipt's bytes run from the cut before it to its own cut.
  EXPECT_EQ(postest::readFile(out / "receipt-0002.bin"), bytes({0x10, 0x04, 1}) + receipt("R-2"));
  EXPECT_THAT(postest::readFile(out / "receipt-0002.txt"), ::testing::HasSubstr("[QR R-2]"));
  EXPECT_FALSE(std::filesystem::exists(out / "receipt-0003.png"));
}

TEST(VirtualPrinterTool, WithPaperOutItSaysSoAndPrintsNothing) {
  postest::TempDir out;
  ListeningPrinter printer({"--out", out.path().string(), "--paper-out"});
  ASSERT_GT(printer.port(), 0);
  // The replies come after the cut was decoded, so the receipt would exist by now if printed.
  EXPECT_EQ(exchange(printer.port(), receipt("R-1") + bytes({0x10, 0x04, 1, 0x10, 0x04, 2, 0x10, 0x04, 4}), 3),
            bytes({0x1A, 0x32, 0x7E}));
  EXPECT_EQ(printer.stop(), 0);
  EXPECT_FALSE(std::filesystem::exists(out / "receipt-0001.png"));
}

TEST(VirtualPrinterTool, ListensOnLoopbackOnly) {
  postest::TempDir out;
  Poco::Pipe err;
  auto handle = Poco::Process::launch(kTool, {"--listen", "0.0.0.0:9100", "--out", out.path().string()}, nullptr,
                                      nullptr, &err);
  Poco::PipeInputStream errStream(err);
  const std::string message{std::istreambuf_iterator<char>(errStream), std::istreambuf_iterator<char>()};
  EXPECT_EQ(handle.wait(), 2);
  EXPECT_THAT(message, ::testing::HasSubstr("0.0.0.0:9100 is not a loopback address"));
}

TEST(VirtualPrinterTool, PrintsAFileAndNumbersOnAfterEarlierReceipts) {
  postest::TempDir out;
  const auto input = out.write("job.bin", receipt("F-1") + receipt("F-2") + "tail\n");
  out.write("printed/receipt-0007.png", "earlier run");
  const auto dir = out / "printed";
  auto handle = Poco::Process::launch(kTool, {"--input", input.string(), "--out", dir.string()}, nullptr, nullptr, nullptr);
  EXPECT_EQ(handle.wait(), 0);
  EXPECT_TRUE(std::filesystem::exists(dir / "receipt-0008.png"));
  EXPECT_TRUE(std::filesystem::exists(dir / "receipt-0009.png"));
  // The paper after the last cut is printed when the input ends, still centred by ESC a 1.
  EXPECT_THAT(postest::readFile(dir / "receipt-0010.txt"), ::testing::MatchesRegex(" {22}tail\n"));
}

TEST(VirtualPrinterTool, ADrawerKickAfterTheLastCutIsNoReceipt) {
  postest::TempDir out;
  const auto input = out.write("job.bin", receipt("K-1") + bytes({0x1B, 'p', 0, 50, 50}) + "\n");
  auto handle = Poco::Process::launch(kTool, {"--input", input.string(), "--out", out.path().string()}, nullptr,
                                      nullptr, nullptr);
  EXPECT_EQ(handle.wait(), 0);
  EXPECT_TRUE(std::filesystem::exists(out / "receipt-0001.png"));
  EXPECT_FALSE(std::filesystem::exists(out / "receipt-0002.png"));
}

}  // namespace
