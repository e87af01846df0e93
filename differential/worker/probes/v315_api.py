# V315 gc module API surface
import gc
gc.disable(); gc.collect()
print("threshold", gc.get_threshold())
print("stats keys", sorted(gc.get_stats()[0].keys()))
infos = []
gc.callbacks.append(lambda ph, info: infos.append((ph, sorted(info.items()) if ph == 'start' else sorted(k for k in info))))
l = []; l.append(l); del l
print("collect", gc.collect())
print(infos)
gc.callbacks.clear()
infos2 = []
gc.callbacks.append(lambda ph, info: infos2.append((ph, info['generation'], info['collected'], info['uncollectable'], info['candidates'])))
gc.freeze()
a = []; a.append(a); b = [a]; c = []; del a
print("collect(0)", gc.collect(0), infos2)
print("get_objects(1) has b", any(o is b for o in gc.get_objects(1)), "gen2 has b", any(o is b for o in gc.get_objects(2)))
print("count", gc.get_count())
gc.callbacks.clear()
print("debug flags", gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print([n for n in dir(gc) if not n.startswith('_')])
