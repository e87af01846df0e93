// The binary form, version 1. docs/binary-form.md is the reference for the
// layout; this file and that one change together.
//
// The decoder reads the form in two passes:
//  1. Structure: every field is folded into range (opcodes, table indices,
//     generations, depths, counts), scope rules are applied (a statement in
//     the wrong scope is read and dropped), and `new` always names a class
//     declared before it. The result parses as text.
//  2. Meaning: Repair (gcops/static_model.h) re-targets or drops top-level
//     statements that would definitely stop the run, then Canonicalize.
// The encoder writes exactly what pass 1 reads, so any program within the
// form's limits (which every program pass 2 returns satisfies) survives
// Encode then Decode unchanged.
#include "gcops/binary.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_set>

#include "gcops/static_model.h"

namespace gcfuzz::gcops {
namespace {

// Limits of version 1 (documented in docs/binary-form.md).
constexpr size_t kMaxStmts = 512;      // statements in all, bodies included
constexpr size_t kMaxBlockLen = 64;    // statements per block
constexpr size_t kMaxItems = 32;       // items of one list/tuple
constexpr size_t kMaxLabels = 32;      // labels of one expectation
constexpr size_t kMaxEvents = 64;      // events of one `expect log`
constexpr size_t kMaxNameLen = 32;     // characters of a name / class name
constexpr size_t kMaxPoolNames = 256;  // distinct names, defaults included

// Version 1's table sizes. Opcodes, expectation kinds and event kinds are
// folded modulo these, so growing a .def table would change what old bytes
// mean; a statement added to a table is not produced by version 1, and
// binary_test's TablesMatchVersion1 asks for a new version.
constexpr size_t kV1Ops = 26;
constexpr size_t kV1ExpectKinds = 20;
constexpr size_t kV1EventKinds = 8;

// Names every input can use without spelling them out: pool ids 0..7.
constexpr std::array<std::string_view, 8> kDefaultNames = {"a", "b", "c", "d",
                                                           "e", "f", "g", "h"};

// The class a `new` gets when no class was declared before it.
constexpr std::string_view kDefaultClassName = "A";

constexpr std::string_view kNameFirst = "abcdefghijklmnopqrstuvwxyz_";
constexpr std::string_view kNameRest = "abcdefghijklmnopqrstuvwxyz_0123456789";
constexpr std::string_view kClassFirst = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
constexpr std::string_view kClassRest =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_";

// Item kinds as coded (the byte modulo 6).
enum ItemCode : uint8_t {
  kItemName = 0,
  kItemInt,
  kItemNone,
  kItemPath,
  kItemSelf,
  kItemSelfPath,
  kNumItemCodes,
};

// Debug flags as coded: bit i of the byte is kDebugBits[i].
constexpr std::array<uint32_t, 4> kDebugBits = {
    kDebugStats, kDebugCollectable, kDebugUncollectable, kDebugSaveAll};

uint32_t ZigZag(int32_t v) {
  return (static_cast<uint32_t>(v) << 1) ^ static_cast<uint32_t>(v >> 31);
}
int32_t UnZigZag(uint32_t u) {
  return static_cast<int32_t>((u >> 1) ^ (~(u & 1) + 1));
}

// Spells a literal's bytes with an alphabet pair: the first byte picks from
// `first`, the rest from `rest`, each modulo the alphabet's size.
std::string Spell(std::span<const uint8_t> bytes, std::string_view first,
                  std::string_view rest) {
  std::string s;
  for (size_t i = 0; i < bytes.size(); ++i) {
    const std::string_view alpha = i == 0 ? first : rest;
    s += alpha[bytes[i] % alpha.size()];
  }
  return s;
}

std::string FixKeyword(std::string s) {
  if (s == "self" || s == "none") s += '_';
  return s;
}

// ---------------------------------------------------------------- decoding

class Decoder {
 public:
  explicit Decoder(std::span<const uint8_t> in) : in_(in) {
    for (std::string_view n : kDefaultNames) p_.names.emplace_back(n);
  }

