// tests/support/backend_driver.h — drives any gcops::Backend by hand, the
// way the gcops runner does: the one driver of the tests.
//
// A tiny stand-in for the runner, for tests only: names are roots (one
// runner reference each, dropped on rebinding or `Del`, exactly as Python
// assignment does), labels are given out as the spec says (`a`, `a@2`,
// ...), and the Host records every event as gcops text ("del a",
// "collect 2 2 auto", "free a"). Finalizer, callback and gc-callback bodies
// are C++ lambdas registered per object id (or per gc.callbacks index).
//
// Two ways to start: the constructor with the classes begins the run at
// once (BackendDriver d(backend, classes)); otherwise declare classes with
// Class() and call Begin(). The run ends in End() or the destructor.
#ifndef GCFUZZ_TESTS_SUPPORT_BACKEND_DRIVER_H_
#define GCFUZZ_TESTS_SUPPORT_BACKEND_DRIVER_H_

#include <gtest/gtest.h>

#include <cctype>
#include <cstdlib>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "gcops/ast.h"
#include "gcops/backend.h"

namespace gcfuzz::testing {

class BackendDriver : public gcops::Host {
 public:
  using Body = std::function<void()>;
  using ObjId = gcops::ObjId;
  using Value = gcops::Value;

  explicit BackendDriver(gcops::Backend& backend) : backend_(backend) {}
  BackendDriver(gcops::Backend& backend, std::vector<gcops::ClassDecl> classes)
      : backend_(backend) {
    program_.classes = std::move(classes);
    Begin();
  }
  ~BackendDriver() override { End(); }
  BackendDriver(const BackendDriver&) = delete;
  BackendDriver& operator=(const BackendDriver&) = delete;

  // Declares a class; before Begin().
  void Class(const std::string& name, int slots = 4, bool del = false,
             bool tp_del = false, bool noweakref = false) {
    gcops::ClassDecl c;
    c.name = name;
    c.slots = slots;
    c.has_del = del;
    c.has_tp_del = tp_del;
    c.noweakref = noweakref;
    program_.classes.push_back(c);
  }
  void Begin() {
    backend_.Begin(*this, program_);
    started_ = true;
  }
  void End() {
    if (started_) backend_.End();
    started_ = false;
  }
  bool started() const { return started_; }
  gcops::Backend& backend() { return backend_; }
  const gcops::Program& program() const { return program_; }

