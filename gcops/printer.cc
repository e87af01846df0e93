#include "gcops/printer.h"

#include <string>

// The printer is the parser's inverse on canonical programs: every choice
// the parser leaves open (spacing, flag order, `debug leak` versus its three
// parts, comments) is fixed here, so Parse(Print(p)) == p and printing is
// idempotent. It never fails: an id out of range (a program not made by the
// parser or the decoder) prints as `?`, which the parser rejects, rather
// than reading out of bounds.

namespace gcfuzz::gcops {
namespace {

std::string NameText(const Program& p, NameId id) {
  return id < p.names.size() ? p.names[id] : std::string("?");
}

void AppendBase(const Program& p, const Base& base, std::string* out) {
  *out += base.is_self ? std::string("self") : NameText(p, base.name);
}

void AppendDebugFlags(uint32_t flags, std::string* out) {
  if ((flags & kDebugStats) != 0) *out += " stats";
  if ((flags & kDebugLeak) == kDebugLeak) {
    *out += " leak";
    return;
  }
  if ((flags & kDebugCollectable) != 0) *out += " collectable";
  if ((flags & kDebugUncollectable) != 0) *out += " uncollectable";
  if ((flags & kDebugSaveAll) != 0) *out += " saveall";
}

void AppendClass(const Program& p, const Stmt& s, std::string* out) {
  if (s.cls >= p.classes.size()) {
    *out += " ?";
    return;
  }
  const ClassDecl& c = p.classes[s.cls];
  *out += " " + c.name;
  if (c.slots != kDefaultSlots) *out += " slots=" + std::to_string(c.slots);
  if (c.has_del) *out += " del";
  if (c.has_tp_del) *out += " tp_del";
  if (c.noweakref) *out += " noweakref";
}

void AppendWhere(int64_t where, std::string* out) {
  switch (where) {
    case static_cast<int64_t>(Where::kPermanent):
      *out += "permanent";
      return;
    case static_cast<int64_t>(Where::kUntracked):
      *out += "untracked";
      return;
    default:
      *out += std::to_string(where);
  }
}

void AppendExpectation(const Program& p, const Expectation& e,
                       std::string* out) {
  const ExpectInfo& info = Info(e.kind);
  *out += " ";
  *out += info.keyword;
  if (info.args == ExpectArgs::kEvents) {
    for (size_t i = 0; i < e.events.size(); ++i) {
      *out += i == 0 ? " " : ", ";
      *out += PrintEventPattern(p, e.events[i]);
    }
    return;
  }
  // Every other kind is its integers and labels in argument order: a
  // leading generation first (objects, stats), otherwise labels first.
  const bool gen_first = info.args == ExpectArgs::kGenLabels0 ||
                         info.args == ExpectArgs::kGenInts3;
  auto ints = [&]() {
    for (int64_t v : e.ints) {
      *out += " ";
      if (info.args == ExpectArgs::kLabelWhere) {
        AppendWhere(v, out);
      } else {
        *out += std::to_string(v);
      }
    }
  };
  auto labels = [&]() {
    for (const Label& l : e.labels) *out += " " + PrintLabel(p, l);
  };
  if (gen_first) {
    ints();
    labels();
  } else {
    labels();
    ints();
  }
}

void AppendBlock(const Program& p, const std::vector<Stmt>& block,
                 std::string* out) {
  if (block.empty()) {
    *out += " {}";
    return;
  }
  *out += " {";
  for (size_t i = 0; i < block.size(); ++i) {
    *out += i == 0 ? " " : "; ";
    *out += PrintStmt(p, block[i]);
  }
  *out += " }";
}

}  // namespace

std::string PrintItem(const Program& program, const Item& item) {
  switch (item.kind) {
    case Item::Kind::kName:
      return NameText(program, item.name);
    case Item::Kind::kSelf:
      return "self";
    case Item::Kind::kInt:
      return std::to_string(item.value);
    case Item::Kind::kNone:
      return "none";
    case Item::Kind::kPath:
      return (item.base_self ? std::string("self")
                             : NameText(program, item.name)) +
             "." + std::to_string(item.value);
  }
  return "?";
}

std::string PrintLabel(const Program& program, const Label& label) {
  std::string out = NameText(program, label.name);
  if (label.serial != 1) out += "@" + std::to_string(label.serial);
  return out;
}

std::string PrintEventPattern(const Program& program, const EventPattern& e) {
  const EventInfo& info = Info(e.kind);
  std::string out = info.keyword;
  switch (info.args) {
    case EventArgs::kLabel:
      out += " " + PrintLabel(program, e.label);
      break;
    case EventArgs::kGen:
      out += " " + std::to_string(e.gen);
      break;
    case EventArgs::kGenMN:
      out += " " + std::to_string(e.gen) + " " + std::to_string(e.m) + " " +
             std::to_string(e.n);
      break;
    case EventArgs::kGenN:
      out += " " + std::to_string(e.gen) + " " + std::to_string(e.n);
      if (e.automatic) out += " auto";
      break;
  }
  return out;
}

std::string PrintStmt(const Program& program, const Stmt& s) {
  const StmtInfo& info = Info(s.op);
  std::string out = info.keyword;
  auto name = [&]() { out += " " + NameText(program, s.name); };
  auto items = [&]() {
    for (const Item& it : s.items) out += " " + PrintItem(program, it);
  };
  auto path = [&]() {
    out += " ";
    AppendBase(program, s.base, &out);
    out += "." + std::to_string(s.index);
  };
  switch (info.shape) {
    case Shape::kClassDecl:
      AppendClass(program, s, &out);
      break;
    case Shape::kNameClass:
      name();
      if (s.cls < program.classes.size()) {
        out += " " + program.classes[s.cls].name;
      } else {
        out += " ?";
      }
      break;
    case Shape::kNameItems:
    case Shape::kNameItems1:
    case Shape::kNameItem:
      name();
      items();
      break;
    case Shape::kName:
      name();
      break;
    case Shape::kNameItemBlock:
      name();
      items();
      if (s.has_block) AppendBlock(program, s.block, &out);
      break;
    case Shape::kPathItem:
      path();
      items();
      break;
    case Shape::kPath:
      path();
      break;
    case Shape::kBaseItem:
      out += " ";
      AppendBase(program, s.base, &out);
      items();
      break;
    case Shape::kOptGen:
    case Shape::kNameOptInt:
      if (info.shape == Shape::kNameOptInt) name();
      if (s.has_int) out += " " + std::to_string(s.int_arg);
      break;
    case Shape::kNone:
      break;
    case Shape::kInts1to3:
      for (int32_t v : s.ints) out += " " + std::to_string(v);
      break;
    case Shape::kDebugFlags:
      AppendDebugFlags(s.debug_flags, &out);
      break;
    case Shape::kOptBlock:
      if (s.has_block) AppendBlock(program, s.block, &out);
      break;
    case Shape::kNameBlock:
      name();
      AppendBlock(program, s.block, &out);
      break;
    case Shape::kExpectation:
      AppendExpectation(program, s.expect, &out);
      break;
  }
  return out;
}

std::string Print(const Program& program) {
  std::string out;
  for (const Stmt& s : program.stmts) {
    out += PrintStmt(program, s);
    out += '\n';
  }
  return out;
}

}  // namespace gcfuzz::gcops
