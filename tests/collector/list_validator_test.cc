// tests/collector/list_validator_test.cc — a classic collection validates
// its lists at CPython 3.11's validate_list boundaries (collect.cc), and
// ValidateList (gc_header.h) catches a header that breaks the state its
// list must be in. The corruption is planted through Heap's
// list_check_hook_for_testing, called just before each validation.
#include <functional>
#include <string>
#include <vector>

#include "tests/collector/collector_test_support.h"

namespace gcfuzz::collector::testing {
namespace {

#if defined(GCFUZZ_VERIFY) && GCFUZZ_VERIFY
constexpr bool kValidatorsOn = true;
#else
constexpr bool kValidatorsOn = false;
#endif

// Members of `list`, which may be in the unreachable state.
int64_t Members(const GcHead* list) {
  int64_t n = 0;
  for (const GcHead* g = NextPtr(list); g != list; g = NextPtr(g)) ++n;
  return n;
}

// "T3": state (T tracked, C counting, U unreachable, UU unmasked) and size.
std::string Describe(ListState state, const GcHead* list) {
  const char* s = state == ListState::kTracked       ? "T"
                  : state == ListState::kCounting    ? "C"
                  : state == ListState::kUnreachable ? "U"
                                                     : "UU";
  return s + std::to_string(Members(list));
}

class ListValidation : public CollectorFixture {
 protected:
  void SetUp() override {
    if (!kValidatorsOn)
      GTEST_SKIP() << "list validators run in GCFUZZ_VERIFY builds only";
  }
  Heap& heap() { return backend_.heap(); }

  // A reachable object and a dropped 2-cycle a <-> b (with __del__ if
  // `del`), all in generation 0.
  void MakeCycleAndKeeper(bool del) {
    Class("N", 1, del);
    Start();
    New("keep", "N");
    New("a", "N");
    New("b", "N");
    Set("a", 0, "b");
    Set("b", 0, "a");
    Del("a");
    Del("b");
  }

  // Every validation of a collection of `gen`, in order, as Describe text.
  std::vector<std::string> RecordValidations(int gen = 2) {
    std::vector<std::string> seen;
    heap().set_list_check_hook_for_testing(
        [&seen](GcHead* list, ListState state) {
          seen.push_back(Describe(state, list));
        });
    Collect(gen);
    heap().set_list_check_hook_for_testing(nullptr);
    return seen;
  }

