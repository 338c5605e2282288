// posctl barcode CODE: what the lane reads in a scan, or exactly why it refuses it.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "poscore/barcode/decode.hpp"
#include "poscore/sale/tax_rules.hpp"
#include "poscore/services/config.hpp"

namespace posctl {

namespace {

// A GS separator cannot be typed on a command line; "<GS>" stands for it, as describe() prints it.
std::string withSeparators(std::string code) {
  static const std::string kMarker = "<GS>";
  for (auto at = code.find(kMarker); at != std::string::npos; at = code.find(kMarker, at + 1)) {
    code.replace(at, kMarker.size(), "\x1d");
  }
  return code;
}

void explainBarcode(const std::string& code, GlobalOptions& options) {
  const auto config = options.config.empty() ? poscore::Config::empty() : poscore::Config::load(options.config);
  const auto pricing = poscore::sale::loadPricingRules(config);
  if (!pricing) {
    std::cerr << pricing.error() << "\n";
    options.exitCode = 2;
    return;
  }
  auto settings = poscore::barcode::loadDecodeSettings(config, pricing.value(), nullptr);
  if (!settings) {
    std::cerr << settings.error() << "\n";
    options.exitCode = 2;
    return;
  }
  const auto decoded = poscore::barcode::decode(withSeparators(code), settings.value());
  if (!decoded) {
    std::cout << "refused: " << decoded.error() << "\n";
    options.exitCode = 1;
    return;
  }
  std::cout << decoded.value().describe(settings.value().currencyDecimals);
}

}  // namespace

void addBarcodeCommands(CLI::App& app, GlobalOptions& options) {
  auto* barcode = app.add_subcommand(
      "barcode", "Decode a scanned code (EAN/UPC, variable measure, GS1 element string) and explain it");
  auto code = std::make_shared<std::string>();
  barcode->add_option("CODE", *code, "The code as the scanner sends it; write <GS> for the GS1 separator")
      ->required();
  barcode->add_option("--config", options.config, "Lane settings file (JSON): its barcodes section and the sale currency");
  barcode->callback([&options, code] { explainBarcode(*code, options); });
}

}  // namespace posctl
