#pragma once
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <set>
#include <string>
#include <vector>

#include "poscore/catalog/catalog_store.hpp"
#include "possdk/status.hpp"

// The catalog file (docs/catalog.md): RFC 4180 CSV in UTF-8, a header row naming the columns, one
// product a row.
namespace poscore::catalog {

// The tax classes a lane knows when its settings list none ("sale.tax_classes").
inline const std::set<std::string> kDefaultTaxClasses{"A", "B", "C"};

// One thing wrong in the file: where (line 1 is the header; 0 for the file as a whole), which column
// (empty when the whole line is at fault), what, and what to do.
struct ImportIssue {
  std::size_t line = 0;
  std::string column;
  std::string reason;
  std::string fix;
};
// "line 12, column price: ... ; ..." as posctl prints it.
std::string describe(const ImportIssue& issue);

struct ImportProgress {
  std::size_t lines = 0;  // lines read so far, the header included
  std::uint64_t bytes = 0;
  std::uint64_t totalBytes = 0;  // 0 when unknown (a pipe)
};

struct ImportOptions {
  std::set<std::string> taxClasses = kDefaultTaxClasses;
  // Replace the whole catalog: products missing from the file are removed. Otherwise rows update
  // the product with their sku or add one, and the rest of the catalog stays.
  bool replace = false;
  // Called now and then while reading, and once at the end.
  std::function<void(const ImportProgress&)> progress;
  std::size_t maxIssuesListed = 100;
  // From a file this large on (about 100,000 rows), the name indexes are built once after the load
  // instead of updated row by row.
  std::uint64_t bulkLoadBytes = 10'000'000;
};

struct ImportReport {
  std::size_t products = 0;  // rows in the file; written only when there is no issue
  std::size_t removed = 0;   // products a replace removed
  std::vector<ImportIssue> issues;  // the first maxIssuesListed found
  std::size_t issuesNotListed = 0;  // found beyond those
  bool clean() const { return issues.empty(); }
};

// Reads the whole file and checks every row before anything counts: with any issue nothing is
// written and every issue found is reported (up to the cap). Fails only when the database does, with
// nothing written either. `totalBytes` feeds the progress report.
possdk::Result<ImportReport> importCatalogCsv(CatalogStore& store, std::istream& in, const ImportOptions& options,
                                              std::uint64_t totalBytes = 0);
possdk::Result<ImportReport> importCatalogCsvFile(CatalogStore& store, const std::filesystem::path& file,
                                                  const ImportOptions& options);

// Writes every product, in the order they were first added, in the format the import reads.
possdk::Status exportCatalogCsv(CatalogStore& store, std::ostream& out);

}  // namespace poscore::catalog
