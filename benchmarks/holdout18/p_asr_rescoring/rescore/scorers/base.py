SCORERS = {}


class Scorer:
    name = None

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if cls.name:
            SCORERS[cls.name] = cls

    def score(self, hyps):
        raise NotImplementedError


def build_scorer(name, **kw):
    return SCORERS[name](**kw)
