#include "poscore/barcode/gs1_date.hpp"

#include "digits.hpp"

namespace poscore::barcode {
namespace {

int twoDigits(std::string_view text) { return (text[0] - '0') * 10 + (text[1] - '0'); }

}  // namespace

possdk::Result<std::chrono::year_month_day> parseGs1Date(std::string_view yymmdd, std::chrono::year currentYear) {
  using namespace std::chrono;
  if (yymmdd.size() != 6 || !allDigits(yymmdd)) {
    return possdk::Result<year_month_day>::fail("a date is six digits YYMMDD");
  }
  const int yy = twoDigits(yymmdd.substr(0, 2));
  const int mm = twoDigits(yymmdd.substr(2, 2));
  const int dd = twoDigits(yymmdd.substr(4, 2));
  const int current = static_cast<int>(currentYear);
  const int difference = yy - current % 100;
  int century = current - current % 100;
  if (difference >= 51) century -= 100;
  if (difference <= -50) century += 100;
  const year y{century + yy};
  if (mm < 1 || mm > 12) {
    return possdk::Result<year_month_day>::fail("month " + std::to_string(mm) + " does not exist");
  }
  const auto lastDay = year_month_day_last{y, month_day_last{month{static_cast<unsigned>(mm)}}}.day();
  if (dd == 0) return year_month_day{y, month{static_cast<unsigned>(mm)}, lastDay};
  const year_month_day date{y, month{static_cast<unsigned>(mm)}, day{static_cast<unsigned>(dd)}};
  if (!date.ok()) {
    return possdk::Result<year_month_day>::fail("day " + std::to_string(dd) + " does not exist in month " +
                                                std::to_string(mm) + " of " + std::to_string(static_cast<int>(y)));
  }
  return date;
}

}  // namespace poscore::barcode