  // --- statements (spec 3.2-3.4)
  ObjId New(const std::string& name, gcops::ClassId cls) {
    const ObjId id = NewLabel(name);
    backend_.NewInstance(id, cls);
    Bind(name, Value::Obj(id));
    return id;
  }
  ObjId New(const std::string& name, const std::string& cls) {
    return New(name, ClassIdOf(cls));
  }
  ObjId List(const std::string& name,
             const std::vector<std::string>& items = {}) {
    const auto values = Values(items);
    const ObjId id = NewLabel(name);
    backend_.NewList(id, values);
    Bind(name, Value::Obj(id));
    return id;
  }
  ObjId Dict(const std::string& name) {
    const ObjId id = NewLabel(name);
    backend_.NewDict(id);
    Bind(name, Value::Obj(id));
    return id;
  }
  ObjId Tuple(const std::string& name, const std::vector<std::string>& items) {
    const auto values = Values(items);
    const ObjId id = NewLabel(name);
    backend_.NewTuple(id, values);
    Bind(name, Value::Obj(id));
    return id;
  }
  // `ref`/`proxy` NAME TARGET [{BODY}]: `with_callback` gives it a callback
  // running `body` (none: `{}`). A reused basic ref keeps its label.
  ObjId Ref(const std::string& name, const std::string& target,
            bool with_callback, Body body = {}, bool proxy = false) {
    return RefTo(name, Item(target).obj, with_callback, std::move(body), proxy);
  }
  ObjId Proxy(const std::string& name, const std::string& target,
              bool with_callback, Body body = {}) {
    return Ref(name, target, with_callback, std::move(body), /*proxy=*/true);
  }
  // The same with the target by id (from inside a body).
  ObjId RefTo(const std::string& name, ObjId target, bool with_callback,
              Body body = {}, bool proxy = false) {
    const ObjId fresh = static_cast<ObjId>(labels.size());
    const ObjId id = backend_.NewWeakref(fresh, proxy, target, with_callback);
    if (id == fresh) {
      NewLabel(name);
      if (with_callback && body) on_callback[id] = std::move(body);
    }
    Bind(name, Value::Obj(id));
    return id;
  }
  void Set(const std::string& base, int32_t index, const std::string& item) {
    backend_.SetItem(Item(base).obj, index, Item(item));
  }
  // `clear X.I`: a slot or index to None; for a dict, `del d[I]`.
  void Clear(const std::string& base, int32_t index) {
    const ObjId b = Item(base).obj;
    if (backend_.KindOf(b) == gcops::ObjKind::kDict) {
      backend_.DelKey(b, index);
    } else {
      backend_.SetItem(b, index, Value::None());
    }
  }
  void Append(const std::string& base, const std::string& item) {
    backend_.Append(Item(base).obj, Item(item));
  }
  // let X ITEM: a new root for what ITEM names (a name, int or none).
  void Let(const std::string& name, const std::string& item) {
    const Value v = Item(item);
    if (v.is_obj()) backend_.Incref(v.obj);
    Bind(name, v);
  }
  // let X self (inside a body): a new root for an object by id.
  void Let(const std::string& name, ObjId id) {
    backend_.Incref(id);
    Bind(name, Value::Obj(id));
  }
  void LetId(const std::string& name, ObjId id) { Let(name, id); }
  void Del(const std::string& name) {
    auto it = names.find(name);
    if (it == names.end()) {
      ADD_FAILURE() << "del of unbound name " << name;
      return;
    }
    const Value v = it->second;
    names.erase(it);
    if (v.is_obj()) backend_.Decref(v.obj);
  }
  int64_t Collect(int gen = 2) { return backend_.Collect(gen); }
  void TakeGarbage(const std::string& name, size_t index = 0) {
    Bind(name, Value::Obj(backend_.PopGarbage(index)));
  }
  void GcCallback(std::function<void(bool start)> body = {}) {
    const uint32_t index = gc_callbacks_++;
    if (body) on_gc[index] = std::move(body);
    backend_.AddGcCallback(index);
  }
  void OnDelBody(const std::string& label, Body body) {
    on_del[Id(label)] = std::move(body);
  }
  void OnTpDelBody(const std::string& label, Body body) {
    on_tp_del[Id(label)] = std::move(body);
  }

  // --- reading the run
  // By label ("a", "a@2"); kNoObj when there is no such label.
  ObjId Id(const std::string& label) const {
    auto it = by_label.find(label);
    return it == by_label.end() ? gcops::kNoObj : it->second;
  }
  ObjId Named(const std::string& name) const { return names.at(name).obj; }
  bool Dead(const std::string& label) const { return freed.count(Id(label)); }
  std::string L(ObjId id) const {
    return id < labels.size() ? labels[id] : "?";
  }
  const std::string& LabelOf(ObjId id) const { return labels.at(id); }
  std::vector<std::string> LabelsOf(const std::vector<ObjId>& ids) const {
    std::vector<std::string> out;
    for (ObjId id : ids) out.push_back(L(id));
    return out;
  }
  // Events since the last call, joined with ", " (as `expect log` writes
  // them); `with_free` keeps `free` events, which `expect log` leaves out.
  std::string Log(bool with_free = false) {
    std::string out;
    for (size_t i = log_start_; i < all_events.size(); ++i) {
      if (!with_free && all_events[i].rfind("free ", 0) == 0) continue;
      if (!out.empty()) out += ", ";
      out += all_events[i];
    }
    log_start_ = all_events.size();
    return out;
  }
  // An item: a bound name, an integer literal, or "none".
  Value Item(const std::string& item) const {
    if (item == "none") return Value::None();
    if (!item.empty() &&
        (isdigit(static_cast<unsigned char>(item[0])) || item[0] == '-')) {
      return Value::Int(std::atoi(item.c_str()));
    }
    auto it = names.find(item);
    if (it == names.end()) {
      ADD_FAILURE() << "unbound name " << item;
      return Value::None();
    }
    return it->second;
  }
  // Python assignment: the name takes the (already owned) reference, then
  // whatever it held before is released.
  void Bind(const std::string& name, Value v) {
    auto it = names.find(name);
    if (it == names.end()) {
      names.emplace(name, v);
      return;
    }
    const Value old = it->second;
    it->second = v;
    if (old.is_obj()) backend_.Decref(old.obj);
  }
  bool IsBound(const std::string& name) const { return names.count(name); }

