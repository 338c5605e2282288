#include <fstream>
#include <unordered_map>

#include "catalog_schema.hpp"
#include "csv_columns.hpp"
#include "csv_records.hpp"
#include "import_staging.hpp"
#include "poscore/catalog/catalog_csv.hpp"

namespace poscore::catalog {
namespace {

constexpr std::size_t kProgressEvery = 4096;
// SQLite's page cache while an import runs (KiB, as cache_size takes a negative number): a large
// file's indexes then stay in memory instead of spilling half-built pages to the journal over and
// over. The lane's own setting comes back afterwards.
constexpr std::int64_t kImportCacheKib = 256 * 1024;
constexpr std::size_t kBytesPerRowGuess = 100;

// Checks rows one by one and stages them; when the whole file is clean, the staged rows are written
// together. The caller's transaction undoes everything when an issue turns up.
class Importer {
 public:
  Importer(possdk::Sql& sql, const ImportOptions& options, ImportReport& report, std::uint64_t totalBytes)
      : staging_(sql), sql_(sql), options_(options), report_(report), totalBytes_(totalBytes) {
    const auto rowsGuess = static_cast<std::size_t>(totalBytes / kBytesPerRowGuess);
    skus_.reserve(rowsGuess);
    barcodes_.reserve(rowsGuess);
  }

  possdk::Status begin() {
    auto barcodes = sql_.query("SELECT EXISTS(SELECT 1 FROM catalog_barcodes)");
    if (!barcodes) return possdk::Status::fail(barcodes.error());
    catalogHasBarcodes_ = std::get<std::int64_t>(barcodes.value().at(0).at(0)) != 0;
    if (totalBytes_ >= options_.bulkLoadBytes) {
      for (const auto& index : kNameIndexes) {
        if (auto dropped = sql_.exec(std::string("DROP INDEX ") + index.name); !dropped) return possdk::Status::fail(dropped.error());
      }
      nameIndexesDropped_ = true;
    }
    return staging_.create();
  }

  // False stops the reading: the header is unusable, or the database failed.
  bool take(const CsvRecord& record) {
    if (record.linesRead % kProgressEvery == 0) progress(record);
    if (!header_) return readHeaderOf(record);
    row(record);
    return failure_.isOk();
  }

  possdk::Status finish(const CsvRecord& last) {
    progress(last);
    if (!failure_) return failure_;
    if (!header_ && issueCount_ == 0) {
      issue({0, "", "the file is empty", "start with the header row: sku,barcodes,name_en,name_zh,price,tax_class,unit,..."});
    }
    if (auto checked = checkOwners(); !checked) return checked;
    if (issueCount_ > 0) return possdk::Status::ok();
    auto removed = staging_.write(options_.replace, catalogHasBarcodes_);
    if (!removed) return possdk::Status::fail(removed.error());
    report_.removed = removed.value();
    if (auto dropped = staging_.drop(); !dropped) return dropped;
    return rebuildNameIndexes();
  }

  std::size_t issueCount() const { return issueCount_; }
  void malformed(const CsvError& error) {
    issue({error.line, "", error.reason,
           "put a field holding a comma or a quote in double quotes, double every quote inside it, and close every quote"});
  }

 private:
  // A barcode may move between products the file lists (the file says what both get); one that
  // belongs to a product the file leaves alone may not. Under --replace no old barcode survives.
  possdk::Status checkOwners() {
    if (options_.replace || !catalogHasBarcodes_ || !header_) return possdk::Status::ok();
    auto taken = staging_.takenBarcodes();
    if (!taken) return possdk::Status::fail(taken.error());
    for (const auto& t : taken.value()) {
      issue({t.line, column::kBarcodes,
             "barcode " + barcodeText(t.key) + " belongs to product '" + t.ownerSku + "', which this file does not list",
             "remove the barcode here, or list '" + t.ownerSku + "' in the file with its new barcodes"});
    }
    return possdk::Status::ok();
  }

  possdk::Status rebuildNameIndexes() {
    if (!nameIndexesDropped_) return possdk::Status::ok();
    for (const auto& index : kNameIndexes) {
      if (auto built = sql_.exec(index.create); !built) return possdk::Status::fail(built.error());
    }
    return possdk::Status::ok();
  }

  void progress(const CsvRecord& record) {
    if (options_.progress) options_.progress({record.linesRead, record.bytesRead, totalBytes_});
  }

  void issue(ImportIssue found) {
    ++issueCount_;
    if (report_.issues.size() < options_.maxIssuesListed) {
      report_.issues.push_back(std::move(found));
    } else {
      ++report_.issuesNotListed;
    }
  }

  void issues(std::size_t line, std::vector<ProductIssue>& found) {
    for (auto& i : found) issue({line, std::move(i.column), std::move(i.reason), std::move(i.fix)});
    found.clear();
  }

  bool readHeaderOf(const CsvRecord& record) {
    std::vector<ProductIssue> found;
    header_ = readHeader(record.fields, found);
    issues(record.line, found);
    return issueCount_ == 0;
  }

