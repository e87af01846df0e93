#include "differential/ft_normalize.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace gcfuzz::differential {

namespace {

bool Dropped(const gcops::Stmt& s) {
  return s.op == gcops::Op::kEnable || s.op == gcops::Op::kThreshold ||
         s.op == gcops::Op::kExpect;
}

void NormalizeBlock(std::vector<gcops::Stmt>& stmts) {
  std::erase_if(stmts, Dropped);
  for (gcops::Stmt& s : stmts) {
    if (s.op == gcops::Op::kCollect) {
      s.has_int = true;
      s.int_arg = 2;
    }
    NormalizeBlock(s.block);
  }
}

}  // namespace

gcops::Program NormalizeForFtCrossCheck(gcops::Program program) {
  NormalizeBlock(program.stmts);
  // One leading `disable` (a program normalised before already has it).
  const bool has_leading_disable =
      !program.stmts.empty() && program.stmts.front().op == gcops::Op::kDisable;
  if (!has_leading_disable) {
    gcops::Stmt disable;
    disable.op = gcops::Op::kDisable;
    program.stmts.insert(program.stmts.begin(), std::move(disable));
  }
  gcops::Canonicalize(program);
  return program;
}

}  // namespace gcfuzz::differential