  // --- what the run recorded (public: tests read and register directly)
  std::vector<std::string> labels;      // id -> label
  std::vector<std::string> events;      // without free events
  std::vector<std::string> all_events;  // with free events
  bool recording = true;  // false: record nothing (very large runs)
  std::map<ObjId, Body> on_del, on_tp_del, on_callback;
  std::map<uint32_t, std::function<void(bool start)>> on_gc;
  std::map<ObjId, int> del_calls, tp_del_calls, callback_calls;
  std::set<ObjId> freed;
  std::map<std::string, Value> names;     // the roots: name -> value
  std::map<std::string, ObjId> by_label;  // label -> id

  // --- gcops::Host
  void OnDel(ObjId self) override {
    Record("del " + L(self));
    ++del_calls[self];
    RunBody(on_del, self);
  }
  void OnTpDel(ObjId self) override {
    Record("tp_del " + L(self));
    ++tp_del_calls[self];
    RunBody(on_tp_del, self);
  }
  void OnWeakrefCallback(ObjId weakref) override {
    Record("callback " + L(weakref));
    ++callback_calls[weakref];
    RunBody(on_callback, weakref);
  }
  void OnGcCallback(uint32_t index, bool start, int gen, int64_t collected,
                    int64_t uncollectable) override {
    if (start) {
      Record("gc_start " + std::to_string(gen));
    } else {
      Record("gc_stop " + std::to_string(gen) + " " +
             std::to_string(collected) + " " + std::to_string(uncollectable));
    }
    if (auto it = on_gc.find(index); it != on_gc.end() && it->second) {
      it->second(start);
    }
  }
  void OnGarbage(ObjId obj) override { Record("garbage " + L(obj)); }
  void OnCollectEnd(int gen, int64_t found, bool automatic) override {
    Record("collect " + std::to_string(gen) + " " + std::to_string(found) +
           (automatic ? " auto" : ""));
  }
  void OnFree(ObjId obj) override {
    // A second free of one object is a bug of the backend: make it show.
    if (!freed.insert(obj).second) Record("DOUBLE-FREE " + L(obj));
    Record("free " + L(obj), /*is_free=*/true);
  }

 private:
  void Record(const std::string& e, bool is_free = false) {
    if (!recording) return;
    if (!is_free) events.push_back(e);
    all_events.push_back(e);
  }
  ObjId NewLabel(const std::string& name) {
    const int serial = ++serials_[name];
    const std::string label =
        serial == 1 ? name : name + "@" + std::to_string(serial);
    const ObjId id = static_cast<ObjId>(labels.size());
    labels.push_back(label);
    by_label[label] = id;
    return id;
  }
  gcops::ClassId ClassIdOf(const std::string& cls) const {
    for (size_t i = 0; i < program_.classes.size(); ++i) {
      if (program_.classes[i].name == cls) {
        return static_cast<gcops::ClassId>(i);
      }
    }
    ADD_FAILURE() << "unknown class " << cls;
    return 0;
  }
  std::vector<Value> Values(const std::vector<std::string>& items) const {
    std::vector<Value> out;
    for (const auto& i : items) out.push_back(Item(i));
    return out;
  }
  static void RunBody(std::map<ObjId, Body>& bodies, ObjId id) {
    auto it = bodies.find(id);
    if (it != bodies.end() && it->second) it->second();
  }

  gcops::Backend& backend_;
  gcops::Program program_;
  bool started_ = false;
  std::map<std::string, int> serials_;
  uint32_t gc_callbacks_ = 0;
  size_t log_start_ = 0;
};

}  // namespace gcfuzz::testing

#endif  // GCFUZZ_TESTS_SUPPORT_BACKEND_DRIVER_H_
