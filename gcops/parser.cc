// Being written in this session; see gcops/parser.h.
