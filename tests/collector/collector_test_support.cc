// tests/collector/collector_test_support.cc
#include "tests/collector/collector_test_support.h"

#include <cstdlib>

namespace gcfuzz::collector::testing {

std::string Take(std::vector<std::string>& log) {
  std::string out;
  for (size_t i = 0; i < log.size(); ++i) {
    if (i) out += ", ";
    out += log[i];
  }
  log.clear();
  return out;
}

void CollectorFixture::Class(const std::string& name, int slots, bool del,
                             bool tp_del, bool noweakref) {
  gcops::ClassDecl c;
  c.name = name;
  c.slots = slots;
  c.has_del = del;
  c.has_tp_del = tp_del;
  c.noweakref = noweakref;
  program_.classes.push_back(c);
}

void CollectorFixture::Start() {
  backend_.Begin(host_, program_);
  started_ = true;
}

void CollectorFixture::TearDown() {
  if (!started_) return;
#if defined(GCFUZZ_VERIFY) && GCFUZZ_VERIFY
  if (backend_.heap().Quiescent()) backend_.heap().VerifyHeap();
#endif
  backend_.End();
}

int CollectorFixture::ClassId(const std::string& cls) const {
  for (size_t i = 0; i < program_.classes.size(); ++i)
    if (program_.classes[i].name == cls) return static_cast<int>(i);
  ADD_FAILURE() << "unknown class " << cls;
  return 0;
}

ObjId CollectorFixture::NextId(const std::string& name) {
  int n = ++label_uses_[name];
  std::string label = n == 1 ? name : name + "@" + std::to_string(n);
  ObjId id = static_cast<ObjId>(host_.labels.size());
  host_.labels.push_back(label);
  by_label_[label] = id;
  return id;
}

Value CollectorFixture::ItemValue(const std::string& item) const {
  if (item == "none") return Value::None();
  if (!item.empty() &&
      (isdigit(static_cast<unsigned char>(item[0])) || item[0] == '-'))
    return Value::Int(std::atoi(item.c_str()));
  auto it = names_.find(item);
  if (it == names_.end()) {
    ADD_FAILURE() << "unbound name " << item;
    return Value::None();
  }
  return it->second;
}

// Python assignment: the new value is stored, then the old one released.
void CollectorFixture::Bind(const std::string& name, Value v) {
  Value old = names_.count(name) ? names_[name] : Value::None();
  names_[name] = v;
  if (old.is_obj()) backend_.Decref(old.obj);
}

ObjId CollectorFixture::New(const std::string& name, const std::string& cls) {
  ObjId id = NextId(name);
  backend_.NewInstance(id, static_cast<gcops::ClassId>(ClassId(cls)));
  Bind(name, Value::Obj(id));
  return id;
}

ObjId CollectorFixture::MakeList(const std::string& name,
                                 const std::vector<std::string>& items) {
  std::vector<Value> vals;
  for (const auto& i : items) vals.push_back(ItemValue(i));
  ObjId id = NextId(name);
  backend_.NewList(id, vals);
  Bind(name, Value::Obj(id));
  return id;
}

ObjId CollectorFixture::MakeDict(const std::string& name) {
  ObjId id = NextId(name);
  backend_.NewDict(id);
  Bind(name, Value::Obj(id));
  return id;
}

ObjId CollectorFixture::MakeTuple(const std::string& name,
                                  const std::vector<std::string>& items) {
  std::vector<Value> vals;
  for (const auto& i : items) vals.push_back(ItemValue(i));
  ObjId id = NextId(name);
  backend_.NewTuple(id, vals);
  Bind(name, Value::Obj(id));
  return id;
}

ObjId CollectorFixture::Ref(const std::string& name, const std::string& target,
                            bool callback) {
  ObjId id = static_cast<ObjId>(host_.labels.size());
  ObjId got = backend_.NewWeakref(id, false, ItemValue(target).obj, callback);
  if (got == id) {
    NextId(name);
  }
  Bind(name, Value::Obj(got));
  return got;
}

ObjId CollectorFixture::Proxy(const std::string& name,
                              const std::string& target, bool callback) {
  ObjId id = static_cast<ObjId>(host_.labels.size());
  ObjId got = backend_.NewWeakref(id, true, ItemValue(target).obj, callback);
  if (got == id) NextId(name);
  Bind(name, Value::Obj(got));
  return got;
}

void CollectorFixture::Set(const std::string& base, int index,
                           const std::string& item) {
  backend_.SetItem(ItemValue(base).obj, index, ItemValue(item));
}

void CollectorFixture::Clear(const std::string& base, int index) {
  ObjId b = ItemValue(base).obj;
  if (backend_.KindOf(b) == gcops::ObjKind::kDict)
    backend_.DelKey(b, index);
  else
    backend_.SetItem(b, index, Value::None());
}

void CollectorFixture::Append(const std::string& base,
                              const std::string& item) {
  backend_.Append(ItemValue(base).obj, ItemValue(item));
}

void CollectorFixture::Let(const std::string& name, const std::string& item) {
  Value v = ItemValue(item);
  if (v.is_obj()) backend_.Incref(v.obj);
  Bind(name, v);
}

void CollectorFixture::Let(const std::string& name, ObjId obj) {
  backend_.Incref(obj);
  Bind(name, Value::Obj(obj));
}

void CollectorFixture::Del(const std::string& name) {
  auto it = names_.find(name);
  if (it == names_.end()) {
    ADD_FAILURE() << "del of unbound name " << name;
    return;
  }
  Value v = it->second;
  names_.erase(it);
  if (v.is_obj()) backend_.Decref(v.obj);
}

int64_t CollectorFixture::Collect(int gen) { return backend_.Collect(gen); }

ObjId CollectorFixture::Id(const std::string& label) const {
  auto it = by_label_.find(label);
  if (it == by_label_.end()) {
    ADD_FAILURE() << "unknown label " << label;
    return gcops::kNoObj;
  }
  return it->second;
}

bool CollectorFixture::Alive(const std::string& label) const {
  return backend_.heap().Get(Id(label)) != nullptr;
}

std::vector<std::string> CollectorFixture::Labels(
    const std::vector<ObjId>& ids) const {
  std::vector<std::string> out;
  for (ObjId id : ids) out.push_back(host_.L(id));
  return out;
}

}  // namespace gcfuzz::collector::testing
