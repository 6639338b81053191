class Registry(dict):
    def register(self, name):
        def deco(cls):
            self[name] = cls
            return cls
        return deco

    def build(self, name, **kwargs):
        kwargs.pop("type", None)
        return self[name](**kwargs)


POLICY_REGISTRY = Registry()
