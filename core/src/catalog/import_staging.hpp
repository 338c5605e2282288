#pragma once
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "poscore/catalog/product.hpp"
#include "possdk/sql.hpp"

namespace poscore::catalog {

// A barcode the file gives that the catalog has on a product the file does not list.
struct TakenBarcode {
  std::size_t line = 0;
  std::string key;
  std::string ownerSku;
};

// The rows of a catalog file on their way in, held in temporary tables of the caller's transaction.
// Staging a row is one plain insert; checking the file against the catalog and writing it are a few
// statements over the whole set, so a million rows do not pay for an upsert, a barcode lookup and
// their statement journals each.
class ImportStaging {
 public:
  explicit ImportStaging(possdk::Sql& sql);

  possdk::Status create();
  // One row of the file, by the line it starts on. Its barcodes are unique within the file (the
  // caller has checked). Rows are inserted in batches; the queries below see all of them.
  possdk::Status add(std::size_t line, Product&& product);
  // The staged barcodes the catalog has on a product no staged row lists, in line order.
  possdk::Result<std::vector<TakenBarcode>> takenBarcodes();
  // Writes the staged rows: each adds a product or updates the one with its sku (keeping its id), and
  // its barcodes become exactly the row's. With `replace` the products no row lists are removed;
  // returns how many. `catalogHasBarcodes` false skips clearing the rows' old barcodes.
  possdk::Result<std::size_t> write(bool replace, bool catalogHasBarcodes);
  possdk::Status drop();

 private:
  // Values of rows waiting to go into one table with a single INSERT.
  class Batch {
   public:
    Batch(const char* table, std::size_t columns);
    // One row's values; the rows are inserted once a batch is complete.
    template <typename... Values>
    possdk::Status add(possdk::Sql& sql, Values&&... values) {
      (values_.emplace_back(std::forward<Values>(values)), ...);
      return values_.size() < fullSize_ ? possdk::Status::ok() : flush(sql);
    }
    possdk::Status flush(possdk::Sql& sql);

   private:
    const char* table_;
    std::size_t columns_;
    std::size_t fullSize_;
    std::string fullText_;
    possdk::SqlRow values_;
  };
  possdk::Status flush();

  possdk::Sql& sql_;
  Batch rows_;
  Batch barcodes_;
};

}  // namespace poscore::catalog