  // Every row of the right width is staged, issues or not, so the owner check knows every sku the
  // file lists; only a clean file is written.
  void row(const CsvRecord& record) {
    ++report_.products;
    if (record.fields.size() != header_->width) {
      issue({record.line, "", "the line has " + std::to_string(record.fields.size()) + " fields but the header has " +
                                  std::to_string(header_->width),
             "put a field holding a comma in double quotes, and give every column a cell (it may be empty)"});
      return;
    }
    std::vector<ProductIssue> found;
    Product product = readRow(*header_, record.fields, found);
    if (found.empty()) found = checkProduct(product);
    if (!product.taxClass.empty() && options_.taxClasses.count(product.taxClass) == 0) {
      found.push_back({column::kTaxClass, "'" + product.taxClass + "' is not one of the lane's tax classes (" + taxClassList() + ")",
                       "use one of them, or add the class to the lane settings' sale.tax_classes"});
    }
    checkRepeats(record.line, product, found);
    issues(record.line, found);
    if (auto staged = staging_.add(record.line, std::move(product)); !staged) failure_ = staged;
  }

  // Leaves on `product` only the barcodes no earlier row gave.
  void checkRepeats(std::size_t line, Product& product, std::vector<ProductIssue>& found) {
    if (!product.sku.empty()) {
      auto [earlier, fresh] = skus_.emplace(product.sku, line);
      if (!fresh) {
        found.push_back({column::kSku, "the sku '" + product.sku + "' is also on line " + std::to_string(earlier->second),
                         "give every product one row"});
      }
    }
    std::erase_if(product.barcodes, [&](const std::string& key) {
      auto [earlier, fresh] = barcodes_.emplace(std::stoull(key), line);
      if (!fresh) {
        found.push_back({column::kBarcodes, "barcode " + barcodeText(key) + " is also on line " + std::to_string(earlier->second),
                         "give each barcode to one product only"});
      }
      return !fresh;
    });
  }

  std::string taxClassList() const {
    std::string list;
    for (const auto& code : options_.taxClasses) list += (list.empty() ? "" : ", ") + code;
    return list;
  }

  ImportStaging staging_;
  possdk::Sql& sql_;
  const ImportOptions& options_;
  ImportReport& report_;
  std::uint64_t totalBytes_;
  std::optional<CsvHeader> header_;
  std::unordered_map<std::string, std::size_t> skus_;
  std::unordered_map<std::uint64_t, std::size_t> barcodes_;
  std::size_t issueCount_ = 0;
  bool catalogHasBarcodes_ = false;
  bool nameIndexesDropped_ = false;  // a failed import rolls the drop back with everything else
  possdk::Status failure_ = possdk::Status::ok();
};

// Raises the connection's page cache for the life of the object.
class LargerPageCache {
 public:
  explicit LargerPageCache(LaneDb& db) : db_(db) {
    auto current = db_.query("PRAGMA cache_size");
    if (!current || current.value().empty()) return;
    previous_ = std::get<std::int64_t>(current.value()[0][0]);
    if (!db_.exec("PRAGMA cache_size = " + std::to_string(-kImportCacheKib))) previous_.reset();
  }
  ~LargerPageCache() {
    if (previous_) (void)db_.exec("PRAGMA cache_size = " + std::to_string(*previous_));
  }
  LargerPageCache(const LargerPageCache&) = delete;
  LargerPageCache& operator=(const LargerPageCache&) = delete;

 private:
  LaneDb& db_;
  std::optional<std::int64_t> previous_;
};

}  // namespace

std::string describe(const ImportIssue& issue) {
  std::string where = issue.line == 0 ? "the file" : "line " + std::to_string(issue.line);
  if (!issue.column.empty()) where += ", column " + issue.column;
  return where + ": " + issue.reason + "; " + issue.fix;
}

possdk::Result<ImportReport> importCatalogCsv(CatalogStore& store, std::istream& in, const ImportOptions& options,
                                              std::uint64_t totalBytes) {
  ImportReport report;
  bool refused = false;
  LargerPageCache cache(store.db());
  auto done = store.db().transaction([&](possdk::Sql& sql) {
    Importer importer(sql, options, report, totalBytes);
    if (auto begun = importer.begin(); !begun) return begun;
    CsvRecord last;
    auto read = readCsvRecords(in, [&](const CsvRecord& record) {
      last.linesRead = record.linesRead;
      last.bytesRead = record.bytesRead;
      return importer.take(record);
    });
    if (read) importer.malformed(*read);
    if (auto finished = importer.finish(last); !finished) return finished;
    if (importer.issueCount() == 0) return possdk::Status::ok();
    refused = true;
    return possdk::Status::fail("the catalog file has " + std::to_string(importer.issueCount()) + " issues");
  });
  if (!done && !refused) return possdk::Result<ImportReport>::fail("catalog import failed, nothing was changed: " + done.error());
  return report;
}

possdk::Result<ImportReport> importCatalogCsvFile(CatalogStore& store, const std::filesystem::path& file,
                                                  const ImportOptions& options) {
  std::ifstream in(file, std::ios::binary);
  std::error_code error;
  const auto size = std::filesystem::file_size(file, error);
  if (!in || error) {
    return possdk::Result<ImportReport>::fail("cannot read the catalog file " + file.string() +
                                              "; check the path and that it is readable");
  }
  return importCatalogCsv(store, in, options, size);
}

}  // namespace poscore::catalog
