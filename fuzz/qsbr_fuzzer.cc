// fuzz/qsbr_fuzzer.cc — Qsbr, driven one operation at a time from a single
// thread, against the sequential QsbrReference (logical, unbounded time).
// The first bytes pick the starting write sequence (1, or just below
// UINT64_MAX so it wraps) and the slot limit (8, 16 or 32). Sequence values
// are logged and compared in logical time: (seq - start) / 2.
#include <string>
#include <vector>

#include "freethreading/qsbr.h"
#include "freethreading/testing/op_stream.h"
#include "freethreading/testing/qsbr_reference.h"
#include "freethreading/testing/state_checks.h"

namespace ft = gcfuzz::freethreading;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ft::testing::OpStream in({data, size});
  const uint64_t start = in.Byte() % 2 ? ft::kQsbrInitial : ~(uint64_t{2} * in.Byte());
  const int32_t max_slots = 8 << in.Below(3);
  ft::Qsbr qsbr({.initial_seq = start, .max_slots = max_slots});
  ft::testing::QsbrReference ref(max_slots);
  std::vector<uint64_t> goals = {start};  // every goal issued so far
  auto logical = [start](uint64_t seq) { return (seq - start) / 2; };
  static const char* const kOps[] = {"reserve", "unregister", "attach", "detach",
      "quiescent", "advance", "deferred_advance", "poll", "goal_reached", "after_fork"};
  while (!in.done()) {
    const int op = in.Below(10);  // which slots each operation may act on:
    const auto slots = ref.Registered(op == 1 || op == 2 ? ref.kOffline
                                      : op >= 3 && op <= 7 ? ref.kOnline : ref.kAll);
    const int32_t s = slots.empty() ? -1 : in.Pick(slots);
    const uint64_t goal = in.Pick(goals);
    if (op != 0 && op != 5 && s < 0) continue;
    in.Log(std::string(kOps[op]) + " slot " + std::to_string(s) + " goal " +
           std::to_string(logical(goal)) + " (wr " + std::to_string(ref.wr()) + ")");
    if (op == 0) {
      const int32_t got = qsbr.Reserve();
      in.ExpectEq("qsbr-reserve", "slot index", got, ref.Reserve());
      if (got >= 0) qsbr.Register(got, got + 1), ref.Register(got);
    } else if (op == 1) {
      qsbr.Unregister(s), ref.Unregister(s);
    } else if (op == 2 || op == 3 || op == 4) {
      ft::QsbrSlot& slot = qsbr.Slot(s);
      op == 2 ? (slot.Attach(), ref.Attach(s)) : op == 3 ? (slot.Detach(), ref.Detach(s))
                                                : (slot.QuiescentState(), ref.QuiescentState(s));
    } else if (op == 5 || op == 6) {
      goals.push_back(op == 5 ? qsbr.Advance() : qsbr.Slot(s).DeferredAdvance());
      in.ExpectEq("qsbr-advance", kOps[op], logical(goals.back()),
                  op == 5 ? ref.Advance() : ref.DeferredAdvance(s));
    } else if (op == 7) {
      in.ExpectEq("qsbr-poll", "Poll", qsbr.Slot(s).Poll(goal), ref.Poll(logical(goal)));
    } else if (op == 8) {
      in.ExpectEq("qsbr-goal-reached", "GoalReached", qsbr.Slot(s).GoalReached(goal),
                  ref.GoalReached(logical(goal)));
    } else {
      qsbr.AfterFork(s), ref.AfterFork(s);
    }
    ft::testing::ExpectSameState(in, qsbr, ref, start);
  }
  return 0;
}
