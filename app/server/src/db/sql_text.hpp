#pragma once
#include <string>

// Reading SQL text the way the database does: quoted strings, quoted identifiers and comments are
// not code, so a `?` or a word inside them means nothing.
namespace posserver::db::detail {

// PostgreSQL numbers its parameters: each `?` outside quotes and comments becomes $1, $2, ...
std::string numberPlaceholders(const std::string& sql);

// The statement's first words, for error messages ("INSERT INTO members").
std::string statementHead(const std::string& sql);

}  // namespace posserver::db::detail
