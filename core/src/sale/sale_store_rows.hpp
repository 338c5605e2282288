#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "poscore/sale/sale.hpp"
#include "poscore/sale/sale_store.hpp"
#include "possdk/sql.hpp"

// The sale store's row-level work, shared by its calls. All of it runs inside the caller's
// transaction and throws std::runtime_error with the reason, which the calling SaleStore method
// turns into its failure (rolling the transaction back).
namespace poscore::sale::rows {

// Result<T> to T, or the throw described above.
template <typename T>
T must(possdk::Result<T> result) {
  if (!result) throw std::runtime_error(result.error());
  return std::move(result.value());
}

// Runs `work`, turning what it throws into a failure, for the body of a transaction.
template <typename Work>
possdk::Status attempt(Work&& work) {
  try {
    work();
    return possdk::Status::ok();
  } catch (const std::runtime_error& e) {
    return possdk::Status::fail(e.what());
  }
}

// The sale's header, lines, adjustments, taxes and tenders.
void insertCompleted(possdk::Sql& sql, const Sale& sale, std::int64_t journalSeq);

// A completed sale or return with everything insertCompleted wrote; nullopt when the id is unknown.
std::optional<StoredSale> loadCompleted(possdk::Sql& sql, const std::string& saleId);
// The sale id stored under a receipt number, if any.
std::optional<std::string> saleIdOf(possdk::Sql& sql, const std::string& receiptNo);
// Per original line, what committed returns of `receiptNo` took back (positive quantities).
std::map<int, std::int64_t> returnedOf(possdk::Sql& sql, const std::string& receiptNo);

}  // namespace poscore::sale::rows
