// Being written in this session; see gcops/runner.h.
