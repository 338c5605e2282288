#include "member_fields.hpp"

#include <algorithm>
#include <cctype>

#include "json_answer.hpp"
#include "sql_rows.hpp"

namespace posserver::api {
namespace {

bool allDigits(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

}  // namespace

const char* const kMemberSchema =
    R"({"type":"object","required":["id","card","mobile","name","points"],"properties":{"id":{"type":"integer"},)"
    R"("card":{"type":["string","null"]},"mobile":{"type":["string","null"],"description":"masked: 138****5678"},)"
    R"("name":{"type":["string","null"]},"points":{"type":"integer","minimum":0}}})";

bool isCardNumber(const std::string& text) { return text.size() >= 6 && text.size() <= 20 && allDigits(text); }

bool isMobileNumber(const std::string& text) { return text.size() == 11 && text[0] == '1' && allDigits(text); }

std::string maskedMobile(const std::string& mobile) {
  if (mobile.size() != 11) return std::string(mobile.size(), '*');
  return mobile.substr(0, 3) + "****" + mobile.substr(7);
}

Poco::JSON::Object::Ptr memberJson(const possdk::SqlRow& row) {
  Poco::JSON::Object::Ptr member = new Poco::JSON::Object;
  member->set("id", static_cast<Poco::Int64>(intAt(row, 0)));
  member->set("card", orJsonNull(optionalTextAt(row, 1)));
  const auto mobile = optionalTextAt(row, 2);
  member->set("mobile", orJsonNull(mobile ? std::optional(maskedMobile(*mobile)) : std::nullopt));
  member->set("name", orJsonNull(optionalTextAt(row, 3)));
  member->set("points", static_cast<Poco::Int64>(intAt(row, 4)));
  return member;
}

}  // namespace posserver::api
