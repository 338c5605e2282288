// pos-virtual-printer: an ESC/POS receipt printer on 127.0.0.1 (or fed from a file) that prints
// onto PNG files, for the demo and the tests.
#include <CLI/CLI.hpp>
#include <Poco/Exception.h>
#include <Poco/Net/ServerSocket.h>

#include <atomic>
#include <csignal>
#include <fstream>
#include <iostream>
#include <iterator>

#include "loopback_server.hpp"
#include "receipt_files.hpp"
#include "virtual_printer.hpp"

namespace {

std::atomic<bool> stopRequested{false};

extern "C" void onStopSignal(int) { stopRequested = true; }

void installStopHandlers() {
  struct sigaction action {};
  action.sa_handler = onStopSignal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGTERM, &action, nullptr);
  sigaction(SIGINT, &action, nullptr);
}

struct Options {
  std::string listen;
  std::string input;
  std::string out;
  int width = vprinter::kPaper80mmDots;
  vprinter::PrinterState state;
};

bool printFile(const std::string& file, vprinter::VirtualPrinter& printer) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "pos-virtual-printer: cannot read --input " << file << "; check the path\n";
    return false;
  }
  const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  (void)printer.receive(bytes);  // nobody to answer status requests to
  return true;
}

int run(const Options& options) {
  std::error_code ec;
  std::filesystem::create_directories(options.out, ec);
  if (ec) {
    std::cerr << "pos-virtual-printer: cannot create --out " << options.out << ": " << ec.message() << "\n";
    return 1;
  }
  vprinter::ReceiptFiles files(options.out, vprinter::RenderOptions{options.width});
  vprinter::VirtualPrinter printer(files, options.state, std::cerr);
  if (!options.input.empty() && !printFile(options.input, printer)) return 1;
  if (!options.listen.empty()) {
    auto address = vprinter::loopbackAddress(options.listen);
    if (!address) {
      std::cerr << "pos-virtual-printer: " << address.error() << "\n";
      return 2;
    }
    try {
      Poco::Net::ServerSocket server(address.value());
      installStopHandlers();
      std::cout << "pos-virtual-printer: listening on " << server.address().toString() << std::endl;
      vprinter::serveConnections(server, printer, stopRequested, std::cerr);
    } catch (const Poco::Exception& e) {
      std::cerr << "pos-virtual-printer: cannot listen on " << options.listen << ": " << e.displayText()
                << "; is another printer on that port?\n";
      return 1;
    }
  }
  printer.finish();
  std::cerr << "pos-virtual-printer: " << printer.receiptsWritten() << " receipt(s) written to " << options.out << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"pos-virtual-printer: an ESC/POS receipt printer that prints onto PNG files"};
  Options options;
  auto* listen = app.add_option("--listen", options.listen, "Serve ESC/POS on HOST:PORT, loopback only (port 0: any free port)");
  auto* input = app.add_option("--input", options.input, "Print the ESC/POS bytes of this file")->check(CLI::ExistingFile);
  app.add_option("--out", options.out, "Folder for receipt-NNNN.png/.bin/.txt, one set per cut")->required();
  app.add_option("--width", options.width, "Paper width in dots: 576 (80 mm) or 384 (58 mm)")
      ->check(CLI::IsMember({vprinter::kPaper80mmDots, vprinter::kPaper58mmDots}));
  app.add_flag("--paper-out", options.state.paperOut, "Simulate paper out (DLE EOT answers say so; nothing prints)");
  app.add_flag("--offline", options.state.offline, "Simulate an open cover (offline; nothing prints)");
  try {
    app.parse(argc, argv);
    if (listen->count() == 0 && input->count() == 0) {
      throw CLI::RequiredError("--listen or --input");
    }
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return run(options);
}
