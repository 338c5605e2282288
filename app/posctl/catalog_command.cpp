// posctl catalog import|export|lookup: the store manager's catalog file in and out of the lane.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "headless_session.hpp"
#include "poscore/barcode/gtin.hpp"
#include "poscore/catalog/catalog_csv.hpp"
#include "poscore/sale/tax_rules.hpp"

namespace posctl {
namespace {

using poscore::catalog::CatalogStore;

// The lane's settings and database, without starting plugins or devices.
struct CatalogLane {
  explicit CatalogLane(const GlobalOptions& options)
      : runtime(runtimeOptions(options)),
        config(runtime.configFile.empty() ? poscore::Config::empty() : poscore::Config::load(runtime.configFile)),
        db(poscore::dataDirOf(runtime, config) / "lane.db") {}

  poscore::RuntimeOptions runtime;
  poscore::Config config;
  poscore::LaneDb db;
};

CatalogStore openStore(poscore::LaneDb& db) {
  auto store = CatalogStore::open(db);
  if (!store) throw std::runtime_error(store.error());
  return store.value();
}

void showProgress(const poscore::catalog::ImportProgress& p) {
  const auto percent = p.totalBytes == 0 ? 0 : p.bytes * 100 / p.totalBytes;
  const auto filled = static_cast<std::size_t>(percent / 5);
  std::cerr << "\rimporting [" << std::string(filled, '#') << std::string(20 - filled, ' ') << "] " << percent << "% "
            << p.lines << " lines" << std::flush;
}

int importCatalog(const GlobalOptions& options, const std::string& file, bool replace) {
  CatalogLane lane(options);
  auto store = openStore(lane.db);
  poscore::catalog::ImportOptions importOptions;
  importOptions.replace = replace;
  // The lane's own tax classes, read as the sale reads them.
  auto pricing = poscore::sale::loadPricingRules(lane.config);
  if (!pricing) {
    std::cerr << "posctl: " << pricing.error() << "\n";
    return 2;
  }
  importOptions.taxClasses = pricing.value().taxClassCodes();
  const bool terminal = isatty(STDERR_FILENO) != 0;
  if (terminal) importOptions.progress = showProgress;
  auto report = poscore::catalog::importCatalogCsvFile(store, file, importOptions);
  if (terminal) std::cerr << "\n";
  if (!report) {
    std::cerr << "posctl: " << report.error() << "\n";
    return 2;
  }
  const auto& r = report.value();
  if (!r.clean()) {
    for (const auto& issue : r.issues) std::cerr << file << ": " << poscore::catalog::describe(issue) << "\n";
    if (r.issuesNotListed > 0) std::cerr << "... and " << r.issuesNotListed << " more issues\n";
    std::cerr << "catalog not imported: " << r.issues.size() + r.issuesNotListed
              << " issues; nothing was changed. Fix the file and import it again.\n";
    return 1;
  }
  std::cerr << "imported " << r.products << " products from " << file << (replace ? " (catalog replaced" : " (upserted by sku")
            << (replace ? ", " + std::to_string(r.removed) + " removed)" : ")") << "; the catalog holds "
            << store.count().value() << " products\n";
  return 0;
}

int exportCatalog(const GlobalOptions& options, const std::string& file) {
  CatalogLane lane(options);
  auto store = openStore(lane.db);
  std::ofstream out;
  if (!file.empty()) {
    out.open(file, std::ios::binary);
    if (!out) {
      std::cerr << "posctl: cannot write " << file << "; check the folder exists and is writable\n";
      return 2;
    }
  }
  auto written = poscore::catalog::exportCatalogCsv(store, file.empty() ? std::cout : out);
  if (!written) {
    std::cerr << "posctl: " << written.error() << "\n";
    return 2;
  }
  return 0;
}

void printProduct(const poscore::catalog::Product& p) {
  std::cout << p.sku << "  " << p.nameEn << " / " << p.nameZh << "  " << poscore::formatMoney(p.price)
            << (p.unit == poscore::catalog::SaleUnit::Weight ? " per kg" : "") << "  tax " << p.taxClass
            << (p.ageRestricted ? "  age-restricted" : "") << (p.easTagged ? "  EAS" : "") << "\n";
}

int lookup(const GlobalOptions& options, const std::string& code) {
  CatalogLane lane(options);
  auto store = openStore(lane.db);
  auto key = poscore::barcode::toGtin14(code);
  auto found = key ? store.findByBarcode(*key) : store.findBySku(code);
  if (!found) {
    std::cerr << "posctl: " << found.error() << "\n";
    return 2;
  }
  if (!found.value()) {
    std::cerr << "no product has the " << (key ? "barcode " : "sku ") << code << "\n";
    return 1;
  }
  printProduct(*found.value());
  return 0;
}

}  // namespace

void addCatalogCommands(CLI::App& app, GlobalOptions& options) {
  auto* catalog = app.add_subcommand("catalog", "Import, export and look up the lane's catalog (docs/catalog.md)");
  catalog->require_subcommand(1);

  auto* import = catalog->add_subcommand("import", "Check a catalog CSV file whole, then write it in one transaction");
  auto file = std::make_shared<std::string>();
  auto replace = std::make_shared<bool>(false);
  import->add_option("file", *file, "The catalog file (CSV, UTF-8, header row)")->required()->check(CLI::ExistingFile);
  import->add_flag("--replace", *replace, "Replace the whole catalog: remove products the file does not list");
  import->callback([&options, file, replace] { options.exitCode = importCatalog(options, *file, *replace); });

  auto* exportCmd = catalog->add_subcommand("export", "Write the catalog as CSV in the import's format");
  auto target = std::make_shared<std::string>();
  exportCmd->add_option("file", *target, "Where to write (default: standard output)");
  exportCmd->callback([&options, target] { options.exitCode = exportCatalog(options, *target); });

  auto* lookupCmd = catalog->add_subcommand("lookup", "Show the product with a barcode (EAN-8/13, UPC-A, GTIN-14) or sku");
  auto code = std::make_shared<std::string>();
  lookupCmd->add_option("code", *code, "Barcode digits or sku")->required();
  lookupCmd->callback([&options, code] { options.exitCode = lookup(options, *code); });
}

}  // namespace posctl
