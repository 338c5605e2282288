#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "possdk/sql.hpp"
#include "posserver/db/database.hpp"

namespace posserver::api {

// Runs `work` in one transaction. `work` refuses a request by throwing http::ApiError; anything it
// throws rolls the transaction back and is thrown again once the transaction is over, so a refused
// request has written nothing. A failed statement is a bug or a broken database: it throws
// std::runtime_error naming the statement (500 internal).
void inTransaction(db::Database& database, const std::function<void(possdk::Sql&)>& work);

// The statement's rows or changed-row count; a failed statement throws as above.
std::vector<possdk::SqlRow> rowsOf(possdk::Sql& sql, const std::string& statement, const possdk::SqlRow& params = {});
std::int64_t execOf(possdk::Sql& sql, const std::string& statement, const possdk::SqlRow& params = {});

std::int64_t intAt(const possdk::SqlRow& row, std::size_t column);
std::string textAt(const possdk::SqlRow& row, std::size_t column);
std::optional<std::int64_t> optionalIntAt(const possdk::SqlRow& row, std::size_t column);
std::optional<std::string> optionalTextAt(const possdk::SqlRow& row, std::size_t column);

// A value for a nullable column.
possdk::SqlValue orNull(const std::optional<std::string>& value);
possdk::SqlValue orNull(const std::optional<std::int64_t>& value);

}  // namespace posserver::api