  Program Run() {
    if (in_.empty()) return Program{};
    ++pos_;  // the version byte: every byte uses version 1's rules
    while (!Exhausted()) {
      Stmt s;
      if (DecodeStmt(0, &s)) p_.stmts.push_back(std::move(s));
    }
    return std::move(p_);
  }

 private:
  bool Exhausted() const { return pos_ >= in_.size() || count_ >= kMaxStmts; }

  // Past the end every byte reads as 0, so a truncated statement completes.
  uint8_t Byte() { return pos_ < in_.size() ? in_[pos_++] : 0; }

  uint32_t Varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      const uint8_t b = Byte();
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) break;
    }
    return static_cast<uint32_t>(v);
  }
  int32_t Int() { return UnZigZag(Varint()); }

  std::vector<uint8_t> Literal() {
    const size_t len = Varint() % kMaxNameLen + 1;
    std::vector<uint8_t> bytes;
    for (size_t i = 0; i < len; ++i) bytes.push_back(Byte());
    return bytes;
  }

  NameId Name() {
    const uint32_t v = Varint();
    if (v != 0) return static_cast<NameId>((v - 1) % p_.names.size());
    std::vector<uint8_t> bytes = Literal();
    std::string name = FixKeyword(Spell(bytes, kNameFirst, kNameRest));
    for (size_t i = 0; i < p_.names.size(); ++i) {
      if (p_.names[i] == name) return static_cast<NameId>(i);
    }
    if (p_.names.size() >= kMaxPoolNames) {
      return static_cast<NameId>(bytes.size() % p_.names.size());
    }
    p_.names.push_back(std::move(name));
    return static_cast<NameId>(p_.names.size() - 1);
  }

  Label DecodeLabel() {
    Label l;
    l.name = Name();
    l.serial = 1 + Varint() % static_cast<uint32_t>(INT32_MAX);
    return l;
  }

  Item DecodeItem(int depth) {
    Item it;
    switch (Byte() % kNumItemCodes) {
      case kItemName:
        it.kind = Item::Kind::kName;
        it.name = Name();
        break;
      case kItemInt:
        it.kind = Item::Kind::kInt;
        it.value = Int();
        break;
      case kItemNone:
        break;
      case kItemPath:
        it.kind = Item::Kind::kPath;
        it.name = Name();
        it.value = Int();
        break;
      case kItemSelf:
        if (depth > 0) it.kind = Item::Kind::kSelf;  // top level: none
        break;
      case kItemSelfPath: {
        const int32_t index = Int();
        if (depth > 0) {
          it.kind = Item::Kind::kPath;
          it.base_self = true;
          it.value = index;
        }
        break;
      }
    }
    return it;
  }

  // Reads a block's statements; `depth` is that of the owning statement.
  void DecodeBlock(int depth, std::vector<Stmt>* block) {
    const size_t n = Varint() % (kMaxBlockLen + 1);
    for (size_t i = 0; i < n && !Exhausted(); ++i) {
      Stmt s;
      if (DecodeStmt(depth + 1, &s)) block->push_back(std::move(s));
    }
  }

  // An optional block: a flag byte, then the block if the depth allows.
  void OptBlock(int depth, Stmt* s) {
    const bool flag = Byte() & 1;
    if (!flag || depth + 1 > kMaxBlockDepth) return;
    s->has_block = true;
    DecodeBlock(depth, &s->block);
  }

  ClassId DeclareClass(ClassDecl decl, Stmt* s) {
    s->op = Op::kClass;
    s->cls = static_cast<ClassId>(p_.classes.size());
    p_.classes.push_back(std::move(decl));
    return s->cls;
  }

  // `new`'s class: one declared before; with none, declares the default
  // class just before the top-level statement being read. Returns false
  // when no class can be had (the statement budget is spent).
  bool ClassRef(ClassId* cls) {
    const uint32_t v = Varint();
    if (p_.classes.empty()) {
      if (count_ >= kMaxStmts) return false;
      ++count_;
      ClassDecl decl;
      decl.name = std::string(kDefaultClassName);
      class_names_.insert(decl.name);
      decl.has_del = true;
      Stmt c;
      DeclareClass(std::move(decl), &c);
      p_.stmts.push_back(std::move(c));
    }
    *cls = static_cast<ClassId>(v % p_.classes.size());
    return true;
  }

  void DecodeClass(bool keep, Stmt* s) {
    std::string name = Spell(Literal(), kClassFirst, kClassRest);
    const uint8_t b = Byte();
    if (!keep) return;
    // A name already declared becomes the next free C<k>; counting on from
    // the last k keeps this linear however many duplicates the input has.
    while (class_names_.count(name) != 0) {
      name = "C" + std::to_string(next_class_suffix_++);
    }
    class_names_.insert(name);
    ClassDecl decl;
    decl.name = std::move(name);
    decl.has_del = b & 1;
    decl.has_tp_del = b & 2;
    decl.noweakref = b & 4;
    decl.slots = (b >> 3) % (kMaxSlots + 1);
    DeclareClass(std::move(decl), s);
  }

  // Reads one statement at `depth`; false when it is dropped.
  bool DecodeStmt(int depth, Stmt* s) {
    ++count_;
    s->op = static_cast<Op>(Byte() % kV1Ops);
    const StmtInfo& info = Info(s->op);
    const bool in_scope = info.scope == Scope::kAny ||
                          (info.scope == Scope::kTop) == (depth == 0);
    bool ok = in_scope;
    switch (info.shape) {
      case Shape::kClassDecl:
        DecodeClass(in_scope, s);
        break;
      case Shape::kNameClass:
        s->name = Name();
        ok = ClassRef(&s->cls) && ok;
        break;
      case Shape::kNameItems:
      case Shape::kNameItems1: {
        s->name = Name();
        const bool one = info.shape == Shape::kNameItems1;
        const size_t n =
            one ? 1 + Varint() % kMaxItems : Varint() % (kMaxItems + 1);
        for (size_t i = 0; i < n; ++i) s->items.push_back(DecodeItem(depth));
        break;
      }
      case Shape::kName:
        s->name = Name();
        break;
      case Shape::kNameItemBlock:
        s->name = Name();
        s->items.push_back(DecodeItem(depth));
        OptBlock(depth, s);
        break;
      case Shape::kPathItem:
      case Shape::kPath:
      case Shape::kBaseItem: {
        s->base.is_self = Byte() & 1;
        if (!s->base.is_self) s->base.name = Name();
        if (s->base.is_self && depth == 0) ok = false;
        if (info.shape != Shape::kBaseItem) s->index = Int();
        if (info.shape != Shape::kPath) s->items.push_back(DecodeItem(depth));
        break;
      }
      case Shape::kNameItem:
        s->name = Name();
        s->items.push_back(DecodeItem(depth));
        break;
      case Shape::kOptGen: {
        const uint8_t g = Byte() % 4;
        s->has_int = g != 0;
        s->int_arg = g == 0 ? 0 : g - 1;
        break;
      }
      case Shape::kNone:
        break;
      case Shape::kInts1to3: {
        const size_t n = 1 + Byte() % 3;
        for (size_t i = 0; i < n; ++i) s->ints.push_back(Int());
        break;
      }
      case Shape::kDebugFlags: {
        const uint8_t b = Byte();
        for (size_t i = 0; i < kDebugBits.size(); ++i) {
          if (b & (1u << i)) s->debug_flags |= kDebugBits[i];
        }
        break;
      }
      case Shape::kNameOptInt:
        s->name = Name();
        s->has_int = Byte() & 1;
        if (s->has_int) s->int_arg = Int();
        break;
      case Shape::kOptBlock:
        OptBlock(depth, s);
        break;
      case Shape::kNameBlock:
        s->name = Name();
        s->has_block = true;
        if (depth + 1 <= kMaxBlockDepth) DecodeBlock(depth, &s->block);
        break;
      case Shape::kExpectation:
        DecodeExpectation(&s->expect);
        break;
    }
    return ok;
  }

  int64_t Gen() { return Byte() % 3; }

  void Labels(size_t n, Expectation* e) {
    for (size_t i = 0; i < n; ++i) e->labels.push_back(DecodeLabel());
  }

  void DecodeExpectation(Expectation* e) {
    e->kind = static_cast<ExpectKind>(Byte() % kV1ExpectKinds);
    switch (Info(e->kind).args) {
      case ExpectArgs::kInt1:
        e->ints.push_back(Int());
        break;
      case ExpectArgs::kLabels1:
        Labels(1 + Varint() % kMaxLabels, e);
        break;
      case ExpectArgs::kLabels0:
        Labels(Varint() % (kMaxLabels + 1), e);
        break;
      case ExpectArgs::kLabelInt:
        Labels(1, e);
        e->ints.push_back(Int());
        break;
      case ExpectArgs::kLabelWhere:
        Labels(1, e);
        e->ints.push_back(Byte() % 5);
        break;
      case ExpectArgs::kGenLabels0:
        e->ints.push_back(Gen());
        Labels(Varint() % kMaxLabels, e);
        break;
      case ExpectArgs::kLabelLabels0:
        Labels(1, e);
        Labels(Varint() % kMaxLabels, e);
        break;
      case ExpectArgs::kInts3:
        for (int i = 0; i < 3; ++i) e->ints.push_back(Int());
        break;
      case ExpectArgs::kGenInts3:
        e->ints.push_back(Gen());
        for (int i = 0; i < 3; ++i) e->ints.push_back(Int());
        break;
      case ExpectArgs::kEvents: {
        const size_t n = Varint() % (kMaxEvents + 1);
        for (size_t i = 0; i < n; ++i) e->events.push_back(DecodeEvent());
        break;
      }
    }
  }

  EventPattern DecodeEvent() {
    EventPattern ev;
    ev.kind = static_cast<EventKind>(Byte() % kV1EventKinds);
    switch (Info(ev.kind).args) {
      case EventArgs::kLabel:
        ev.label = DecodeLabel();
        break;
      case EventArgs::kGen:
        ev.gen = static_cast<int32_t>(Gen());
        break;
      case EventArgs::kGenMN:
        ev.gen = static_cast<int32_t>(Gen());
        ev.m = Int();
        ev.n = Int();
        break;
      case EventArgs::kGenN: {
        const uint8_t b = Byte() % 6;
        ev.gen = b % 3;
        ev.automatic = b >= 3;
        ev.n = Int();
        break;
      }
    }
    return ev;
  }

  std::span<const uint8_t> in_;
  size_t pos_ = 0;
  size_t count_ = 0;  // statements read so far (dropped ones included)
  std::unordered_set<std::string> class_names_;
  int next_class_suffix_ = 0;
  Program p_;
};

