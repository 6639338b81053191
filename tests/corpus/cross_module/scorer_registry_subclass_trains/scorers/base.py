"""Scorers register themselves by name when their class is defined."""
SCORERS = {}


class Scorer:
    name = None

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if cls.name:
            SCORERS[cls.name] = cls

    def score(self, tokens):
        raise NotImplementedError


def build_scorer(name):
    return SCORERS[name]()
