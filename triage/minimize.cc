#include "triage/minimize.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "gcops/parser.h"
#include "gcops/printer.h"
#include "gcops/static_model.h"
#include "triage/files.h"
#include "triage/repro.h"

namespace gcfuzz::triage {
namespace {

using gcops::Item;
using gcops::NameId;
using gcops::Program;
using gcops::Stmt;

// A statement list inside a program: the top level (empty path) or the
// block of the statement reached by following `path` (indices into the
// top level, then into each block).
using BlockPath = std::vector<size_t>;

std::vector<Stmt>* ListAt(Program& p, const BlockPath& path) {
  std::vector<Stmt>* list = &p.stmts;
  for (size_t i : path) {
    if (i >= list->size() || !(*list)[i].has_block) return nullptr;
    list = &(*list)[i].block;
  }
  return list;
}

void CollectBlockPaths(const std::vector<Stmt>& list, BlockPath& prefix,
                       std::vector<BlockPath>* out) {
  for (size_t i = 0; i < list.size(); ++i) {
    if (!list[i].has_block) continue;
    prefix.push_back(i);
    out->push_back(prefix);
    CollectBlockPaths(list[i].block, prefix, out);
    prefix.pop_back();
  }
}

bool ItemMentions(const Item& it, NameId name) {
  return (it.kind == Item::Kind::kName ||
          (it.kind == Item::Kind::kPath && !it.base_self)) &&
         it.name == name;
}

// Whether `s` itself (not its block) mentions `name`.
bool MentionsDirectly(const Stmt& s, NameId name) {
  if (s.name == name) return true;
  if (!s.base.is_self && s.base.name == name &&
      (s.op == gcops::Op::kSet || s.op == gcops::Op::kClear ||
       s.op == gcops::Op::kAppend)) {
    return true;
  }
  for (const Item& it : s.items) {
    if (ItemMentions(it, name)) return true;
  }
  if (s.op == gcops::Op::kExpect) {
    for (const auto& l : s.expect.labels) {
      if (l.name == name) return true;
    }
    for (const auto& e : s.expect.events) {
      if (gcops::Info(e.kind).args == gcops::EventArgs::kLabel &&
          e.label.name == name) {
        return true;
      }
    }
  }
  return false;
}

void DropMentions(std::vector<Stmt>& list, NameId name) {
  std::erase_if(list, [&](const Stmt& s) { return MentionsDirectly(s, name); });
  for (Stmt& s : list) DropMentions(s.block, name);
}

// The k-th item of the program in pre-order, or nullptr.
Item* NthItem(std::vector<Stmt>& list, size_t& k) {
  for (Stmt& s : list) {
    for (Item& it : s.items) {
      if (k == 0) return &it;
      --k;
    }
    if (Item* found = NthItem(s.block, k)) return found;
  }
  return nullptr;
}

// The top-level statements a candidate must keep: their lines and
// canonical text in the (valid) start program.
class KeptStatements {
 public:
  KeptStatements(const Program& start, const std::vector<uint32_t>& lines) {
    const std::set<uint32_t> wanted(lines.begin(), lines.end());
    for (const Stmt& s : start.stmts) {
      if (wanted.count(s.loc.line) > 0) {
        text_[s.loc.line] = gcops::PrintStmt(start, s);
      }
    }
  }
  // Whether `s`, a top-level statement, is one of them (by its line).
  bool Marks(const Stmt& s) const { return text_.count(s.loc.line) > 0; }
  // Whether every one of them is in `p`, unchanged.
  bool AllIn(const Program& p) const {
    size_t found = 0;
    for (const Stmt& s : p.stmts) {
      auto it = text_.find(s.loc.line);
      if (it != text_.end() && gcops::PrintStmt(p, s) == it->second) ++found;
    }
    return found == text_.size();
  }

 private:
  std::map<uint32_t, std::string> text_;  // line -> canonical text
};

class Reducer {
 public:
  Reducer(Program start, const ProgramPredicate& keep,
          const MinimizeOptions& options, MinimizeStats* stats)
      : best_(std::move(start)),
        keep_(keep),
        options_(options),
        stats_(stats),
        kept_(best_, options.keep_lines) {}

  const Program& best() const { return best_; }

  // Tests a candidate (made valid first); adopts it when the predicate
  // holds.
  bool Try(Program candidate) {
    if (!MakeValidCandidate(candidate) || candidate == best_ ||
        !kept_.AllIn(candidate)) {
      return false;
    }
    if (stats_->tests >= options_.max_tests) {
      stats_->budget_exhausted = true;
      return false;
    }
    ++stats_->tests;
    if (!keep_(candidate)) return false;
    ++stats_->accepted;
    best_ = std::move(candidate);
    return true;
  }

