// oracle/result.h — a value or a clear error message.
//
// The oracle's entry points take snapshots built by other code (tests, the
// collector glue, fuzz harnesses). A malformed snapshot is bad input, not a
// crash: every entry point validates first and returns Result<T>, whose
// error() says what was wrong ("object 7 refers to 9, which is not in the
// snapshot"). Reading value() of an error is a programming mistake and
// aborts with the message, never undefined behaviour.
#ifndef GCFUZZ_ORACLE_RESULT_H_
#define GCFUZZ_ORACLE_RESULT_H_

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <utility>

namespace gcfuzz::oracle {

template <typename T>
class Result {
 public:
  // Implicit on purpose: `return prediction;` reads naturally.
  Result(T value) : value_(std::move(value)) {}  // NOLINT
  static Result Error(std::string message) {
    Result r;
    r.error_ = std::move(message);
    return r;
  }

  bool ok() const { return value_.has_value(); }
  // Empty when ok().
  const std::string& error() const { return error_; }

  const T& value() const& {
    CheckOk();
    return *value_;
  }
  T&& value() && {
    CheckOk();
    return std::move(*value_);
  }
  const T& operator*() const& { return value(); }
  const T* operator->() const { return &value(); }

 private:
  Result() = default;
  void CheckOk() const {
    if (!value_) {
      std::fprintf(stderr, "oracle: value() of an error result: %s\n",
                   error_.c_str());
      std::abort();
    }
  }

  std::optional<T> value_;
  std::string error_;
};

}  // namespace gcfuzz::oracle

#endif  // GCFUZZ_ORACLE_RESULT_H_
