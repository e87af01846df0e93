// freethreading/testing/op_stream.h — turns fuzz bytes into an operation
// sequence, logs it, and reports a mismatch the gcfuzz way. Test-only.
//
// What it provides: OpStream, used by the three free-threading fuzz targets
// (fuzz/qsbr_fuzzer.cc, index_pool_fuzzer.cc, uniqueid_fuzzer.cc).
//   - Total: every byte string decodes. Reads past the end yield 0, and
//     Pick() folds a byte into any non-empty range, so a fuzzer never sees
//     an input it must reject.
//   - Every executed operation is logged as one line ("alloc -> 3"), so a
//     report shows the whole sequence that led to the mismatch.
//   - Fail() prints the one report shape of gcfuzz:
//       ==gcfuzz== ERROR: <kind>
//       <the operation sequence, one per line>
//       <details: the two values that differ>
//       SUMMARY: gcfuzz: <kind> <what>
//     and aborts (for libFuzzer, a crash). <kind> and <what> name the check
//     that failed and nothing input-specific, so the SUMMARY line is a
//     stable deduplication key.
#ifndef GCFUZZ_FREETHREADING_TESTING_OP_STREAM_H_
#define GCFUZZ_FREETHREADING_TESTING_OP_STREAM_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace gcfuzz::freethreading::testing {

class OpStream {
 public:
  explicit OpStream(std::span<const uint8_t> bytes) : bytes_(bytes) {}

  bool done() const { return pos_ >= bytes_.size(); }
  uint8_t Byte() { return done() ? 0 : bytes_[pos_++]; }
  // A byte folded into [0, n); n must be > 0.
  size_t Below(size_t n) { return Byte() % n; }
  // An element of a non-empty container, chosen by the next byte.
  template <typename C>
  const typename C::value_type& Pick(const C& c) {
    return c[Below(c.size())];
  }

  void Log(std::string line) { log_.push_back(std::move(line)); }
  const std::vector<std::string>& log() const { return log_; }

  // Prints the report (see above) and aborts.
  [[noreturn]] void Fail(std::string_view kind, std::string_view what,
                         std::string_view details) const;

  // Fails with details "library <got>, reference <want>" unless equal.
  template <typename T, typename U>
  void ExpectEq(std::string_view kind, std::string_view what, const T& got,
                const U& want) const {
    if (got == want) return;
    std::ostringstream details;
    details << what << ": library " << got << ", reference " << want;
    Fail(kind, what, details.str());
  }

 private:
  std::span<const uint8_t> bytes_;
  size_t pos_ = 0;
  std::vector<std::string> log_;
};

// Formats the report Fail() prints, without aborting (for tests).
std::string FormatReport(std::string_view kind, std::string_view what,
                         std::string_view details,
                         const std::vector<std::string>& ops);

}  // namespace gcfuzz::freethreading::testing

#endif  // GCFUZZ_FREETHREADING_TESTING_OP_STREAM_H_
