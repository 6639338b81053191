PLUGINS = {}


def plugin(name):
    def deco(cls):
        PLUGINS[name] = cls
        return cls
    return deco


from stancekit.plugins import builtin  # noqa: E402,F401  (fills the registry)