// ---------------------------------------------------------------- encoding

class Encoder {
 public:
  explicit Encoder(const Program& p) : p_(p) {
    for (std::string_view n : kDefaultNames) pool_.emplace_back(n);
  }

  std::vector<uint8_t> Run() {
    out_.push_back(kBinaryVersion);
    for (const Stmt& s : p_.stmts) {
      if (count_ >= kMaxStmts) break;
      EncodeStmt(0, s);
    }
    return std::move(out_);
  }

 private:
  void Byte(uint8_t b) { out_.push_back(b); }
  void Varint(uint32_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<uint8_t>(v | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<uint8_t>(v));
  }
  void Int(int64_t v) { Varint(ZigZag(static_cast<int32_t>(v))); }

  // Writes `text` as a literal over an alphabet pair; returns its bytes.
  std::vector<uint8_t> Literal(std::string_view text, std::string_view first,
                               std::string_view rest) {
    const size_t len = std::clamp<size_t>(text.size(), 1, kMaxNameLen);
    std::vector<uint8_t> bytes;
    for (size_t i = 0; i < len; ++i) {
      const std::string_view alpha = i == 0 ? first : rest;
      const size_t at = i < text.size() ? alpha.find(text[i]) : 0;
      bytes.push_back(
          static_cast<uint8_t>(at == std::string_view::npos ? 0 : at));
    }
    Varint(static_cast<uint32_t>(len - 1));
    for (uint8_t b : bytes) Byte(b);
    return bytes;
  }

