// differential/ft_normalize.h — rewrites a gcops program so that the classic
// and the free-threaded collector modes see the very same collections.
//
// What it provides: NormalizeForFtCrossCheck. The two modes schedule
// automatic collections differently (3.11's generations vs 3.13t's
// young.count) and collect different sets for `collect 0`/`collect 1`
// (the free-threaded mode always walks the whole heap), so a program is
// compared in a form where every collection is an explicit full one:
//   - `disable` is prepended: no automatic collection ever runs;
//   - every `enable` and `threshold` is dropped, bodies included;
//   - every `collect [G]` becomes `collect 2`, bodies included;
//   - every top-level `expect` is dropped: expectations read generations,
//     counts, stats and event order, which legitimately differ between
//     the modes; the cross-check compares the runs itself.
// Everything else (bodies, debug flags, freeze, gc.callbacks, gc.garbage
// statements) is kept. The result is canonical (gcops::Canonicalize) and
// normalising it again changes nothing.
#ifndef GCFUZZ_DIFFERENTIAL_FT_NORMALIZE_H_
#define GCFUZZ_DIFFERENTIAL_FT_NORMALIZE_H_

#include "gcops/ast.h"

namespace gcfuzz::differential {

gcops::Program NormalizeForFtCrossCheck(gcops::Program program);

}  // namespace gcfuzz::differential

#endif  // GCFUZZ_DIFFERENTIAL_FT_NORMALIZE_H_
