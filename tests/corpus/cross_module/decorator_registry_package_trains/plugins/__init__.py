PLUGINS = {}


def plugin(name):
    def deco(cls):
        PLUGINS[name] = cls
        return cls
    return deco


from plugins import builtin  # noqa: E402,F401  (its classes register themselves)
