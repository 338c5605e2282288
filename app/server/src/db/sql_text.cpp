#include "sql_text.hpp"

#include <cctype>
#include <cstddef>

namespace posserver::db::detail {
namespace {

// Index just past the quoted text or comment starting at `i`, or `i` when none starts there.
std::size_t skipNonCode(const std::string& sql, std::size_t i) {
  const char c = sql[i];
  if (c == '\'' || c == '"') {
    // A doubled quote is an escaped quote; both forms end at the next lone one.
    std::size_t j = i + 1;
    while (j < sql.size()) {
      if (sql[j] == c) {
        if (j + 1 < sql.size() && sql[j + 1] == c) {
          j += 2;
          continue;
        }
        return j + 1;
      }
      ++j;
    }
    return sql.size();
  }
  if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
    const auto end = sql.find('\n', i);
    return end == std::string::npos ? sql.size() : end + 1;
  }
  if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
    const auto end = sql.find("*/", i + 2);
    return end == std::string::npos ? sql.size() : end + 2;
  }
  return i;
}

}  // namespace

std::string numberPlaceholders(const std::string& sql) {
  std::string out;
  out.reserve(sql.size() + 8);
  int next = 1;
  std::size_t i = 0;
  while (i < sql.size()) {
    const auto past = skipNonCode(sql, i);
    if (past != i) {
      out.append(sql, i, past - i);
      i = past;
    } else if (sql[i] == '?') {
      out += '$' + std::to_string(next++);
      ++i;
    } else {
      out += sql[i++];
    }
  }
  return out;
}

std::string statementHead(const std::string& sql) {
  constexpr int wordsShown = 3;
  std::string head;
  int words = 0;
  bool inWord = false;
  for (const char c : sql) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (inWord && ++words == wordsShown) break;
      inWord = false;
      continue;
    }
    if (!inWord && !head.empty()) head += ' ';
    inWord = true;
    head += c;
  }
  return head;
}

}  // namespace posserver::db::detail