  // Mirrors Decoder::Name: a pool reference, or a literal at first use.
  void Name(NameId id) {
    const std::string& name =
        id < p_.names.size() ? p_.names[id] : std::string(kDefaultNames[0]);
    for (size_t i = 0; i < pool_.size(); ++i) {
      if (pool_[i] == name) {
        Varint(static_cast<uint32_t>(i + 1));
        return;
      }
    }
    Varint(0);
    std::vector<uint8_t> bytes = Literal(name, kNameFirst, kNameRest);
    // Track the pool exactly as the decoder will build it.
    std::string decoded = FixKeyword(Spell(bytes, kNameFirst, kNameRest));
    if (std::find(pool_.begin(), pool_.end(), decoded) == pool_.end() &&
        pool_.size() < kMaxPoolNames) {
      pool_.push_back(std::move(decoded));
    }
  }

  void EncodeLabel(const Label& l) {
    Name(l.name);
    Varint(l.serial == 0 ? 0 : l.serial - 1);
  }

  void EncodeItem(const Item& it) {
    switch (it.kind) {
      case Item::Kind::kName:
        Byte(kItemName);
        Name(it.name);
        break;
      case Item::Kind::kInt:
        Byte(kItemInt);
        Int(it.value);
        break;
      case Item::Kind::kNone:
        Byte(kItemNone);
        break;
      case Item::Kind::kSelf:
        Byte(kItemSelf);
        break;
      case Item::Kind::kPath:
        if (it.base_self) {
          Byte(kItemSelfPath);
        } else {
          Byte(kItemPath);
          Name(it.name);
        }
        Int(it.value);
        break;
    }
  }

