// Being written in this session; see gcops/printer.h.
