#include "gcops/ast.h"

#include <array>

namespace gcfuzz::gcops {
namespace {

constexpr StmtInfo kStmtTable[] = {
#define GCOPS_STMT(id, keyword, shape, scope) \
  {Op::id, keyword, Shape::shape, Scope::scope},
#include "gcops/statements.def"
#undef GCOPS_STMT
};

constexpr ExpectInfo kExpectTable[] = {
#define GCOPS_EXPECT(id, keyword, args) \
  {ExpectKind::id, keyword, ExpectArgs::args},
#include "gcops/expectations.def"
#undef GCOPS_EXPECT
};

constexpr EventInfo kEventTable[] = {
#define GCOPS_EVENT(id, keyword, args) \
  {EventKind::id, keyword, EventArgs::args},
#include "gcops/events.def"
#undef GCOPS_EVENT
};

// Visits every NameId in canonical-text order, nested bodies included.
template <typename F>
void ForEachName(Stmt& s, F& f) {
  auto item = [&](Item& it) {
    if (it.kind == Item::Kind::kName ||
        (it.kind == Item::Kind::kPath && !it.base_self)) {
      f(it.name);
    }
  };
  const Shape shape = Info(s.op).shape;
  switch (shape) {
    case Shape::kPathItem:
    case Shape::kPath:
    case Shape::kBaseItem:
      if (!s.base.is_self) f(s.base.name);
      break;
    case Shape::kExpectation:
      break;
    default:
      if (s.name != kNoName) f(s.name);
      break;
  }
  for (Item& it : s.items) item(it);
  if (shape == Shape::kExpectation) {
    for (Label& l : s.expect.labels) f(l.name);
    for (EventPattern& e : s.expect.events) {
      if (Info(e.kind).args == EventArgs::kLabel) f(e.label.name);
    }
  }
  for (Stmt& b : s.block) ForEachName(b, f);
}

size_t CountIn(const std::vector<Stmt>& stmts) {
  size_t n = 0;
  for (const Stmt& s : stmts) n += 1 + CountIn(s.block);
  return n;
}

}  // namespace

const StmtInfo& Info(Op op) { return kStmtTable[static_cast<size_t>(op)]; }
const ExpectInfo& Info(ExpectKind kind) {
  return kExpectTable[static_cast<size_t>(kind)];
}
const EventInfo& Info(EventKind kind) {
  return kEventTable[static_cast<size_t>(kind)];
}
size_t NumOps() { return std::size(kStmtTable); }
size_t NumExpectKinds() { return std::size(kExpectTable); }
size_t NumEventKinds() { return std::size(kEventTable); }

bool Stmt::operator==(const Stmt& o) const {
  return op == o.op && name == o.name && base == o.base && cls == o.cls &&
         index == o.index && has_int == o.has_int && int_arg == o.int_arg &&
         items == o.items && ints == o.ints && debug_flags == o.debug_flags &&
         has_block == o.has_block && block == o.block && expect == o.expect;
}

NameId Program::Intern(const std::string& name) {
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return static_cast<NameId>(i);
  }
  names.push_back(name);
  return static_cast<NameId>(names.size() - 1);
}

void Canonicalize(Program& program) {
  std::vector<NameId> remap(program.names.size(), kNoName);
  std::vector<std::string> names;
  auto visit = [&](NameId& id) {
    if (id == kNoName || id >= remap.size()) return;
    if (remap[id] == kNoName) {
      remap[id] = static_cast<NameId>(names.size());
      names.push_back(program.names[id]);
    }
    id = remap[id];
  };
  for (Stmt& s : program.stmts) ForEachName(s, visit);
  program.names = std::move(names);
}

size_t CountStatements(const Program& program) {
  return CountIn(program.stmts);
}

}  // namespace gcfuzz::gcops
