#include <fstream>
#include <unordered_map>
#include <unordered_set>

#include "catalog_schema.hpp"
#include "csv_columns.hpp"
#include "csv_records.hpp"
#include "poscore/catalog/catalog_csv.hpp"
#include "product_writer.hpp"

namespace poscore::catalog {
namespace {

constexpr std::size_t kProgressEvery = 4096;
// SQLite's page cache while an import runs (KiB, as cache_size takes a negative number): a large
// file's indexes then stay in memory instead of spilling half-built pages to the journal over and
// over. The lane's own setting comes back afterwards.
constexpr std::int64_t kImportCacheKib = 256 * 1024;
constexpr std::size_t kBytesPerRowGuess = 100;

// A barcode this file gives one product that the catalog has on another. Allowed only when the
// file also lists that other product (and so says what its barcodes become).
struct Taken {
  std::size_t line;
  std::string key;
  std::string ownerSku;
};

// Checks rows one by one and writes them while the file is clean; the caller's transaction undoes
// everything when an issue turns up.
class Importer {
 public:
  Importer(possdk::Sql& sql, const ImportOptions& options, ImportReport& report, std::uint64_t totalBytes)
      : writer_(sql), sql_(sql), options_(options), report_(report), totalBytes_(totalBytes) {
    const auto rowsGuess = static_cast<std::size_t>(totalBytes / kBytesPerRowGuess);
    skus_.reserve(rowsGuess);
    barcodes_.reserve(rowsGuess);
  }

  possdk::Status begin() {
    if (options_.replace) {
      // The whole catalog is replaced, so no barcode outside the file survives; products the file
      // keeps keep their ids (sale lines refer to them).
      if (auto cleared = sql_.exec("DELETE FROM catalog_barcodes"); !cleared) return possdk::Status::fail(cleared.error());
    }
    auto barcodes = sql_.query("SELECT count(*) FROM catalog_barcodes");
    if (!barcodes) return possdk::Status::fail(barcodes.error());
    // Then every barcode the file gives is new unless the file repeats it, which checkRepeats sees.
    noBarcodesYet_ = std::get<std::int64_t>(barcodes.value().at(0).at(0)) == 0;
    if (totalBytes_ >= options_.bulkLoadBytes) {
      for (const auto& index : kNameIndexes) {
        if (auto dropped = sql_.exec(std::string("DROP INDEX ") + index.name); !dropped) return possdk::Status::fail(dropped.error());
      }
      nameIndexesDropped_ = true;
    }
    if (!options_.replace) return possdk::Status::ok();
    auto ids = sql_.query("SELECT id FROM catalog_products");
    if (!ids) return possdk::Status::fail(ids.error());
    for (const auto& row : ids.value()) unlisted_.insert(std::get<std::int64_t>(row[0]));
    return possdk::Status::ok();
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
    for (const auto& taken : taken_) {
      if (skus_.count(taken.ownerSku) != 0) continue;
      issue({taken.line, column::kBarcodes, "barcode " + barcodeText(taken.key) + " belongs to product '" +
                                                 taken.ownerSku + "', which this file does not list",
             "remove the barcode here, or list '" + taken.ownerSku + "' in the file with its new barcodes"});
    }
    if (issueCount_ > 0) return possdk::Status::ok();
    for (auto id : unlisted_) {
      if (auto removed = sql_.exec("DELETE FROM catalog_products WHERE id = ?", {id}); !removed) {
        return possdk::Status::fail(removed.error());
      }
    }
    report_.removed = unlisted_.size();
    return rebuildNameIndexes();
  }

  possdk::Status rebuildNameIndexes() {
    if (!nameIndexesDropped_) return possdk::Status::ok();
    for (const auto& index : kNameIndexes) {
      if (auto built = sql_.exec(index.create); !built) return possdk::Status::fail(built.error());
    }
    return possdk::Status::ok();
  }

  std::size_t issueCount() const { return issueCount_; }
  void malformed(const CsvError& error) {
    issue({error.line, "", error.reason,
           "put a field holding a comma or a quote in double quotes, double every quote inside it, and close every quote"});
  }

 private:
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
    if (issueCount_ == 0) write(product);
  }

  void checkRepeats(std::size_t line, const Product& product, std::vector<ProductIssue>& found) {
    if (!product.sku.empty()) {
      auto [earlier, fresh] = skus_.emplace(product.sku, line);
      if (!fresh) {
        found.push_back({column::kSku, "the sku '" + product.sku + "' is also on line " + std::to_string(earlier->second),
                         "give every product one row"});
      }
    }
    for (const auto& key : product.barcodes) {
      auto [earlier, fresh] = barcodes_.emplace(std::stoull(key), line);
      if (!fresh) {
        found.push_back({column::kBarcodes, "barcode " + barcodeText(key) + " is also on line " + std::to_string(earlier->second),
                         "give each barcode to one product only"});
      } else if (!noBarcodesYet_) {
        checkOwner(line, key, product.sku);
      }
    }
  }

  void checkOwner(std::size_t line, const std::string& key, const std::string& sku) {
    auto owner = writer_.barcodeOwner(key);
    if (!owner) {
      failure_ = possdk::Status::fail(owner.error());
    } else if (owner.value() && *owner.value() != sku) {
      taken_.push_back({line, key, *owner.value()});
    }
  }

  void write(const Product& product) {
    auto id = writer_.write(product, noBarcodesYet_);
    if (!id) {
      failure_ = possdk::Status::fail(id.error());
    } else {
      unlisted_.erase(id.value());
    }
  }

  std::string taxClassList() const {
    std::string list;
    for (const auto& code : options_.taxClasses) list += (list.empty() ? "" : ", ") + code;
    return list;
  }

  ProductWriter writer_;
  possdk::Sql& sql_;
  const ImportOptions& options_;
  ImportReport& report_;
  std::uint64_t totalBytes_;
  std::optional<CsvHeader> header_;
  std::unordered_map<std::string, std::size_t> skus_;
  std::unordered_map<std::uint64_t, std::size_t> barcodes_;
  std::vector<Taken> taken_;
  std::unordered_set<std::int64_t> unlisted_;
  std::size_t issueCount_ = 0;
  bool noBarcodesYet_ = false;
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