  void EncodeBlock(int depth, const std::vector<Stmt>& block) {
    const size_t n = std::min(block.size(), kMaxBlockLen);
    Varint(static_cast<uint32_t>(n));
    for (size_t i = 0; i < n && count_ < kMaxStmts; ++i) {
      EncodeStmt(depth + 1, block[i]);
    }
  }

  void OptBlock(int depth, const Stmt& s) {
    const bool write = s.has_block && depth + 1 <= kMaxBlockDepth;
    Byte(write ? 1 : 0);
    if (write) EncodeBlock(depth, s.block);
  }

  void EncodeStmt(int depth, const Stmt& s) {
    ++count_;
    Byte(static_cast<uint8_t>(s.op));
    const StmtInfo& info = Info(s.op);
    switch (info.shape) {
      case Shape::kClassDecl: {
        const ClassDecl& c = p_.classes[s.cls];
        Literal(c.name, kClassFirst, kClassRest);
        Byte(static_cast<uint8_t>((c.has_del ? 1 : 0) | (c.has_tp_del ? 2 : 0) |
                                  (c.noweakref ? 4 : 0) |
                                  (std::clamp(c.slots, 0, kMaxSlots) << 3)));
        break;
      }
      case Shape::kNameClass:
        Name(s.name);
        Varint(s.cls);
        break;
      case Shape::kNameItems:
      case Shape::kNameItems1: {
        Name(s.name);
        const bool one = info.shape == Shape::kNameItems1;
        const size_t n = std::min(s.items.size(), kMaxItems);
        Varint(static_cast<uint32_t>(one ? (n == 0 ? 0 : n - 1) : n));
        for (size_t i = 0; i < n; ++i) EncodeItem(s.items[i]);
        if (one && n == 0) EncodeItem(Item{});
        break;
      }
      case Shape::kName:
        Name(s.name);
        break;
      case Shape::kNameItemBlock:
        Name(s.name);
        EncodeItem(s.items.empty() ? Item{} : s.items[0]);
        OptBlock(depth, s);
        break;
      case Shape::kPathItem:
      case Shape::kPath:
      case Shape::kBaseItem:
        Byte(s.base.is_self ? 1 : 0);
        if (!s.base.is_self) Name(s.base.name);
        if (info.shape != Shape::kBaseItem) Int(s.index);
        if (info.shape != Shape::kPath) {
          EncodeItem(s.items.empty() ? Item{} : s.items[0]);
        }
        break;
      case Shape::kNameItem:
        Name(s.name);
        EncodeItem(s.items.empty() ? Item{} : s.items[0]);
        break;
      case Shape::kOptGen:
        Byte(s.has_int ? static_cast<uint8_t>(1 + s.int_arg % 3) : 0);
        break;
      case Shape::kNone:
        break;
      case Shape::kInts1to3: {
        const size_t n = std::clamp<size_t>(s.ints.size(), 1, 3);
        Byte(static_cast<uint8_t>(n - 1));
        for (size_t i = 0; i < n; ++i) Int(i < s.ints.size() ? s.ints[i] : 0);
        break;
      }
      case Shape::kDebugFlags: {
        uint8_t b = 0;
        for (size_t i = 0; i < kDebugBits.size(); ++i) {
          if (s.debug_flags & kDebugBits[i]) b |= static_cast<uint8_t>(1u << i);
        }
        Byte(b);
        break;
      }
      case Shape::kNameOptInt:
        Name(s.name);
        Byte(s.has_int ? 1 : 0);
        if (s.has_int) Int(s.int_arg);
        break;
      case Shape::kOptBlock:
        OptBlock(depth, s);
        break;
      case Shape::kNameBlock:
        Name(s.name);
        if (depth + 1 <= kMaxBlockDepth) EncodeBlock(depth, s.block);
        break;
      case Shape::kExpectation:
        EncodeExpectation(s.expect);
        break;
    }
  }

