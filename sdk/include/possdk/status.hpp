#pragma once
#include <optional>
#include <string>
#include <utility>

namespace possdk {

// The outcome of a call that crosses the plugin boundary. Exceptions never cross it; a failure
// carries a message that says what went wrong, where, and what to do.
class [[nodiscard]] Status {
 public:
  static Status ok() { return Status{}; }
  static Status fail(std::string message) { return Status{std::move(message)}; }

  bool isOk() const { return !error_.has_value(); }
  explicit operator bool() const { return isOk(); }
  const std::string& error() const {
    static const std::string none;
    return error_ ? *error_ : none;
  }

 private:
  Status() = default;
  explicit Status(std::string e) : error_(std::move(e)) {}
  std::optional<std::string> error_;
};

// A value or the reason there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  static Result fail(std::string message) { return Result{Status::fail(std::move(message))}; }

  bool isOk() const { return value_.has_value(); }
  explicit operator bool() const { return isOk(); }
  // Only after checking isOk(): there is no value to give otherwise.
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T* operator->() { return &*value_; }
  const std::string& error() const { return status_.error(); }

 private:
  explicit Result(Status s) : status_(std::move(s)) {}
  std::optional<T> value_;
  Status status_ = Status::ok();
};

}  // namespace possdk
