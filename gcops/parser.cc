#include "gcops/parser.h"

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "gcops/lexer.h"

// The parser is a small recursive-descent parser over one line's tokens at a
// time. Recursion happens only for blocks, and a block deeper than
// kMaxBlockDepth is an error before the parser descends into it, so the stack
// depth is bounded whatever the input.
//
// Every Parse* function returns false after recording the first error; the
// callers return false at once, so exactly one error is ever recorded and it
// is the leftmost one on the first bad line.

namespace gcfuzz::gcops {
namespace {

using K = TokenKind;

constexpr const char* kGen012 = "a generation (0, 1 or 2)";
constexpr const char* kGenWhere =
    "a generation (0, 1, 2, permanent or untracked)";

struct DebugFlagName {
  const char* word;
  uint32_t bits;
};
constexpr DebugFlagName kDebugFlagNames[] = {
    {"stats", kDebugStats},
    {"collectable", kDebugCollectable},
    {"uncollectable", kDebugUncollectable},
    {"saveall", kDebugSaveAll},
    {"leak", kDebugLeak},
};

class Parser {
 public:
  explicit Parser(std::string_view file) { error_.file = std::string(file); }

  bool Run(std::string_view text);
  Program& program() { return program_; }
  const ParseError& error() const { return error_; }

 private:
  const Token& Peek() const { return tokens_[pos_]; }
  // Consumes the current token. kEnd and kError are never consumed, so
  // Peek() always stays within the line.
  const Token& Next() {
    const Token& t = tokens_[pos_];
    if (t.kind != K::kEnd && t.kind != K::kError) ++pos_;
    return t;
  }
  bool At(K kind) const { return Peek().kind == kind; }

  // Records an error at `t`. A lexical error token is reported with its own
  // message: the parser got this far, so it is the leftmost mistake.
  bool Fail(const Token& t, std::string message) {
    error_.line = line_;
    error_.col = t.col;
    error_.message = t.kind == K::kError ? t.message : std::move(message);
    return false;
  }
  bool FailExpected(const char* what) {
    return Fail(Peek(),
                std::string("expected ") + what + ", got " + Describe(Peek()));
  }

  bool Intern(std::string_view name, const Token& at, NameId* id);

  bool ParseLine();
  bool ParseStmt(int depth, Stmt* s);
  bool ParseOperands(int depth, const StmtInfo& info, Stmt* s);
  bool ParseBlock(int depth, std::vector<Stmt>* block);
  bool ParseClass(Stmt* s);
  bool ParseNewClass(Stmt* s);
  bool ParseDebugFlags(Stmt* s);

  bool ParseName(NameId* id);
  bool ParseItem(int depth, Item* item);
  bool ParseSelf(int depth);
  bool ParseBase(int depth, Base* base);
  bool ParsePathIndex(int32_t* index);
  bool ParseInt(int32_t* value);
  bool ParseGen(int32_t* gen);
  bool ParseLabel(Label* label);

  bool ParseExpectation(Stmt* s);
  bool ParseLabelsToEnd(std::vector<Label>* labels);
  bool ParseEvents(std::vector<EventPattern>* events);
  bool ParseEvent(EventPattern* e);