  void Labels(const std::vector<Label>& labels, size_t from, size_t max) {
    const size_t n =
        std::min(labels.size() - std::min(from, labels.size()), max);
    for (size_t i = 0; i < n; ++i) EncodeLabel(labels[from + i]);
  }
  int64_t IntAt(const Expectation& e, size_t i) {
    return i < e.ints.size() ? e.ints[i] : 0;
  }
  Label LabelAt(const Expectation& e, size_t i) {
    return i < e.labels.size() ? e.labels[i] : Label{0, 1};
  }

  void EncodeExpectation(const Expectation& e) {
    Byte(static_cast<uint8_t>(e.kind));
    const size_t nl = e.labels.size();
    switch (Info(e.kind).args) {
      case ExpectArgs::kInt1:
        Int(IntAt(e, 0));
        break;
      case ExpectArgs::kLabels1: {
        const size_t n = std::clamp<size_t>(nl, 1, kMaxLabels);
        Varint(static_cast<uint32_t>(n - 1));
        for (size_t i = 0; i < n; ++i) EncodeLabel(LabelAt(e, i));
        break;
      }
      case ExpectArgs::kLabels0:
        Varint(static_cast<uint32_t>(std::min(nl, kMaxLabels)));
        Labels(e.labels, 0, kMaxLabels);
        break;
      case ExpectArgs::kLabelInt:
        EncodeLabel(LabelAt(e, 0));
        Int(IntAt(e, 0));
        break;
      case ExpectArgs::kLabelWhere:
        EncodeLabel(LabelAt(e, 0));
        Byte(static_cast<uint8_t>(IntAt(e, 0) % 5));
        break;
      case ExpectArgs::kGenLabels0:
        Byte(static_cast<uint8_t>(IntAt(e, 0) % 3));
        Varint(static_cast<uint32_t>(std::min(nl, kMaxLabels - 1)));
        Labels(e.labels, 0, kMaxLabels - 1);
        break;
      case ExpectArgs::kLabelLabels0: {
        EncodeLabel(LabelAt(e, 0));
        const size_t rest = nl > 0 ? nl - 1 : 0;
        Varint(static_cast<uint32_t>(std::min(rest, kMaxLabels - 1)));
        Labels(e.labels, 1, kMaxLabels - 1);
        break;
      }
      case ExpectArgs::kInts3:
        for (size_t i = 0; i < 3; ++i) Int(IntAt(e, i));
        break;
      case ExpectArgs::kGenInts3:
        Byte(static_cast<uint8_t>(IntAt(e, 0) % 3));
        for (size_t i = 1; i < 4; ++i) Int(IntAt(e, i));
        break;
      case ExpectArgs::kEvents: {
        const size_t n = std::min(e.events.size(), kMaxEvents);
        Varint(static_cast<uint32_t>(n));
        for (size_t i = 0; i < n; ++i) EncodeEvent(e.events[i]);
        break;
      }
    }
  }

