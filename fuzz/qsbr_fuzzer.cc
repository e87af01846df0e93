// fuzz/qsbr_fuzzer.cc — Qsbr, driven one operation at a time from a single
// thread, against the sequential QsbrReference (logical, unbounded time).
// The first bytes pick the starting write sequence (1, or just below
// UINT64_MAX so it wraps) and the slot limit (8, 16 or 32).
#include <cstdint>
#include <string>
#include <vector>

#include "freethreading/qsbr.h"
#include "freethreading/testing/op_stream.h"
#include "freethreading/testing/qsbr_reference.h"

namespace ft = gcfuzz::freethreading;
using ft::testing::QsbrReference;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ft::testing::OpStream in({data, size});
  const uint64_t start = in.Byte() % 2 ? ft::kQsbrInitial : ~(uint64_t{2} * in.Byte());
  const int32_t max_slots = 8 << in.Below(3);
  ft::Qsbr qsbr({.initial_seq = start, .max_slots = max_slots});
  QsbrReference ref(max_slots);
  std::vector<uint64_t> goals = {start};
  auto logical = [start](uint64_t seq) { return (seq - start) / 2; };
  while (!in.done()) {
    const int op = in.Below(10);
    const auto slots = ref.Registered(op == 2 || op == 1   ? ref.kOffline
                                      : op >= 3 && op <= 7 ? ref.kOnline
                                                           : ref.kAll);
    const int32_t s = slots.empty() ? -1 : in.Pick(slots);
    if (op != 0 && op != 5 && s < 0) continue;
    const uint64_t goal = in.Pick(goals);
    static const char* const kOps[] = {"reserve", "unregister", "attach",
        "detach", "quiescent", "advance", "deferred_advance", "poll",
        "goal_reached", "after_fork"};
    in.Log(std::string(kOps[op]) + " slot=" + std::to_string(s) +
           " goal=" + std::to_string(logical(goal)));
    if (op == 0) {
      const int32_t got = qsbr.Reserve();
      in.ExpectEq("qsbr-reserve", "slot index", got, ref.Reserve());
      if (got >= 0) qsbr.Register(got, got + 1), ref.Register(got);
    } else if (op == 1) {
      qsbr.Unregister(s), ref.Unregister(s);
    } else if (op == 2) {
      qsbr.Slot(s).Attach(), ref.Attach(s);
    } else if (op == 3) {
      qsbr.Slot(s).Detach(), ref.Detach(s);
    } else if (op == 4) {
      qsbr.Slot(s).QuiescentState(), ref.QuiescentState(s);
    } else if (op == 5 || op == 6) {
      goals.push_back(op == 5 ? qsbr.Advance() : qsbr.Slot(s).DeferredAdvance());
      in.ExpectEq("qsbr-advance", "goal", logical(goals.back()),
                  op == 5 ? ref.Advance() : ref.DeferredAdvance(s));
    } else if (op == 7) {
      in.ExpectEq("qsbr-poll", "Poll(goal)", qsbr.Slot(s).Poll(goal),
                  ref.Poll(logical(goal)));
    } else if (op == 8) {
      in.ExpectEq("qsbr-goal-reached", "GoalReached(goal)",
                  qsbr.Slot(s).GoalReached(goal), ref.GoalReached(logical(goal)));
    } else {
      qsbr.AfterFork(s), ref.AfterFork(s);
    }
    in.ExpectEq("qsbr-state", "wr_seq", logical(qsbr.Current()), ref.wr());
    in.ExpectEq("qsbr-state", "rd_seq", logical(qsbr.ReadSeq()), ref.rd());
    in.ExpectEq("qsbr-state", "capacity", qsbr.Capacity(), ref.capacity());
    for (int32_t i = 0; i < ref.capacity(); ++i) {
      const auto seen = ref.seen(i);
      in.ExpectEq("qsbr-state", "seq of slot " + std::to_string(i),
                  qsbr.Slot(i).seq(), seen ? start + 2 * *seen : ft::kQsbrOffline);
      in.ExpectEq("qsbr-state", "allocated slot " + std::to_string(i),
                  qsbr.IsAllocated(i), ref.allocated(i));
    }
  }
  return 0;
}
