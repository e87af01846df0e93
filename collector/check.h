// collector/check.h — the collector's three tiers of internal checks.
//
//   GCFUZZ_DCHECK(cond)          cheap precondition; compiled out unless the
//                                build defines GCFUZZ_VERIFY (the
//                                gcfuzz::verify interface target does).
//   GCFUZZ_CHECK(cond, msg)      always on; aborts with a message.
//   GCFUZZ_CHECK_OBJ(cond, obj, msg)
//                                always on; prints the object (label id,
//                                kind, refcount, header flags) first, so a
//                                crash report names the object involved.
//
// Fuzz input never reaches these: the runner rejects misuse before calling
// the backend. A failed check is a bug in the collector (or in the runner's
// contract), never a property of the program.
#ifndef GCFUZZ_COLLECTOR_CHECK_H_
#define GCFUZZ_COLLECTOR_CHECK_H_

namespace gcfuzz::collector {

struct Object;

// Prints the report (report/report.h) of kind `collector-check`: the failed
// check, the object's description (if any) and the source location; then
// aborts.
[[noreturn]] void CheckFailed(const char* expr, const char* msg,
                              const Object* obj, const char* file, int line);

}  // namespace gcfuzz::collector

#define GCFUZZ_CHECK(cond, msg)                                       \
  do {                                                                \
    if (!(cond)) [[unlikely]]                                         \
      ::gcfuzz::collector::CheckFailed(#cond, msg, nullptr, __FILE__, \
                                       __LINE__);                     \
  } while (0)

#define GCFUZZ_CHECK_OBJ(cond, obj, msg)                                       \
  do {                                                                         \
    if (!(cond)) [[unlikely]]                                                  \
      ::gcfuzz::collector::CheckFailed(#cond, msg, (obj), __FILE__, __LINE__); \
  } while (0)

#if defined(GCFUZZ_VERIFY) && GCFUZZ_VERIFY
#define GCFUZZ_DCHECK(cond) GCFUZZ_CHECK(cond, "internal precondition")
#define GCFUZZ_DCHECK_OBJ(cond, obj) \
  GCFUZZ_CHECK_OBJ(cond, obj, "internal precondition")
#else
#define GCFUZZ_DCHECK(cond) \
  do {                      \
  } while (false && (cond))
#define GCFUZZ_DCHECK_OBJ(cond, obj) \
  do {                               \
  } while (false && (cond) && (obj))
#endif

#endif  // GCFUZZ_COLLECTOR_CHECK_H_