  // Makes the hook run `corrupt` on the first non-empty list validated in
  // `target` state (once), then collects: the validator must abort.
  void CollectCorrupting(ListState target,
                         std::function<void(GcHead* list)> corrupt) {
    bool done = false;
    heap().set_list_check_hook_for_testing(
        [=, &done](GcHead* list, ListState state) {
          if (done || state != target || Members(list) == 0) return;
          done = true;
          corrupt(list);
        });
    Collect();
  }
};

TEST_F(ListValidation, FullCollectionValidatesAtEachCPythonBoundaryInOrder) {
  MakeCycleAndKeeper(/*del=*/false);
  EXPECT_EQ(RecordValidations(),
            (std::vector<std::string>{
                "T3",         // old (gen2, merged) at entry
                "T3", "C3",   // deduce_unreachable: in, counting
                "T1", "U2",   // ... out: young, unreachable
                "T0", "UU2",  // after the legacy split
                "T1", "UU2",  // after handle_weakrefs
                "UU2",        // final_unreachable (no code ran)
                "T1",         // old at the end
            }));
}

TEST_F(ListValidation, ResurrectionPassValidatesItsOwnDeduceUnreachable) {
  MakeCycleAndKeeper(/*del=*/true);  // __del__ runs: the full pass is needed
  const std::vector<std::string> first_pass = {"T3", "T3",  "C3", "T1", "U2",
                                               "T0", "UU2", "T1", "UU2"};
  const std::vector<std::string> second_deduce = {"T2", "C2", "T0", "U2"};
  const std::vector<std::string> end = {"UU2", "T1"};
  std::vector<std::string> expected = first_pass;
  expected.insert(expected.end(), second_deduce.begin(), second_deduce.end());
  expected.insert(expected.end(), end.begin(), end.end());
  EXPECT_EQ(RecordValidations(), expected);
}

TEST_F(ListValidation, YoungCollectionValidatesTheNextGenerationAsOld) {
  MakeCycleAndKeeper(/*del=*/false);
  // old is generation 1: empty at entry, the survivor after the merge.
  EXPECT_EQ(RecordValidations(/*gen=*/0),
            (std::vector<std::string>{"T0", "T3", "C3", "T1", "U2", "T0", "UU2",
                                      "T1", "UU2", "UU2", "T1"}));
}

using ListValidationDeathTest = ListValidation;

TEST_F(ListValidationDeathTest, TrackedListMemberCarryingCollectingIsCaught) {
  MakeCycleAndKeeper(/*del=*/false);
  EXPECT_DEATH(CollectCorrupting(
                   ListState::kTracked,
                   [](GcHead* list) { Next(list)->prev |= kPrevCollecting; }),
               "list in state 'tracked': member with COLLECTING");
}

TEST_F(ListValidationDeathTest,
       TrackedListMemberWhosePrevIsNotItsPredecessorIsCaught) {
  MakeCycleAndKeeper(/*del=*/false);
  EXPECT_DEATH(CollectCorrupting(ListState::kTracked,
                                 [](GcHead* list) {
                                   GcHead* second = Next(Next(list));
                                   SetPrev(second, second);
                                 }),
               "list in state 'tracked': prev is not the member before it");
}

TEST_F(ListValidationDeathTest, ListHeadCarryingAFlagIsCaught) {
  MakeCycleAndKeeper(/*del=*/false);
  EXPECT_DEATH(
      CollectCorrupting(ListState::kTracked,
                        [](GcHead* list) { list->prev |= kPrevCollecting; }),
      "list in state 'tracked': list head carries flag bits");
}

TEST_F(ListValidationDeathTest, CountingMemberWithoutCollectingIsCaught) {
  MakeCycleAndKeeper(/*del=*/false);
  EXPECT_DEATH(
      CollectCorrupting(ListState::kCounting,
                        [](GcHead* list) { ClearCollecting(Next(list)); }),
      "list in state 'counting': member without COLLECTING");
}

TEST_F(ListValidationDeathTest,
       CountingMemberWithGcRefsAboveItsRefcountIsCaught) {
  MakeCycleAndKeeper(/*del=*/false);
  EXPECT_DEATH(CollectCorrupting(ListState::kCounting,
                                 [](GcHead* list) {
                                   GcHead* g = Next(list);
                                   SetRefs(g, FromGc(g)->refcnt + 1);
                                 }),
               "list in state 'counting': gc_refs above the refcount");
}

TEST_F(ListValidationDeathTest,
       CountingListWhoseNextLinksCycleWithoutTheHeadIsCaught) {
  MakeCycleAndKeeper(/*del=*/false);
  // prev holds gc_refs here, so only the cycle finder can stop the walk.
  EXPECT_DEATH(CollectCorrupting(ListState::kCounting,
                                 [](GcHead* list) {
                                   GcHead* last = Prev(list);
                                   SetNext(last, Next(list));
                                 }),
               "list in state 'counting': list does not return to its head");
}

TEST_F(ListValidationDeathTest,
       UnreachableMemberWithoutNextUnreachableIsCaught) {
  MakeCycleAndKeeper(/*del=*/false);
  EXPECT_DEATH(CollectCorrupting(
                   ListState::kUnreachable,
                   [](GcHead* list) { Next(list)->next &= ~kNextUnreachable; }),
               "list in state 'unreachable': member without NEXT_UNREACHABLE");
}

TEST_F(ListValidationDeathTest, UnreachableMemberWithoutCollectingIsCaught) {
  MakeCycleAndKeeper(/*del=*/false);
  EXPECT_DEATH(
      CollectCorrupting(ListState::kUnreachable,
                        [](GcHead* list) { ClearCollecting(Next(list)); }),
      "list in state 'unreachable': member without COLLECTING");
}

TEST_F(ListValidationDeathTest,
       UnmaskedUnreachableMemberWithNextUnreachableIsCaught) {
  MakeCycleAndKeeper(/*del=*/false);
  EXPECT_DEATH(
      CollectCorrupting(
          ListState::kUnreachableUnmasked,
          [](GcHead* list) { Next(list)->next |= kNextUnreachable; }),
      "list in state 'unreachable, unmasked': member with NEXT_UNREACHABLE");
}

TEST_F(ListValidationDeathTest,
       UnmaskedUnreachableMemberWithRefcountZeroIsCaught) {
  MakeCycleAndKeeper(/*del=*/false);
  EXPECT_DEATH(
      CollectCorrupting(ListState::kUnreachableUnmasked,
                        [](GcHead* list) { FromGc(Next(list))->refcnt = 0; }),
      "list in state 'unreachable, unmasked': member with refcount <= 0");
}

}  // namespace
}  // namespace gcfuzz::collector::testing
