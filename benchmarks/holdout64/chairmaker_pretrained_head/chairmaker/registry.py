MODELS = {}


def register(name):
    def deco(cls):
        MODELS[name] = cls
        cls.registry_name = name
        return cls
    return deco
