// differential/ft_cross_check.h — the free-threaded collector mode checked
// against the classic collector and the Boost.Graph oracle.
//
// TEST-ONLY (links the oracle). What it provides: FtCrossCheck, which runs
// one program (normalised first, differential/ft_normalize.h, so both modes see
// the same full collections) twice — on the classic collector with every
// collection checked by the oracle (oracle::CheckedCollectorBackend), and
// on the free-threaded mode — and compares the two runs collection by
// collection (the i-th collection of one run with the i-th of the other).
//
// What is compared, and when. A body (finalizer, weakref callback,
// gc.callbacks entry) that changes anything while a collection runs (a
// mutating backend call from inside it: new objects, stores, bindings,
// gc state) makes the rest of the run depend on the order in which the
// collection ran bodies, and that order legitimately differs (heap order
// in reverse, LIFO worklists, vs 3.11's list orders). So does a gc.garbage
// whose order differs after a collection (a later `take_garbage X I` or
// `clear_garbage` sees it). Call K the first collection where either
// happened, in either run.
//   collections 1..K-1, and K if nothing but the gc.garbage order happened
//   there ("exact" collections), as sets/multisets, order ignored:
//     freed objects; __del__, tp_del and weakref-callback calls (multisets);
//     gc.garbage appends (multiset); weakrefs cleared before any callback;
//     callbacks queued; the unreachable and the legacy (uncollectable)
//     sets; the objects resurrected; the return value.
//   collection K when a body changed something there (so the rest of it is
//   order-dependent): only its pre-finalizer decisions — unreachable set,
//   legacy set, weakrefs cleared before any callback, callbacks queued.
//   Everything up to the first body call of a collection runs on equal
//   heaps in both modes, so these are exact.
//   every collection of the free-threaded run, K or not: its unreachable
//   and legacy sets, cleared weakrefs and queued callbacks against the
//   oracle's PredictCollection on the free-threaded heap at its start.
//   the classic run: the oracle's full check (oracle/collector_check.h).
//   the program as written (not normalised: automatic collections by
//   3.13t's rule, `collect 0`/`collect 1`) on the free-threaded mode
//   alone: every collection against PredictCollection as above.
// Documented differences allowed everywhere (collector/DESIGN.md):
//   untracking. 3.13t's update_refs untracks every exact tuple none of whose
//   items may be tracked, unreachable ones included; 3.11 untracks such
//   tuples only among the survivors, and untracks dicts with no trackable
//   value after full collections, which 3.13t never does. An object the
//   two modes disagree on for that reason alone (a tuple or dict all of
//   whose referents are tuples that are untracked or qualify themselves)
//   may be in one unreachable set and not the other, and then in one
//   gc.garbage append list (DEBUG_SAVEALL) and not the other; the return
//   values are then not compared (each mode counts its own set). The same
//   allowance applies against the oracle, which predicts 3.11's sets.
//   legacy objects held only by collectable garbage. 3.11 frees such a
//   tp_del object when delete_garbage clears its holders (tp_del runs,
//   callbacks of weakrefs to it run, what only it held dies); 3.13t's
//   legacy worklist holds a reference through delete_garbage, so it lands
//   in gc.garbage. Allowed: events only in the classic run on what the
//   legacy set reaches (frees, __del__, tp_del, callbacks of weakrefs to
//   it), gc.garbage appends of legacy objects only in the free-threaded
//   run; the return values are then not compared (the freed sets differ).
//   legacy weakrefs with a callback. 3.11 moves such a weakref out of
//   `finalizers` once its callback ran (not counted as uncollectable);
//   3.13t keeps it in its legacy worklist: return values not compared.
#ifndef GCFUZZ_DIFFERENTIAL_FT_CROSS_CHECK_H_
#define GCFUZZ_DIFFERENTIAL_FT_CROSS_CHECK_H_

#include <optional>
#include <string>

#include "gcops/ast.h"

namespace gcfuzz::differential {

struct FtDisagreement {
  // 1-based collection number, or 0 for a whole-run difference.
  int collection = 0;
  std::string what;    // short and stable: the SUMMARY detail
  std::string detail;  // both sides, ids and labels
  // Found in the run of the program as written (not the normalised one).
  bool unnormalized_run = false;
};

struct FtCrossStats {
  int collections = 0;         // in the shorter run
  int exact = 0;               // compared exactly
  int pre_finalizer_only = 0;  // collection K with a body effect
  int oracle_checked = 0;      // free-threaded collections vs the oracle
  int raw_oracle_checked = 0;  // the same, in the unnormalised run
};

// Normalises `program` and runs the cross-check on it, then runs
// `program` itself on the free-threaded mode against the oracle. The first
// disagreement, or nullopt. `normalized_out`, if given, receives the
// normalised program (what the runs executed).
std::optional<FtDisagreement> FtCrossCheck(
    const gcops::Program& program, FtCrossStats* stats = nullptr,
    gcops::Program* normalized_out = nullptr);

// The report (report/report.h) of kind `ft-cross-check`: what differed,
// the program that ran (`normalized`, or `original` for the unnormalised
// run), SUMMARY detail <what>; then abort.
[[noreturn]] void ReportFtDisagreement(const gcops::Program& original,
                                       const gcops::Program& normalized,
                                       const FtDisagreement& d);

}  // namespace gcfuzz::differential

#endif  // GCFUZZ_DIFFERENTIAL_FT_CROSS_CHECK_H_
