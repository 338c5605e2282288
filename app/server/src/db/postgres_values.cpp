#include "postgres_values.hpp"

#include <charconv>
#include <memory>
#include <optional>
#include <string_view>
#include <type_traits>

namespace posserver::db::detail {
namespace {

// Type oids from PostgreSQL's pg_type.h (stable across versions).
constexpr Oid boolOid = 16;
constexpr Oid byteaOid = 17;
constexpr Oid int8Oid = 20;
constexpr Oid int2Oid = 21;
constexpr Oid int4Oid = 23;
constexpr Oid oidOid = 26;
constexpr Oid float4Oid = 700;
constexpr Oid float8Oid = 701;
constexpr Oid numericOid = 1700;

std::optional<std::int64_t> parseInteger(std::string_view text) {
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{}) return std::nullopt;
  // numeric keeps its scale: "12.00" is still the integer 12, "12.50" is not.
  std::string_view rest(end, static_cast<std::size_t>(text.data() + text.size() - end));
  if (!rest.empty() && (rest.front() != '.' || rest.find_first_not_of('0', 1) != std::string_view::npos)) {
    return std::nullopt;
  }
  return value;
}

possdk::Result<possdk::SqlValue> readValue(const PGresult* result, int row, int column) {
  using Value = possdk::Result<possdk::SqlValue>;
  if (PQgetisnull(result, row, column)) return possdk::SqlValue{nullptr};
  const char* text = PQgetvalue(result, row, column);
  const std::string_view view(text, static_cast<std::size_t>(PQgetlength(result, row, column)));
  const std::string name = PQfname(result, column);
  switch (PQftype(result, column)) {
    case int2Oid:
    case int4Oid:
    case int8Oid:
    case oidOid:
    case numericOid: {
      const auto value = parseInteger(view);
      if (!value) {
        return Value::fail("column '" + name + "' holds " + std::string(view) +
                           ", not a 64-bit integer; amounts are integers, cast it to BIGINT in the query");
      }
      return possdk::SqlValue{*value};
    }
    case boolOid:
      return possdk::SqlValue{std::int64_t{view == "t" ? 1 : 0}};
    case byteaOid: {
      std::size_t size = 0;
      std::unique_ptr<unsigned char, decltype(&PQfreemem)> bytes(
          PQunescapeBytea(reinterpret_cast<const unsigned char*>(text), &size), &PQfreemem);
      if (!bytes) return Value::fail("column '" + name + "': cannot decode its bytes");
      return possdk::SqlValue{std::vector<std::uint8_t>(bytes.get(), bytes.get() + size)};
    }
    case float4Oid:
    case float8Oid:
      return Value::fail("column '" + name + "' is a floating-point number; amounts are integers, cast it to "
                         "BIGINT in the query");
    default:
      return possdk::SqlValue{std::string(view)};
  }
}

}  // namespace

PostgresParams::PostgresParams(const possdk::SqlRow& params) {
  texts_.reserve(params.size());  // values_ points into texts_: it must not reallocate
  for (const auto& param : params) {
    std::visit(
        [&](const auto& v) {
          using T = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<T, std::nullptr_t>) {
            types_.push_back(0);
            values_.push_back(nullptr);
            lengths_.push_back(0);
            formats_.push_back(0);
          } else if constexpr (std::is_same_v<T, std::int64_t>) {
            texts_.push_back(std::to_string(v));
            types_.push_back(int8Oid);
            values_.push_back(texts_.back().c_str());
            lengths_.push_back(0);
            formats_.push_back(0);
          } else if constexpr (std::is_same_v<T, std::string>) {
            types_.push_back(0);
            values_.push_back(v.c_str());
            lengths_.push_back(0);
            formats_.push_back(0);
          } else {
            types_.push_back(byteaOid);
            // A null pointer would send NULL; an empty blob is zero bytes.
            values_.push_back(v.empty() ? "" : reinterpret_cast<const char*>(v.data()));
            lengths_.push_back(static_cast<int>(v.size()));
            formats_.push_back(1);
          }
        },
        param);
  }
}

possdk::Result<std::vector<possdk::SqlRow>> readPostgresRows(const PGresult* result) {
  std::vector<possdk::SqlRow> rows;
  const int rowCount = PQntuples(result);
  const int columns = PQnfields(result);
  rows.reserve(static_cast<std::size_t>(rowCount));
  for (int r = 0; r < rowCount; ++r) {
    possdk::SqlRow row;
    row.reserve(static_cast<std::size_t>(columns));
    for (int c = 0; c < columns; ++c) {
      auto value = readValue(result, r, c);
      if (!value) return possdk::Result<std::vector<possdk::SqlRow>>::fail(value.error());
      row.push_back(std::move(value.value()));
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace posserver::db::detail
