#pragma once
#include <Poco/JSON/Object.h>

#include <optional>
#include <string>

#include "possdk/sql.hpp"

namespace posserver::api {

// A member card number: 6 to 20 digits.
bool isCardNumber(const std::string& text);
// A mainland China mobile number: 1 and ten more digits.
bool isMobileNumber(const std::string& text);
// "13812345678" -> "138****5678": answers never carry a whole number.
std::string maskedMobile(const std::string& mobile);

// The member columns every member answer is made from, and that answer.
inline constexpr const char* kMemberSelect =
    "SELECT m.id, m.card, m.mobile, m.name, b.balance FROM members m JOIN points_balances b ON b.member_id = m.id";
Poco::JSON::Object::Ptr memberJson(const possdk::SqlRow& row);
extern const char* const kMemberSchema;

}  // namespace posserver::api