  Program program_;
  ParseError error_;
  std::unordered_map<std::string, NameId> name_ids_;
  std::unordered_map<std::string, ClassId> class_ids_;
  std::vector<Token> tokens_;
  size_t pos_ = 0;
  uint32_t line_ = 0;
};

bool Parser::Run(std::string_view text) {
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    ++line_;
    tokens_ = LexLine(text.substr(start, end - start));
    pos_ = 0;
    if (!ParseLine()) return false;
    start = end + 1;
  }
  return true;
}

bool Parser::ParseLine() {
  if (At(K::kEnd)) return true;  // blank or comment-only
  Stmt s;
  if (!ParseStmt(0, &s)) return false;
  if (!At(K::kEnd)) return FailExpected("end of line");
  program_.stmts.push_back(std::move(s));
  return true;
}

bool Parser::Intern(std::string_view name, const Token& at, NameId* id) {
  std::string key(name);
  auto it = name_ids_.find(key);
  if (it != name_ids_.end()) {
    *id = it->second;
    return true;
  }
  if (program_.names.size() >= kMaxNames) {
    return Fail(at,
                "too many names (at most " + std::to_string(kMaxNames) + ")");
  }
  *id = static_cast<NameId>(program_.names.size());
  program_.names.push_back(key);
  name_ids_.emplace(std::move(key), *id);
  return true;
}

// depth: 0 at top level, otherwise the depth of the block holding s.
bool Parser::ParseStmt(int depth, Stmt* s) {
  const Token& t = Peek();
  if (t.kind != K::kName) return FailExpected("a statement");
  const StmtInfo* info = nullptr;
  for (size_t i = 0; i < NumOps(); ++i) {
    const StmtInfo& candidate = Info(static_cast<Op>(i));
    if (t.text == candidate.keyword) {
      info = &candidate;
      break;
    }
  }
  if (info == nullptr) {
    return Fail(t, "unknown statement " + Describe(t));
  }
  if (info->scope == Scope::kTop && depth > 0) {
    return Fail(
        t, "'" + std::string(info->keyword) + "' is only allowed at top level");
  }
  if (info->scope == Scope::kBody && depth == 0) {
    return Fail(t, "'" + std::string(info->keyword) +
                       "' is only allowed inside a block");
  }
  s->op = info->op;
  s->loc = {line_, t.col};
  Next();
  return ParseOperands(depth, *info, s);
}

bool Parser::ParseOperands(int depth, const StmtInfo& info, Stmt* s) {
  auto one_item = [&]() {
    s->items.emplace_back();
    return ParseItem(depth, &s->items.back());
  };
  switch (info.shape) {
    case Shape::kClassDecl:
      return ParseClass(s);
    case Shape::kNameClass:
      return ParseName(&s->name) && ParseNewClass(s);
    case Shape::kNameItems:
    case Shape::kNameItems1: {
      if (!ParseName(&s->name)) return false;
      if (info.shape == Shape::kNameItems1 && !one_item()) return false;
      while (At(K::kName) || At(K::kLabel) || At(K::kSelf) || At(K::kInt) ||
             At(K::kNone)) {
        if (!one_item()) return false;
      }
      return true;
    }
    case Shape::kName:
      return ParseName(&s->name);
    case Shape::kNameItemBlock:
      if (!ParseName(&s->name) || !one_item()) return false;
      if (!At(K::kLBrace)) return true;
      s->has_block = true;
      return ParseBlock(depth, &s->block);
    case Shape::kPathItem:
      return ParseBase(depth, &s->base) && ParsePathIndex(&s->index) &&
             one_item();
    case Shape::kPath:
      return ParseBase(depth, &s->base) && ParsePathIndex(&s->index);
    case Shape::kBaseItem:
      return ParseBase(depth, &s->base) && one_item();
    case Shape::kNameItem:
      return ParseName(&s->name) && one_item();
    case Shape::kOptGen:
      if (!At(K::kInt)) return true;
      s->has_int = true;
      return ParseGen(&s->int_arg);
    case Shape::kNone:
      return true;
    case Shape::kInts1to3: {
      int32_t v = 0;
      if (!ParseInt(&v)) return false;
      s->ints.push_back(v);
      while (s->ints.size() < 3 && At(K::kInt)) {
        s->ints.push_back(Next().value);
      }
      return true;
    }
    case Shape::kDebugFlags:
      return ParseDebugFlags(s);
    case Shape::kNameOptInt:
      if (!ParseName(&s->name)) return false;
      if (At(K::kInt)) {
        s->has_int = true;
        s->int_arg = Next().value;
      }
      return true;
    case Shape::kOptBlock:
      if (!At(K::kLBrace)) return true;
      s->has_block = true;
      return ParseBlock(depth, &s->block);
    case Shape::kNameBlock:
      if (!ParseName(&s->name)) return false;
      if (!At(K::kLBrace)) return FailExpected("'{' (a body)");
      s->has_block = true;
      return ParseBlock(depth, &s->block);
    case Shape::kExpectation:
      return ParseExpectation(s);
  }
  return FailExpected("a statement");  // unreachable: every Shape is handled
}

// At '{'. `depth` is the depth of the statement that owns the block.
bool Parser::ParseBlock(int depth, std::vector<Stmt>* block) {
  if (depth + 1 > kMaxBlockDepth) {
    return Fail(Peek(), "blocks nest at most " +
                            std::to_string(kMaxBlockDepth) + " deep");
  }
  Next();  // '{'
  if (At(K::kRBrace)) {
    Next();
    return true;
  }
  for (;;) {
    if (At(K::kEnd)) return Fail(Peek(), "expected '}' before end of line");
    block->emplace_back();
    if (!ParseStmt(depth + 1, &block->back())) return false;
    if (At(K::kSemi)) {
      Next();
      continue;
    }
    if (At(K::kRBrace)) {
      Next();
      return true;
    }
    if (At(K::kEnd)) return Fail(Peek(), "expected '}' before end of line");
    return FailExpected("';' or '}'");
  }
}

bool Parser::ParseClass(Stmt* s) {
  const Token& name = Peek();
  if (name.kind != K::kClassName) return FailExpected("a class name");
  std::string key(name.text);
  if (class_ids_.count(key) != 0) {
    return Fail(name, "class " + Describe(name) + " is already declared");
  }
  if (program_.classes.size() >= kMaxClasses) {
    return Fail(
        name, "too many classes (at most " + std::to_string(kMaxClasses) + ")");
  }
  Next();
  ClassDecl decl;
  decl.name = key;
  bool seen_slots = false;
  while (!At(K::kEnd)) {
    const Token& flag = Peek();
    bool* seen = nullptr;
    if (flag.kind == K::kSlots) {
      seen = &seen_slots;
      decl.slots = flag.value;
    } else if (flag.kind == K::kName && flag.text == "del") {
      seen = &decl.has_del;
    } else if (flag.kind == K::kName && flag.text == "tp_del") {
      seen = &decl.has_tp_del;
    } else if (flag.kind == K::kName && flag.text == "noweakref") {
      seen = &decl.noweakref;
    } else if (flag.kind == K::kName) {
      return Fail(flag, "unknown class flag " + Describe(flag) +
                            " (expected slots=N, del, tp_del or noweakref)");
    } else {
      return FailExpected("a class flag (slots=N, del, tp_del, noweakref)");
    }
    if (*seen) {
      std::string word(flag.kind == K::kSlots ? "slots" : flag.text);
      return Fail(flag, "class flag '" + word + "' given twice");
    }
    *seen = true;
    Next();
  }
  s->cls = static_cast<ClassId>(program_.classes.size());
  class_ids_.emplace(std::move(key), s->cls);
  program_.classes.push_back(std::move(decl));
  return true;
}

bool Parser::ParseNewClass(Stmt* s) {
  const Token& t = Peek();
  if (t.kind != K::kClassName) return FailExpected("a class name");
  auto it = class_ids_.find(std::string(t.text));
  if (it == class_ids_.end()) {
    return Fail(t, "class " + Describe(t) + " is not declared");
  }
  s->cls = it->second;
  Next();
  return true;
}

bool Parser::ParseDebugFlags(Stmt* s) {
  while (At(K::kName)) {
    const Token& t = Peek();
    const DebugFlagName* found = nullptr;
    for (const DebugFlagName& f : kDebugFlagNames) {
      if (t.text == f.word) found = &f;
    }
    if (found == nullptr) {
      return Fail(t, "unknown debug flag " + Describe(t) +
                         " (expected stats, collectable, uncollectable, "
                         "saveall or leak)");
    }
    // Flags OR together, as in gc.set_debug(A | B): repeating one, or
    // giving `leak` and one of its parts, is harmless.
    s->debug_flags |= found->bits;
    Next();
  }
  return true;
}

// The X that a statement assigns or deletes: a plain name.
bool Parser::ParseName(NameId* id) {
  const Token& t = Peek();
  if (t.kind == K::kName) {
    if (!Intern(t.text, t, id)) return false;
    Next();
    return true;
  }
  if (t.kind == K::kSelf) {
    return Fail(t,
                "expected a name, got 'self' ('self' cannot be assigned "
                "or deleted)");
  }
  if (t.kind == K::kLabel) {
    return Fail(t, "expected a name, got " + Describe(t) +
                       " (labels are only used in expectations)");
  }
  return FailExpected("a name");
}

bool Parser::ParseSelf(int depth) {
  if (depth == 0) {
    return Fail(Peek(), "'self' is only allowed inside a block");
  }
  Next();
  return true;
}

bool Parser::ParseItem(int depth, Item* item) {
  const Token& t = Peek();
  switch (t.kind) {
    case K::kName:
      if (!Intern(t.text, t, &item->name)) return false;
      Next();
      item->kind = Item::Kind::kName;
      break;
    case K::kSelf:
      if (!ParseSelf(depth)) return false;
      item->kind = Item::Kind::kSelf;
      break;
    case K::kInt:
      item->kind = Item::Kind::kInt;
      item->value = Next().value;
      return true;
    case K::kNone:
      Next();
      item->kind = Item::Kind::kNone;
      return true;
    case K::kLabel:
      return Fail(t, "expected an item, got " + Describe(t) +
                         " (labels are only used in expectations)");
    default:
      return FailExpected("an item");
  }
  if (!At(K::kDot)) return true;
  // A path: BASE . INDEX, read when the statement runs.
  item->base_self = item->kind == Item::Kind::kSelf;
  item->kind = Item::Kind::kPath;
  return ParsePathIndex(&item->value);
}

// The object a set/clear/append writes to: a name or `self`.
bool Parser::ParseBase(int depth, Base* base) {
  const Token& t = Peek();
  if (t.kind == K::kSelf) {
    base->is_self = true;
    return ParseSelf(depth);
  }
  if (t.kind == K::kName) {
    if (!Intern(t.text, t, &base->name)) return false;
    Next();
    return true;
  }
  return FailExpected("a name or 'self'");
}

// At the '.' of a path (BASE . INDEX); reads the '.' and the index and makes
// sure the path stops there.
bool Parser::ParsePathIndex(int32_t* index) {
  if (!At(K::kDot)) return FailExpected("'.' and an index (a path BASE.I)");
  Next();
  if (!At(K::kInt)) return FailExpected("an index after '.'");
  *index = Next().value;
  if (At(K::kDot)) {
    return Fail(Peek(), "a path goes one level only, got another '.'");
  }
  return true;
}

bool Parser::ParseInt(int32_t* value) {
  if (!At(K::kInt)) return FailExpected("an integer");
  *value = Next().value;
  return true;
}

bool Parser::ParseGen(int32_t* gen) {
  const Token& t = Peek();
  if (t.kind != K::kInt || t.value < 0 || t.value > 2) {
    return FailExpected(kGen012);
  }
  *gen = Next().value;
  return true;
}

bool Parser::ParseLabel(Label* label) {
  const Token& t = Peek();
  if (t.kind == K::kName) {
    if (!Intern(t.text, t, &label->name)) return false;
    label->serial = 1;
  } else if (t.kind == K::kLabel) {
    if (!Intern(LabelName(t), t, &label->name)) return false;
    label->serial = static_cast<uint32_t>(t.value);
  } else {
    return FailExpected("a label");
  }
  Next();
  return true;
}

bool Parser::ParseLabelsToEnd(std::vector<Label>* labels) {
  while (!At(K::kEnd)) {
    labels->emplace_back();
    if (!ParseLabel(&labels->back())) return false;
  }
  return true;
}

bool Parser::ParseExpectation(Stmt* s) {
  const Token& t = Peek();
  if (t.kind != K::kName) return FailExpected("an expectation kind");
  const ExpectInfo* info = nullptr;
  for (size_t i = 0; i < NumExpectKinds(); ++i) {
    const ExpectInfo& candidate = Info(static_cast<ExpectKind>(i));
    if (t.text == candidate.keyword) {
      info = &candidate;
      break;
    }
  }
  if (info == nullptr) return Fail(t, "unknown expectation " + Describe(t));
  Next();
  Expectation& e = s->expect;
  e.kind = info->kind;
  int32_t v = 0;
  auto one_label = [&]() {
    e.labels.emplace_back();
    return ParseLabel(&e.labels.back());
  };
  auto ints = [&](int n) {
    for (int i = 0; i < n; ++i) {
      if (!ParseInt(&v)) return false;
      e.ints.push_back(v);
    }
    return true;
  };
  auto gen = [&]() {
    if (!ParseGen(&v)) return false;
    e.ints.push_back(v);
    return true;
  };
  switch (info->args) {
    case ExpectArgs::kInt1:
      return ints(1);
    case ExpectArgs::kLabels1:
      return one_label() && ParseLabelsToEnd(&e.labels);
    case ExpectArgs::kLabels0:
      return ParseLabelsToEnd(&e.labels);
    case ExpectArgs::kLabelInt:
      return one_label() && ints(1);
    case ExpectArgs::kLabelWhere: {
      if (!one_label()) return false;
      const Token& w = Peek();
      if (w.kind == K::kInt && w.value >= 0 && w.value <= 2) {
        v = w.value;
      } else if (w.kind == K::kName && w.text == "permanent") {
        v = static_cast<int32_t>(Where::kPermanent);
      } else if (w.kind == K::kName && w.text == "untracked") {
        v = static_cast<int32_t>(Where::kUntracked);
      } else {
        return FailExpected(kGenWhere);
      }
      Next();
      e.ints.push_back(v);
      return true;
    }
    case ExpectArgs::kGenLabels0:
      return gen() && ParseLabelsToEnd(&e.labels);
    case ExpectArgs::kLabelLabels0:
      return one_label() && ParseLabelsToEnd(&e.labels);
    case ExpectArgs::kInts3:
      return ints(3);
    case ExpectArgs::kGenInts3:
      return gen() && ints(3);
    case ExpectArgs::kEvents:
      return ParseEvents(&e.events);
  }
  return FailExpected("an expectation kind");  // unreachable
}

// EVENT {',' EVENT}, or nothing; stops at end of line.
bool Parser::ParseEvents(std::vector<EventPattern>* events) {
  if (At(K::kEnd)) return true;
  for (;;) {
    events->emplace_back();
    if (!ParseEvent(&events->back())) return false;
    if (At(K::kEnd)) return true;
    if (!At(K::kComma)) return FailExpected("',' or end of line");
    Next();
    if (At(K::kEnd)) return FailExpected("an event after ','");
  }
}

bool Parser::ParseEvent(EventPattern* e) {
  const Token& t = Peek();
  if (t.kind != K::kName) return FailExpected("an event");
  const EventInfo* info = nullptr;
  for (size_t i = 0; i < NumEventKinds(); ++i) {
    const EventInfo& candidate = Info(static_cast<EventKind>(i));
    if (t.text == candidate.keyword) {
      info = &candidate;
      break;
    }
  }
  if (info == nullptr) return Fail(t, "unknown event " + Describe(t));
  Next();
  e->kind = info->kind;
  int32_t v = 0;
  switch (info->args) {
    case EventArgs::kLabel:
      return ParseLabel(&e->label);
    case EventArgs::kGen:
      return ParseGen(&e->gen);
    case EventArgs::kGenMN:
      if (!ParseGen(&e->gen) || !ParseInt(&v)) return false;
      e->m = v;
      if (!ParseInt(&v)) return false;
      e->n = v;
      return true;
    case EventArgs::kGenN:
      if (!ParseGen(&e->gen) || !ParseInt(&v)) return false;
      e->n = v;
      if (At(K::kName) && Peek().text == "auto") {
        Next();
        e->automatic = true;
      }
      return true;
  }
  return FailExpected("an event");  // unreachable
}

}  // namespace

std::string ParseError::ToString() const {
  return file + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " +
         message;
}

bool Parse(std::string_view text, std::string_view file, Program* out,
           ParseError* error) {
  Parser parser(file);
  if (!parser.Run(text)) {
    if (error != nullptr) *error = parser.error();
    return false;
  }
  if (out != nullptr) *out = std::move(parser.program());
  return true;
}

}  // namespace gcfuzz::gcops
