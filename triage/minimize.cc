#include "triage/minimize.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
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

class Reducer {
 public:
  Reducer(Program start, const ProgramPredicate& keep,
          const MinimizeOptions& options, MinimizeStats* stats)
      : best_(std::move(start)),
        keep_(keep),
        options_(options),
        stats_(stats) {}

  const Program& best() const { return best_; }

  // Tests a candidate (made valid first); adopts it when the predicate
  // holds.
  bool Try(Program candidate) {
    if (!MakeValidCandidate(candidate) || candidate == best_) return false;
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
        l->erase(l->begin() + from, l->begin() + std::min(size, from + chunk));
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

int MinimizeCommand(const cli::MinimizeFlags& flags) {
  const std::string& file = flags.file;
  const std::string out = flags.out.value_or("");
  const auto loaded_file = LoadProgramFile(file);
  if (!loaded_file) return 2;
  const LoadedProgram& loaded = *loaded_file;
  ReproOptions options;
  options.file = file;
  const Verdict original = JudgeProgram(loaded.program, options).verdict;
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
  auto result = Minimize(loaded.program, same_signature, {}, &stats);
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
  std::cerr << "gcfuzz minimize: " << stats.statements_before << " -> "
            << stats.statements_after << " statements (" << stats.tests
            << " runs" << (stats.budget_exhausted ? ", budget exhausted" : "")
            << ")\nkept: " << original.signature << "\n";
  return 0;
}

}  // namespace gcfuzz::triage
