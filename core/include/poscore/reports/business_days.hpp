#pragma once
#include <chrono>
#include <cstdint>
#include <optional>

#include "poscore/reports/report.hpp"
#include "poscore/services/lane_db.hpp"
#include "possdk/clock.hpp"
#include "possdk/status.hpp"

namespace poscore::reports {

struct BusinessDay {
  std::int64_t number = 0;  // 1, 2, ... never reused on a lane
  std::chrono::system_clock::time_point openedAt;
};

// The lane's business days (migrations scope "business_day"). Day 1 opens when the lane first asks
// for the current day; a Z report closes a day and opens the next in one transaction, keeping the
// Z's totals as JSON so it can be printed again.
class BusinessDays {
 public:
  // Applies the migrations; throws std::runtime_error when the lane database refuses them.
  BusinessDays(LaneDb& db, const possdk::Clock& clock);

  possdk::Result<BusinessDay> current();
  // Stores `z` as the totals of its day, closes that day at z.period.to and opens the next one at
  // the same instant; answers the new day. Refused, with nothing written, while a sale is open,
  // when `z` is not a Z report, or when it is not for the day that is open.
  possdk::Result<BusinessDay> close(const Report& z, bool saleOpen);
  // The Z report stored when day `number` closed, to print it again.
  possdk::Result<Report> storedZ(std::int64_t number);

 private:
  LaneDb& db_;
  const possdk::Clock& clock_;
};

}  // namespace poscore::reports
