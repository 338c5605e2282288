#pragma once
// The module's database calls: a failed call throws DbFailure, and a transaction passes a handler's
// ApiFailure through after rolling back, so a refused request writes nothing.
#include <cstdint>
#include <exception>
#include <string>
#include <vector>

#include "possdk/sql.hpp"
#include "server/api_failure.hpp"

namespace weighing::server {

std::vector<possdk::SqlRow> rowsOf(possdk::Sql& sql, const std::string& query, const possdk::SqlRow& params = {});
std::int64_t execOf(possdk::Sql& sql, const std::string& statement, const possdk::SqlRow& params = {});
std::int64_t intOf(const possdk::SqlValue& value);
std::string textOf(const possdk::SqlValue& value);
std::vector<unsigned char> bytesOf(const possdk::SqlValue& value);

template <typename Work>
void inTransaction(possdk::Sql& db, Work&& work) {
  std::exception_ptr refused;
  const auto done = db.transaction([&](possdk::Sql& tx) {
    try {
      work(tx);
      return possdk::Status::ok();
    } catch (...) {
      refused = std::current_exception();
      return possdk::Status::fail("refused");
    }
  });
  if (refused) std::rethrow_exception(refused);
  if (!done) throw DbFailure(done.error());
}

}  // namespace weighing::server