  void Run() {
    bool changed = true;
    while (changed && !stats_->budget_exhausted) {
      ++stats_->rounds;
      changed = false;
      changed |= Ddmin({});
      changed |= ReduceBlocks();
      changed |= DropObjects();
      changed |= ShrinkClasses();
      changed |= SimplifyItems();
      changed |= DropExpectations();
    }
  }

 private:
  // ddmin over one statement list: try removing each of n chunks; on
  // success keep going with n-1 chunks, else double n until chunks are
  // single statements.
  bool Ddmin(const BlockPath& path) {
    bool changed = false;
    size_t n = 2;
    while (!stats_->budget_exhausted) {
      std::vector<Stmt>* list = ListAt(best_, path);
      if (list == nullptr || list->empty()) return changed;
      const size_t size = list->size();
      n = std::min(n, size);
      const size_t chunk = (size + n - 1) / n;
      bool reduced = false;
      for (size_t from = 0; from < size && !reduced; from += chunk) {
        Program c = best_;
        std::vector<Stmt>* l = ListAt(c, path);
        const auto end = l->begin() + std::min(size, from + chunk);
        // Kept statements stay at the top level, whatever the chunk.
        l->erase(std::remove_if(l->begin() + from, end,
                                [&](const Stmt& s) {
                                  return !path.empty() || !kept_.Marks(s);
                                }),
                 end);
        reduced = Try(std::move(c));
      }
      if (reduced) {
        changed = true;
        n = std::max<size_t>(n - 1, 2);
        continue;
      }
      if (n >= size) return changed;
      n = std::min(size, n * 2);
    }
    return changed;
  }

  bool ReduceBlocks() {
    bool changed = false;
    for (size_t k = 0;; ++k) {
      std::vector<BlockPath> paths;
      BlockPath prefix;
      CollectBlockPaths(best_.stmts, prefix, &paths);
      if (k >= paths.size() || stats_->budget_exhausted) break;
      changed |= Ddmin(paths[k]);
    }
    return changed;
  }

  bool DropObjects() {
    bool changed = false;
    const std::vector<std::string> names = best_.names;
    for (const std::string& name : names) {
      auto it = std::find(best_.names.begin(), best_.names.end(), name);
      if (it == best_.names.end()) continue;
      Program c = best_;
      DropMentions(c.stmts, static_cast<NameId>(it - best_.names.begin()));
      changed |= Try(std::move(c));
    }
    return changed;
  }

  bool ShrinkClasses() {
    bool changed = false;
    for (size_t ci = 0; ci < best_.classes.size(); ++ci) {
      for (int slots = 0;
           ci < best_.classes.size() && slots < best_.classes[ci].slots;
           ++slots) {
        Program c = best_;
        c.classes[ci].slots = slots;
        if (Try(std::move(c))) {
          changed = true;
          break;
        }
      }
      for (int flag = 0; flag < 3 && ci < best_.classes.size(); ++flag) {
        Program c = best_;
        gcops::ClassDecl& d = c.classes[ci];
        bool& f = flag == 0   ? d.has_del
                  : flag == 1 ? d.has_tp_del
                              : d.noweakref;
        if (!f) continue;
        f = false;
        changed |= Try(std::move(c));
      }
    }
    return changed;
  }

  bool SimplifyItems() {
    bool changed = false;
    for (size_t k = 0;; ++k) {
      Program c = best_;
      size_t left = k;
      Item* it = NthItem(c.stmts, left);
      if (it == nullptr || stats_->budget_exhausted) break;
      if (it->kind == Item::Kind::kNone) continue;
      *it = Item{};
      changed |= Try(std::move(c));
    }
    return changed;
  }

  bool DropExpectations() {
    bool changed = false;
    for (size_t i = best_.stmts.size(); i-- > 0;) {
      if (i >= best_.stmts.size() || best_.stmts[i].op != gcops::Op::kExpect) {
        continue;
      }
      Program c = best_;
      c.stmts.erase(c.stmts.begin() + i);
      changed |= Try(std::move(c));
    }
    return changed;
  }

