class Registry:
    def __init__(self, name):
        self.name = name
        self._module_dict = {}

    def register_module(self, name=None):
        def _register(cls):
            self._module_dict[name or cls.__name__] = cls
            return cls
        return _register

    def get(self, key):
        return self._module_dict[key]


HOOKS = Registry("hook")
MODELS = Registry("model")


def build_from_cfg(cfg, registry, **default_args):
    args = dict(cfg)
    obj_type = args.pop("type")
    args.update(default_args)
    return registry.get(obj_type)(**args)
