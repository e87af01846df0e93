// differential/cpython/spec_schedule.h — when the embedded CPython backend
// runs an automatic collection: gcops spec section 3.4, restated here on
// its own.
//
// The embedded backend makes the real interpreter run each program, but
// CPython 3.11 would count every GC allocation of the interpreter (frames,
// the harness's temporaries, free-list effects), while gcops 3.4 counts the
// program's own objects only. So the backend keeps CPython's automatic
// collection off and decides the moment itself, by the rule below, and
// then calls the real gc.collect(gen).
//
// This is a second, deliberately naive statement of the rule, written from
// the spec's text and CPython 3.11's gc_collect_generations, and shares
// nothing with the collector under test (collector/version_rules.h): a
// scheduling bug in the model shows up as a divergence instead of running
// identically on both sides (tests/fuzz/planted_bugs_test.cc plants one).
// Every field mirrors a line of 3.4:
//   - a fresh program: enabled, thresholds 700 10 10, counts 0 0 0,
//     long_lived_pending = long_lived_total = 0;
//   - making a program object adds 1 to count0 first; then, when count0 >
//     threshold0, threshold0 != 0, collection is enabled and none is
//     running, the oldest generation whose count exceeds its threshold is
//     collected, except that generation 2 is passed over while
//     long_lived_pending < long_lived_total / 4;
//   - the end of a program object's deallocation subtracts 1 (not below 0);
//   - collecting generation g adds 1 to count[g+1] and zeroes count[0..g];
//     its survivors raise long_lived_pending (g = 1) or become
//     long_lived_total, with pending zeroed (g = 2);
//   - a collection of generation 2 ends with count0 at 0, before its stop
//     callbacks: CPython clears its free lists there, each freed object
//     subtracting 1 (not below 0), and a running interpreter always holds
//     more of those than a collection's finalizers make (measured on
//     3.11.7, 3.12.7, 3.13.2, 3.14.2 and 3.15.0rc1:
//     docs/python-translation.md, "Counting").
#ifndef GCFUZZ_DIFFERENTIAL_CPYTHON_SPEC_SCHEDULE_H_
#define GCFUZZ_DIFFERENTIAL_CPYTHON_SPEC_SCHEDULE_H_

#include <array>
#include <cstdint>

namespace gcfuzz::differential {

class SpecSchedule {
 public:
  // Back to a fresh program's state.
  void Reset() { *this = SpecSchedule(); }

  // A program object is being made. Returns the generation to collect
  // before it exists, or -1 for none. `collection_running`: a collection
  // is in progress (a body allocating from inside it).
  int OnAllocation(bool collection_running) {
    count[0] += 1;
    if (!enabled || collection_running) return -1;
    if (threshold[0] == 0 || count[0] <= threshold[0]) return -1;
    // The oldest generation over its threshold (integer division, as in
    // CPython: pending 1 of total 5 does not pass generation 2 over).
    const bool pass_over_2 = long_lived_pending < long_lived_total / 4;
    if (count[2] > threshold[2] && !pass_over_2) return 2;
    if (count[1] > threshold[1]) return 1;
    return 0;  // count0 > threshold0 here
  }

  // A program object's memory was released.
  void OnFree() {
    if (count[0] > 0) count[0] -= 1;
  }

  // A collection of `gen` starts (automatic or gc.collect(gen)).
  void OnCollectionStart(int gen) {
    if (gen < 2) count[gen + 1] += 1;
    for (int i = 0; i <= gen; ++i) count[i] = 0;
  }

  // A collection of generation 2 has done its work (its stop callbacks
  // have not run): the free lists' clear leaves nothing counted.
  void OnFullCollectionEnd() { count[0] = 0; }

  // The survivors of a collection of `gen` are known.
  void OnSurvivors(int gen, int64_t survivors) {
    if (gen == 1) long_lived_pending += survivors;
    if (gen == 2) {
      long_lived_total = survivors;
      long_lived_pending = 0;
    }
  }

  bool enabled = true;
  std::array<int32_t, 3> threshold{700, 10, 10};
  std::array<int64_t, 3> count{0, 0, 0};
  int64_t long_lived_pending = 0;
  int64_t long_lived_total = 0;
};

}  // namespace gcfuzz::differential

#endif  // GCFUZZ_DIFFERENTIAL_CPYTHON_SPEC_SCHEDULE_H_
