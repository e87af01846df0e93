// freethreading/check.h — contract checks for the free-threading models.
//
// The models in this folder (QSBR, index pool, unique-id pool) are called by
// fuzz harnesses and tests that only ever make legal calls; an illegal call
// (detaching a slot that is not attached, freeing an index twice, ...) is a
// bug in the caller. CPython guards these with assert(); we keep them on in
// every build, because they are cheap and because a model that silently
// accepts misuse would hide bugs in the harnesses that drive it.
//
//   GCFUZZ_FT_CHECK(cond, msg)   always on; prints the report
//                                (report/report.h) of kind
//                                `contract-violation` with the condition,
//                                the message and the source location, then
//                                aborts.
#ifndef GCFUZZ_FREETHREADING_CHECK_H_
#define GCFUZZ_FREETHREADING_CHECK_H_

namespace gcfuzz::freethreading {

[[noreturn]] void ContractViolated(const char* expr, const char* msg,
                                   const char* file, int line);

}  // namespace gcfuzz::freethreading

#define GCFUZZ_FT_CHECK(cond, msg)                                    \
  do {                                                                \
    if (!(cond)) [[unlikely]]                                         \
      ::gcfuzz::freethreading::ContractViolated(#cond, msg, __FILE__, \
                                                __LINE__);            \
  } while (0)

#endif  // GCFUZZ_FREETHREADING_CHECK_H_
