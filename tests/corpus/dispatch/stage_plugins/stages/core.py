class Stage:
    _by_name: dict = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if name is not None:
            Stage._by_name[name] = cls

    @classmethod
    def build(cls, name):
        return cls._by_name[name]()

    def run(self, context):
        raise NotImplementedError
