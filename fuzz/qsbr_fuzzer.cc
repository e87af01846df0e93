// fuzz/qsbr_fuzzer.cc — Qsbr, driven one operation at a time from a single
// thread, against the sequential QsbrReference (logical, unbounded time).
// The first bytes pick the starting write sequence (1, or just below
// UINT64_MAX, to wrap) and the slot limit; goals are logged as (seq-start)/2.
#include <string>
#include <vector>

#include "freethreading/qsbr.h"
#include "freethreading/testing/op_stream.h"
#include "freethreading/testing/qsbr_reference.h"
#include "freethreading/testing/state_checks.h"

namespace ft = gcfuzz::freethreading;

using Ref = ft::testing::QsbrReference;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ft::testing::OpStream in({data, size});
  const uint64_t start =
      in.Byte() % 2 ? ft::kQsbrInitial : ~(uint64_t{2} * in.Byte());
  const int32_t max_slots = 8 << in.Below(3);
  ft::Qsbr qsbr({.initial_seq = start, .max_slots = max_slots});
  Ref ref(max_slots);
  std::vector<uint64_t> goals = {start};  // every goal issued so far
  auto logical = [start](uint64_t seq) { return (seq - start) / 2; };
  while (!in.done()) {
    const int op = in.Below(Ref::kOpCount);
    const std::vector<int32_t> slots = ref.SlotsFor(op);
    const int32_t s = slots.empty() ? -1 : in.Pick(slots);
    const uint64_t goal = in.Pick(goals);
    if (op != Ref::kReserve && op != Ref::kAdvance && s < 0) continue;
    in.Log(std::string(Ref::OpName(op)) + " slot " + std::to_string(s) +
           " goal " + std::to_string(logical(goal)));
    if (op == Ref::kReserve) {
      const int32_t got = qsbr.Reserve();
      in.ExpectEq("qsbr-reserve", "slot index", got, ref.Reserve());
      if (got >= 0) qsbr.Register(got, got + 1), ref.Register(got);
    } else if (op == Ref::kUnregister) {
      qsbr.Unregister(s), ref.Unregister(s);
    } else if (op == Ref::kAttach) {
      qsbr.Slot(s).Attach(), ref.Attach(s);
    } else if (op == Ref::kDetach) {
      qsbr.Slot(s).Detach(), ref.Detach(s);
    } else if (op == Ref::kQuiescent) {
      qsbr.Slot(s).QuiescentState(), ref.QuiescentState(s);
    } else if (op == Ref::kAdvance || op == Ref::kDeferredAdvance) {
      const bool now = op == Ref::kAdvance;
      goals.push_back(now ? qsbr.Advance() : qsbr.Slot(s).DeferredAdvance());
      in.ExpectEq("qsbr-advance", Ref::OpName(op), logical(goals.back()),
                  now ? ref.Advance() : ref.DeferredAdvance(s));
    } else if (op == Ref::kPoll || op == Ref::kGoalReached) {
      const bool scan = op == Ref::kPoll;
      ft::QsbrSlot& slot = qsbr.Slot(s);
      in.ExpectEq(
          "qsbr-poll", Ref::OpName(op),
          scan ? slot.Poll(goal) : slot.GoalReached(goal),
          scan ? ref.Poll(logical(goal)) : ref.GoalReached(logical(goal)));
    } else {
      qsbr.AfterFork(s), ref.AfterFork(s);
    }
    ft::testing::ExpectSameState(in, qsbr, ref, start);
  }
  return 0;
}
