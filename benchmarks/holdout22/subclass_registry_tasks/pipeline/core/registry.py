REGISTRY = {}


class Task:
    order = 100
    name = None

    def __init_subclass__(cls, *, order=100, **kw):
        super().__init_subclass__(**kw)
        cls.order = order
        cls.name = cls.__name__.lower()
        REGISTRY[cls.name] = cls

    def run(self, ctx):
        raise NotImplementedError