  void EncodeEvent(const EventPattern& ev) {
    Byte(static_cast<uint8_t>(ev.kind));
    switch (Info(ev.kind).args) {
      case EventArgs::kLabel:
        EncodeLabel(ev.label);
        break;
      case EventArgs::kGen:
        Byte(static_cast<uint8_t>(ev.gen % 3));
        break;
      case EventArgs::kGenMN:
        Byte(static_cast<uint8_t>(ev.gen % 3));
        Int(ev.m);
        Int(ev.n);
        break;
      case EventArgs::kGenN:
        Byte(static_cast<uint8_t>(ev.gen % 3 + (ev.automatic ? 3 : 0)));
        Int(ev.n);
        break;
    }
  }

  const Program& p_;
  std::vector<std::string> pool_;
  std::vector<uint8_t> out_;
  size_t count_ = 0;
};

bool BlockFits(const std::vector<Stmt>& block, int depth, size_t* count);

bool LabelsFit(const Expectation& e) {
  switch (Info(e.kind).args) {
    case ExpectArgs::kLabels1:
    case ExpectArgs::kLabels0:
      return e.labels.size() <= kMaxLabels;
    case ExpectArgs::kGenLabels0:
    case ExpectArgs::kLabelLabels0:
      return e.labels.size() < kMaxLabels;
    case ExpectArgs::kEvents:
      return e.events.size() <= kMaxEvents;
    default:
      return true;
  }
}

bool StmtFits(const Stmt& s, int depth, size_t* count) {
  if (++*count > kMaxStmts) return false;
  if (s.items.size() > kMaxItems) return false;
  if (s.op == Op::kExpect && !LabelsFit(s.expect)) return false;
  if (s.has_block && depth + 1 > kMaxBlockDepth) return false;
  return BlockFits(s.block, depth + 1, count);
}

bool BlockFits(const std::vector<Stmt>& block, int depth, size_t* count) {
  if (block.size() > kMaxBlockLen) return false;
  for (const Stmt& s : block) {
    if (!StmtFits(s, depth, count)) return false;
  }
  return true;
}

}  // namespace

bool FitsBinaryForm(const Program& program) {
  size_t extra_names = 0;
  for (const std::string& n : program.names) {
    if (n.empty() || n.size() > kMaxNameLen) return false;
    if (std::find(kDefaultNames.begin(), kDefaultNames.end(), n) ==
        kDefaultNames.end()) {
      ++extra_names;
    }
  }
  if (extra_names + kDefaultNames.size() > kMaxPoolNames) return false;
  for (const ClassDecl& c : program.classes) {
    if (c.name.empty() || c.name.size() > kMaxNameLen) return false;
  }
  size_t count = 0;
  for (const Stmt& s : program.stmts) {
    if (!StmtFits(s, 0, &count)) return false;
  }
  return true;
}

std::vector<uint8_t> Encode(const Program& program) {
  return Encoder(program).Run();
}

Program Decode(std::span<const uint8_t> bytes) {
  Program p = Decoder(bytes).Run();
  Repair(p);
  Canonicalize(p);
  return p;
}

}  // namespace gcfuzz::gcops
