// Being written in this session; see gcops/binary.h.