  Program best_;
  const ProgramPredicate& keep_;
  const MinimizeOptions& options_;
  MinimizeStats* stats_;
  const KeptStatements kept_;
};

void RemapClasses(std::vector<Stmt>& list, const std::vector<int>& to) {
  for (Stmt& s : list) {
    if (s.op == gcops::Op::kNew || s.op == gcops::Op::kClass) {
      s.cls = static_cast<gcops::ClassId>(to[s.cls]);
    }
    RemapClasses(s.block, to);
  }
}

// Drops the declarations of classes whose `class` statement was removed, and
// renumbers the rest in declaration order (what the parser would give).
// Runs after Repair, so no `new` refers to an undeclared class any more.
void PruneClasses(Program& p) {
  std::vector<int> to(p.classes.size(), 0);
  std::vector<gcops::ClassDecl> kept;
  for (const Stmt& s : p.stmts) {
    if (s.op != gcops::Op::kClass || s.cls >= p.classes.size()) continue;
    to[s.cls] = static_cast<int>(kept.size());
    kept.push_back(p.classes[s.cls]);
  }
  RemapClasses(p.stmts, to);
  p.classes = std::move(kept);
}

}  // namespace

bool MakeValidCandidate(Program& program) {
  gcops::Repair(program);
  PruneClasses(program);
  gcops::Canonicalize(program);
  Program again;
  gcops::ParseError error;
  if (!gcops::Parse(gcops::Print(program), "<candidate>", &again, &error)) {
    return false;
  }
  return again == program;
}

std::optional<Program> Minimize(const Program& program,
                                const ProgramPredicate& keep,
                                const MinimizeOptions& options,
                                MinimizeStats* stats) {
  MinimizeStats local;
  MinimizeStats* s = stats != nullptr ? stats : &local;
  *s = MinimizeStats{};
  Program start = program;
  s->statements_before = gcops::CountStatements(start);
  if (!MakeValidCandidate(start)) return std::nullopt;
  ++s->tests;
  if (!keep(start)) return std::nullopt;
  Reducer r(std::move(start), keep, options, s);
  r.Run();
  s->statements_after = gcops::CountStatements(r.best());
  return r.best();
}

namespace {}  // namespace

// The lines `--keep` names, each with a top-level statement of `p`; nullopt
// after the one usage-error line naming the first line without one.
std::optional<std::vector<uint32_t>> KeepLines(
    const Program& p, const std::vector<cli::LineRange>& ranges,
    const std::string& file) {
  std::set<uint32_t> lines;
  for (const Stmt& s : p.stmts) lines.insert(s.loc.line);
  std::vector<uint32_t> keep;
  for (const cli::LineRange& r : ranges) {
    // Stops at the first line without a statement, so a huge range costs
    // no more than the program has lines.
    for (uint64_t line = r.first; line <= r.last; ++line) {
      if (lines.count(static_cast<uint32_t>(line)) == 0) {
        cli::UsageError("minimize", "--keep: " + file +
                                        " has no top-level statement on "
                                        "line " +
                                        std::to_string(line));
        return std::nullopt;
      }
      keep.push_back(static_cast<uint32_t>(line));
    }
  }
  return keep;
}

int MinimizeCommand(const cli::MinimizeFlags& flags) {
  const std::string& file = flags.file;
  const std::string out = flags.out.value_or("");
  auto loaded = LoadProgramFile(file);
  if (!loaded) return 2;
  if (!loaded->from_text) {
    // A crash file's lines are those of `gcfuzz decode`: one statement each.
    for (size_t i = 0; i < loaded->program.stmts.size(); ++i) {
      loaded->program.stmts[i].loc.line = static_cast<uint32_t>(i + 1);
    }
  }
  MinimizeOptions minimize;
  if (auto keep = KeepLines(loaded->program, flags.keep, file)) {
    minimize.keep_lines = std::move(*keep);
  } else {
    return 2;
  }
  ReproOptions options;
  options.file = file;
  // One --backend (collector@V): repro's signature on that profile, as
  // a collector_fuzzer finding names it.
  if (flags.backend) options.backends = {*flags.backend};
  const Verdict original = JudgeProgram(loaded->program, options).verdict;
  if (original.ok()) {
    std::cerr << "gcfuzz minimize: " << file
              << " reproduces nothing (verdict ok): nothing to keep\n";
    return 2;
  }
  // Oracle mismatches and divergences are judged before nondeterminism, so
  // the second collector run cannot change their verdict: skip it.
  options.check_determinism = original.kind != VerdictKind::kOracleMismatch &&
                              original.kind != VerdictKind::kDivergence;
  const ProgramPredicate same_signature = [&](const Program& p) {
    return JudgeProgram(p, options).verdict.signature == original.signature;
  };
  MinimizeStats stats;
  auto result = Minimize(loaded->program, same_signature, minimize, &stats);
  if (!result) {
    std::cerr << "gcfuzz minimize: the canonical form of " << file
              << " does not keep its signature\n";
    return 2;
  }
  const std::string text = gcops::Print(*result);
  if (out.empty()) {
    std::cout << text;
  } else {
    if (!WriteOutputFile(out, text)) return 2;
  }
  std::cerr << "gcfuzz minimize: kept signature: " << original.signature
            << "\ngcfuzz minimize: " << stats.statements_before << " -> "
            << stats.statements_after << " statements (" << stats.tests
            << " runs" << (stats.budget_exhausted ? ", budget exhausted" : "")
            << ")\n";
  if (original.kind == VerdictKind::kExpectationFailed) {
    std::cerr << "gcfuzz minimize: note: the signature is one failed "
                 "expectation, so only what makes it fail is kept; the rest "
                 "of the program's structure (other objects, expectations, "
                 "bodies) is dropped by design (--keep LINES keeps "
                 "statements)\n";
  }
  return 0;
}

}  // namespace gcfuzz::triage
