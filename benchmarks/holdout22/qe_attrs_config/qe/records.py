"""A tiny attrs-like declarative record: class attributes declared with `field(converter=...)`."""


def _to_bool(v):
    return str(v).strip().lower() in {"1", "true", "yes", "y", "on"}


class field:
    def __init__(self, default=None, converter=None):
        self.default, self.converter = default, converter


class Record:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls._fields = {k: v for k, v in vars(cls).items() if isinstance(v, field)}

    def __init__(self, **kw):
        for name, f in self._fields.items():
            val = kw.pop(name, f.default)
            setattr(self, name, f.converter(val) if f.converter else val)
        if kw:
            raise TypeError(f"unknown fields {sorted(kw)}")

    def __repr__(self):
        inner = ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields)
        return f"{type(self).__name__}({inner})"


class RunSpec(Record):
    name = field("run", converter=str)
    train = field(True, converter=_to_bool)
    steps = field(1, converter=int)
    lr = field(1e-3, converter=float)
