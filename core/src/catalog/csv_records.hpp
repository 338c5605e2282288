#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>


namespace poscore::catalog {

// One CSV record with the line it starts on (a quoted field may span lines) and how far the
// reading has got, for progress reports.
struct CsvRecord {
  std::size_t line = 0;
  std::vector<std::string> fields;
  std::size_t linesRead = 0;
  std::uint64_t bytesRead = 0;
};

// Tokenizes RFC 4180 CSV (as spreadsheets save it) with libcsv in strict mode: fields may be quoted,
// a quote inside one is doubled, spaces around unquoted fields are dropped, blank lines are skipped,
// a UTF-8 byte order mark at the start is ignored. `onRecord` returning false stops the reading.
// Stops at the first line that is not well-formed CSV (a stray quote, an unclosed one) and says why.
struct CsvError {
  std::size_t line = 0;
  std::string reason;
};
std::optional<CsvError> readCsvRecords(std::istream& in, const std::function<bool(const CsvRecord&)>& onRecord);

// `field` as one CSV field: quoted, with its quotes doubled, when it holds a comma, a quote, a line
// break or spaces at its ends; as it is otherwise.
std::string csvField(const std::string& field);

}  // namespace poscore::catalog
