class EvalMode:
    """Switch a module (and all children) to eval on enter; restore each flag on exit."""

    def __init__(self, module):
        self.module = module
        self._flags = None

    def __enter__(self):
        self._flags = {name: m.training for name, m in self.module.named_modules()}
        self.module.eval()
        return self.module

    def __exit__(self, *exc):
        for name, m in self.module.named_modules():
            m.training = self._flags[name]
        return False
