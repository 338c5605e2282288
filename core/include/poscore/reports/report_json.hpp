#pragma once
#include <string>

#include "poscore/reports/report.hpp"
#include "possdk/status.hpp"

// A report as JSON, the form a Z is stored in: amounts as integer minor units, times as unix
// milliseconds, so reading it back gives the very same report.
namespace poscore::reports {

std::string toJson(const Report& report);
possdk::Result<Report> reportFromJson(const std::string& json);

}  // namespace poscore::reports
