#pragma once
#include <libpq-fe.h>

#include <string>
#include <vector>

#include "possdk/sql.hpp"

// possdk::SqlValue to and from libpq's wire forms. Integers go as int8, blobs as binary bytea, text
// as untyped text so it fits any text-like column; results are read by each column's type, so
// int2/int4/int8, count(*) and integral numeric (sum of bigint) all come back as int64.
namespace posserver::db::detail {

// The parameter arrays PQexecParams takes; pointers stay valid while this object lives.
class PostgresParams {
 public:
  explicit PostgresParams(const possdk::SqlRow& params);
  int count() const { return static_cast<int>(values_.size()); }
  const Oid* types() const { return types_.data(); }
  const char* const* values() const { return values_.data(); }
  const int* lengths() const { return lengths_.data(); }
  const int* formats() const { return formats_.data(); }

 private:
  std::vector<std::string> texts_;
  std::vector<Oid> types_;
  std::vector<const char*> values_;
  std::vector<int> lengths_;
  std::vector<int> formats_;
};

possdk::Result<std::vector<possdk::SqlRow>> readPostgresRows(const PGresult* result);

}  // namespace posserver::db::detail
