#include "element_string.hpp"

#include <algorithm>

#include "check_digit_refusal.hpp"
#include "digits.hpp"

namespace poscore::barcode {
namespace {

using Elements = possdk::Result<std::vector<RawElement>>;

// GS1 AI encodable character set 82: digits, letters and these marks.
bool inCharset82(char c) {
  static constexpr std::string_view kMarks = "!\"%&'()*+,-./:;<=>?_";
  return isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || kMarks.find(c) != std::string_view::npos;
}

// The AI at the start of `data`, or why there is none there.
possdk::Result<std::string> readAi(std::string_view data, const AiDefinition* definition, std::size_t position) {
  if (definition == nullptr) {
    // AIs have two to four digits; show the digits there are, as far as an AI can reach.
    const auto digits = std::find_if_not(data.begin(), data.begin() + std::min<std::ptrdiff_t>(4, std::ssize(data)), isDigit);
    const std::string_view ai(data.begin(), digits);
    return possdk::Result<std::string>::fail(elementRefusal(
        position, ai.empty() ? "?" : ai,
        std::string(ai.empty() ? "an application identifier (digits) must start here"
                               : "the lane does not know this application identifier") +
            " (it reads 01, 10, 11, 13, 15, 16, 17, 21, 30, 37, 310n, 320n, 392n, 393n)"));
  }
  const auto length = aiLength(*definition);
  if (data.size() < length || !allDigits(data.substr(0, length))) {
    return possdk::Result<std::string>::fail(
        elementRefusal(position, data.substr(0, length), "the code ends inside the application identifier"));
  }
  const std::string ai(data.substr(0, length));
  if (definition->decimalsDigit && ai.back() - '0' > definition->maxDecimals) {
    return possdk::Result<std::string>::fail(elementRefusal(
        position, ai, "at most " + std::to_string(definition->maxDecimals) + " decimals are allowed"));
  }
  return ai;
}

// Length and characters of a value; `valuePosition` is the scan character where it starts.
possdk::Status checkValue(const RawElement& element, std::size_t valuePosition, bool separatorMissingPossible) {
  const auto& definition = *element.definition;
  const auto size = element.value.size();
  const std::string missingSeparator =
      separatorMissingPossible ? "; if another AI follows, the GS separator after this value is missing" : "";
  if (size == 0) return possdk::Status::fail(elementRefusal(element.position, element.ai, "the value is empty"));
  if (definition.fixedLength && size != definition.length) {
    return possdk::Status::fail(elementRefusal(
        element.position, element.ai,
        "the value has " + std::to_string(size) + " characters, it must have " + std::to_string(definition.length) +
            (size < definition.length ? " (truncated)" : "")));
  }
  if (!definition.fixedLength && size > definition.length) {
    return possdk::Status::fail(elementRefusal(element.position, element.ai,
                                               "the value runs to " + std::to_string(size) + " characters, at most " +
                                                   std::to_string(definition.length) + " are allowed" +
                                                   missingSeparator));
  }
  for (std::size_t i = 0; i < size; ++i) {
    const char c = element.value[i];
    const bool allowed = definition.charset == AiCharset::Numeric ? isDigit(c) : inCharset82(c);
    if (!allowed) {
      const bool printable = c >= 0x20 && c < 0x7f;
      return possdk::Status::fail(elementRefusal(
          element.position, element.ai,
          "character " + std::to_string(valuePosition + i) + " (" +
              (printable ? "'" + std::string(1, c) + "'" : "code " + std::to_string(static_cast<unsigned char>(c))) +
              ") is not allowed in this " + (definition.charset == AiCharset::Numeric ? "numeric " : "") + "value" +
              (definition.fixedLength ? "" : missingSeparator)));
    }
  }
  return possdk::Status::ok();
}

}  // namespace

std::string elementRefusal(std::size_t position, std::string_view ai, const std::string& what) {
  return "GS1 code refused at character " + std::to_string(position) + ", AI " + std::string(ai) + ": " + what + "; " +
         std::string(kRescanAdvice);
}

Elements splitElementString(std::string_view data, std::size_t offset) {
  std::vector<RawElement> elements;
  std::size_t at = 0;
  // Some scanners send the leading FNC1 of the symbol as a GS too.
  if (!data.empty() && data.front() == kGroupSeparator) at = 1;
  if (at >= data.size()) {
    return Elements::fail("GS1 code refused: nothing follows the symbology identifier; rescan the item");
  }
  while (at < data.size()) {
    RawElement element;
    element.position = offset + at + 1;
    element.definition = findAi(data.substr(at));
    auto ai = readAi(data.substr(at), element.definition, element.position);
    if (!ai) return Elements::fail(ai.error());
    element.ai = ai.value();
    const auto valueStart = at + element.ai.size();
    const auto separator = data.find(kGroupSeparator, valueStart);
    const auto fieldEnd = separator == std::string_view::npos ? data.size() : separator;
    // A predefined-length value ends by its length; anything else ends at GS or the end of the scan.
    const auto valueEnd = element.definition->fixedLength ? std::min(fieldEnd, valueStart + element.definition->length)
                                                          : fieldEnd;
    element.value = std::string(data.substr(valueStart, valueEnd - valueStart));
    if (auto checked = checkValue(element, offset + valueStart + 1, true); !checked) {
      return Elements::fail(checked.error());
    }
    at = valueEnd < data.size() && data[valueEnd] == kGroupSeparator ? valueEnd + 1 : valueEnd;
    elements.push_back(std::move(element));
  }
  return elements;
}

Elements splitHumanReadable(std::string_view text) {
  std::vector<RawElement> elements;
  std::size_t at = 0;
  while (at < text.size()) {
    if (text[at] != '(') {
      return Elements::fail("GS1 code refused at character " + std::to_string(at + 1) +
                            ": expected '(' and an application identifier; key the code as printed, "
                            "e.g. (01)09501101530003(17)260630");
    }
    const auto close = text.find(')', at + 1);
    if (close == std::string_view::npos) {
      return Elements::fail("GS1 code refused at character " + std::to_string(at + 1) +
                            ": the application identifier has no closing ')'; key the code as printed");
    }
    const auto aiText = text.substr(at + 1, close - at - 1);
    RawElement element;
    element.position = at + 1;
    element.definition = findAi(aiText);
    auto ai = readAi(aiText, element.definition, element.position);
    if (!ai) return Elements::fail(ai.error());
    if (ai.value().size() != aiText.size()) {
      return Elements::fail(elementRefusal(element.position, aiText, "the application identifier has the wrong length"));
    }
    element.ai = ai.value();
    const auto next = std::min(text.find('(', close + 1), text.size());
    element.value = std::string(text.substr(close + 1, next - close - 1));
    if (auto checked = checkValue(element, close + 2, false); !checked) return Elements::fail(checked.error());
    elements.push_back(std::move(element));
    at = next;
  }
  return elements;
}

}  // namespace poscore::barcode
