#include "csv_records.hpp"

#include <csv.h>

#include <istream>
#include <memory>

namespace poscore::catalog {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// What libcsv's callbacks fill while one line is parsed.
struct Pending {
  std::vector<std::string> fields;
  std::vector<std::vector<std::string>> records;  // more than one only when lines end in a bare CR
};

extern "C" void onField(void* data, std::size_t size, void* context) {
  static_cast<Pending*>(context)->fields.emplace_back(static_cast<const char*>(data), size);
}

extern "C" void onRecordEnd(int, void* context) {
  auto* pending = static_cast<Pending*>(context);
  const auto width = pending->fields.size();
  pending->records.push_back(std::move(pending->fields));
  pending->fields.clear();
  pending->fields.reserve(width);  // the next record has as many fields, as a rule
}

struct ParserFree {
  void operator()(csv_parser* parser) const {
    csv_free(parser);
    delete parser;
  }
};

CsvError malformed(std::size_t line, csv_parser* parser) {
  return {line, std::string("not well-formed CSV: ") + csv_strerror(csv_error(parser))};
}

}  // namespace

std::optional<CsvError> readCsvRecords(std::istream& in, const std::function<bool(const CsvRecord&)>& onRecord) {
  std::unique_ptr<csv_parser, ParserFree> parser(new csv_parser);
  if (csv_init(parser.get(), CSV_STRICT | CSV_STRICT_FINI) != 0) return CsvError{0, "cannot start the CSV parser"};
  Pending pending;
  CsvRecord record;
  bool recordOpen = false;
  // False when the reader asked to stop.
  auto deliver = [&] {
    recordOpen = false;
    for (auto& fields : pending.records) {
      record.fields = std::move(fields);
      if (!onRecord(record)) return false;
    }
    pending.records.clear();
    return true;
  };
  std::string text;
  while (std::getline(in, text)) {
    ++record.linesRead;
    record.bytesRead += text.size() + 1;
    std::string_view line(text);
    if (record.linesRead == 1 && line.substr(0, kByteOrderMark.size()) == kByteOrderMark) {
      line.remove_prefix(kByteOrderMark.size());
    }
    // A record starts on the first line with anything on it after the previous record ended.
    if (!recordOpen && !(line.empty() || line == "\r")) {
      record.line = record.linesRead;
      recordOpen = true;
    }
    text.push_back('\n');
    line = std::string_view(text).substr(text.size() - line.size() - 1);
    if (csv_parse(parser.get(), line.data(), line.size(), onField, onRecordEnd, &pending) != line.size()) {
      return malformed(record.linesRead, parser.get());
    }
    if (!pending.records.empty() && !deliver()) return std::nullopt;
  }
  if (csv_fini(parser.get(), onField, onRecordEnd, &pending) != 0) return malformed(record.line, parser.get());
  deliver();
  return std::nullopt;
}

std::string csvField(const std::string& field) {
  const bool plain = field.find_first_of(",\"\r\n") == std::string::npos &&
                     (field.empty() || (field.front() != ' ' && field.back() != ' ' && field.front() != '\t' &&
                                        field.back() != '\t'));
  if (plain) return field;
  std::string quoted(field.size() * 2 + 2, '\0');
  quoted.resize(csv_write(quoted.data(), quoted.size(), field.data(), field.size()));
  return quoted;
}

}  // namespace poscore::catalog
